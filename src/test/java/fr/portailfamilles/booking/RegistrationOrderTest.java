package fr.portailfamilles.booking;

import fr.portailfamilles.booking.boundary.Registration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inscriptions lists the days to come first, soonest first, then the days gone, the latest first. */
class RegistrationOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theComingDaysComeFirstSoonestFirstThenThePastLatestFirst() {
        List<LocalDate> sorted = Stream.of("2027-02-10", "2026-11-25", "2026-12-02", "2026-12-01", "2026-10-21", "2026-12-09",
                        "2026-11-30")
                .map(LocalDate::parse).sorted(Registration.comingFirst(TODAY)).toList();

        assertEquals(Stream.of("2026-12-01", "2026-12-02", "2026-12-09", "2027-02-10", "2026-11-30", "2026-11-25", "2026-10-21")
                .map(LocalDate::parse).toList(), sorted);
    }
}
