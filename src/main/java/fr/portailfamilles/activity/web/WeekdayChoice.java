package fr.portailfamilles.activity.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The weekdays a period opens, as its checkboxes post them: the same field when a period is added and when it is changed. */
public class WeekdayChoice implements Serializable {

    private static final List<DayOfWeek> OFFERED = List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

    /** Weekday names, as the checkboxes post them. */
    private List<String> weekdays;

    WeekdayChoice(Collection<DayOfWeek> days) {
        weekdays = new ArrayList<>(days.stream().sorted().map(DayOfWeek::name).toList());
    }

    Set<DayOfWeek> chosen() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        weekdays.forEach(name -> days.add(DayOfWeek.valueOf(name)));
        return days;
    }

    public List<DayOfWeek> getOffered() { return OFFERED; }
    public List<String> getWeekdays() { return weekdays; }
    public void setWeekdays(List<String> weekdays) { this.weekdays = weekdays; }
}
