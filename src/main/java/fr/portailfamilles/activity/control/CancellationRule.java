package fr.portailfamilles.activity.control;

import fr.portailfamilles.platform.control.ParisTime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * "7 jours avant à 12 h 00": until when a day may be cancelled (or still be asked for), in Paris time, so
 * that the server decides at the moment of the request and not the page that was loaded earlier.
 */
public record CancellationRule(int daysBefore, LocalTime at) {


    public CancellationRule {
        if (daysBefore < 0 || daysBefore > 60) {
            throw new IllegalArgumentException("Between 0 and 60 days before");
        }
    }

    public ZonedDateTime deadlineFor(LocalDate day) {
        return day.minusDays(daysBefore).atTime(at).atZone(ParisTime.ZONE);
    }

    public boolean stillOpen(LocalDate day, ZonedDateTime now) {
        return now.isBefore(deadlineFor(day));
    }
}
