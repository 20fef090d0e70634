package fr.portailfamilles.activity.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A period's weekdays changed from a day on (today): the days of a weekday added open from then to the period's
 * last day, public holidays and the days staff closed left out; the open days of a weekday dropped close from
 * then on; the days before stay as they were, whatever their weekday.
 */
public record WeekdayChange(Set<DayOfWeek> weekdays, LocalDate from, List<LocalDate> added, List<LocalDate> removed) {

    public WeekdayChange {
        weekdays = Set.copyOf(weekdays);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * @param openDays the days the period holds now, days opened by hand included
     * @param closures the days staff closed: they stay closed
     * @param today    the first day the change may touch
     */
    public static WeekdayChange of(LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> before, Set<DayOfWeek> after,
                                   Collection<LocalDate> openDays, Set<LocalDate> closures, LocalDate today) {
        if (after.isEmpty()) {
            throw new IllegalArgumentException("A period opens on at least one weekday");
        }
        LocalDate from = today.isAfter(firstDay) ? today : firstDay;
        if (from.isAfter(lastDay)) {
            throw new IllegalArgumentException("A finished period keeps its days");
        }
        Set<DayOfWeek> gained = EnumSet.noneOf(DayOfWeek.class);
        gained.addAll(after);
        gained.removeAll(before);
        List<LocalDate> added = OpeningDays.between(from, lastDay, gained, closures).stream()
                .filter(day -> !openDays.contains(day)).toList();
        List<LocalDate> removed = openDays.stream()
                .filter(day -> !day.isBefore(from))
                .filter(day -> before.contains(day.getDayOfWeek()) && !after.contains(day.getDayOfWeek()))
                .sorted().toList();
        return new WeekdayChange(after, from, added, removed);
    }
}
