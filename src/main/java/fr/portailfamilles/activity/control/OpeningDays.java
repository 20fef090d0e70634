package fr.portailfamilles.activity.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The days a period is open: its weekdays from first to last day, minus public holidays and the centre's closures. */
public final class OpeningDays {

    private OpeningDays() {
    }

    public static List<LocalDate> between(LocalDate first, LocalDate last, Set<DayOfWeek> weekdays, Set<LocalDate> closures) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
        return first.datesUntil(last.plusDays(1))
                .filter(day -> weekdays.contains(day.getDayOfWeek()))
                .filter(day -> !FrenchPublicHolidays.isHoliday(day))
                .filter(day -> !closures.contains(day))
                .toList();
    }
}
