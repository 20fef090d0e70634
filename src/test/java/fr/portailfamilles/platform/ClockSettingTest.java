package fr.portailfamilles.platform;

import fr.portailfamilles.platform.control.ClockSetting;
import fr.portailfamilles.platform.control.PortailSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClockSettingTest {

    @Test
    void aDemoServerStartsItsClockAtTheParisMomentGiven() {
        ClockSetting summerNight = new ClockSetting("2027-07-14T23:30", true);
        assertTrue(summerNight.problem().isEmpty());
        assertEquals(Instant.parse("2027-07-14T21:30:00Z"), summerNight.start(), "UTC+2 in summer");
        assertEquals(Instant.parse("2027-01-31T23:00:00Z"), new ClockSetting("2027-02-01", true).start(), "a day alone is its midnight, UTC+1 in winter");
    }

    @Test
    void aProductionServerRefusesToStartWithAMovedClock() {
        String problem = new ClockSetting("2027-03-15T10:00", false).problem().orElseThrow();
        assertTrue(problem.startsWith("PORTAIL_CLOCK is set, but the clock can only be moved in demo or test mode"), problem);
        assertFalse(problem.contains("\n"), "one line");
        PortailSettings production = new PortailSettings(Map.of("PORTAIL_CLOCK", "2027-03-15T10:00"));
        assertEquals(problem, production.problem().orElseThrow());
    }

    @Test
    void aMalformedMomentIsNamed() {
        String problem = new ClockSetting("15/03/2027", true).problem().orElseThrow();
        assertTrue(problem.contains("2027-03-15T10:00") && problem.contains("15/03/2027"), problem);
    }

    @Test
    void blankMeansTheRealTime() {
        assertFalse(new ClockSetting("  ", false).isSet());
        assertTrue(new ClockSetting(null, false).problem().isEmpty());
    }
}
