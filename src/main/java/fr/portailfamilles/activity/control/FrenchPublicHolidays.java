package fr.portailfamilles.activity.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * The eleven public holidays of metropolitan France, computed rather than typed: eight on fixed dates, and
 * Easter Monday, Ascension Day and Whit Monday, which follow Easter (Meeus/Jones/Butcher Gregorian algorithm).
 */
public final class FrenchPublicHolidays {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1),    // Jour de l'an
            MonthDay.of(5, 1),    // Fête du travail
            MonthDay.of(5, 8),    // Victoire 1945
            MonthDay.of(7, 14),   // Fête nationale
            MonthDay.of(8, 15),   // Assomption
            MonthDay.of(11, 1),   // Toussaint
            MonthDay.of(11, 11),  // Armistice 1918
            MonthDay.of(12, 25)); // Noël

    private FrenchPublicHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        FIXED.forEach(day -> days.add(day.atYear(year)));
        LocalDate easter = easterSunday(year);
        days.add(easter.plusDays(1));   // Lundi de Pâques
        days.add(easter.plusDays(39));  // Ascension
        days.add(easter.plusDays(50));  // Lundi de Pentecôte
        return days;
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
