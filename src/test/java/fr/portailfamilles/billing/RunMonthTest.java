package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.RunMonth;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The month a run is asked for: "2026-10", a month that has ended. */
class RunMonthTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void aMonthThatHasEndedWrittenYearDashMonthIsAccepted() {
        assertEquals(Optional.empty(), RunMonth.problem("2026-10", NOW));
        assertEquals(Optional.empty(), RunMonth.problem(" 2025-11 ", NOW));
        assertEquals(YearMonth.of(2025, 11), RunMonth.of(" 2025-11 "));
    }

    /** Its days to come may still be cancelled free of charge: an invoice issued now would bill them. */
    @Test
    void theMonthUnderWayIsRefused() {
        assertEquals(Optional.of("billing.run.month.notOver"), RunMonth.problem("2026-11", NOW));
        assertEquals(Optional.of("billing.run.month.notOver"), RunMonth.problem(" 2026-11 ", NOW));
    }

    @Test
    void aMonthToComeIsRefused() {
        assertEquals(Optional.of("billing.run.month.future"), RunMonth.problem("2026-12", NOW));
        assertEquals(Optional.of("billing.run.month.future"), RunMonth.problem("2027-01", NOW));
    }

    /** Typed by a person or a script: a run corrects the months it invoiced up to 12 months back, an older one is a slip. */
    @Test
    void aMonthMoreThanTwelveMonthsBackIsRefused() {
        assertEquals(Optional.of("billing.run.month.tooOld"), RunMonth.typedProblem("2025-10", NOW));
        assertEquals(Optional.of("billing.run.month.tooOld"), RunMonth.typedProblem("1900-01", NOW));
        assertEquals(Optional.empty(), RunMonth.typedProblem("2025-11", NOW));
        assertEquals(Optional.of("billing.run.month.form"), RunMonth.typedProblem("1900-13", NOW));
    }

    @Test
    void aMissingMonthIsAskedFor() {
        for (String text : new String[]{null, "", "  "}) {
            assertEquals(Optional.of("billing.run.month.missing"), RunMonth.problem(text, NOW), String.valueOf(text));
        }
    }

    @Test
    void anythingElseIsRefusedForItsForm() {
        for (String text : new String[]{"2026-13", "2026-00", "2026-1", "26-10", "10/2026", "octobre 2026", "2026-10-01"}) {
            assertEquals(Optional.of("billing.run.month.form"), RunMonth.problem(text, NOW), String.valueOf(text));
        }
    }
}
