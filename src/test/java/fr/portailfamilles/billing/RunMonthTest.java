package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.RunMonth;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The month a run is asked for: "2026-10", never one to come. */
class RunMonthTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void aPastOrTheCurrentMonthWrittenYearDashMonthIsAccepted() {
        assertEquals(Optional.empty(), RunMonth.problem("2026-10", NOW));
        assertEquals(Optional.empty(), RunMonth.problem("2026-11", NOW));
        assertEquals(Optional.empty(), RunMonth.problem(" 2025-01 ", NOW));
        assertEquals(YearMonth.of(2025, 1), RunMonth.of(" 2025-01 "));
    }

    @Test
    void aMonthToComeIsRefused() {
        assertEquals(Optional.of("billing.run.month.future"), RunMonth.problem("2026-12", NOW));
        assertEquals(Optional.of("billing.run.month.future"), RunMonth.problem("2027-01", NOW));
    }

    @Test
    void anythingElseIsRefusedForItsForm() {
        for (String text : new String[]{null, "", "2026-13", "2026-00", "2026-1", "26-10", "10/2026", "octobre 2026", "2026-10-01"}) {
            assertEquals(Optional.of("billing.run.month.form"), RunMonth.problem(text, NOW), String.valueOf(text));
        }
    }
}
