package fr.portailfamilles.billing.control;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The month a run invoices, as people and scripts give it: "2026-10", a month that has ended. The month under way is
 * refused too: its days to come may still be cancelled free of charge, and an invoice issued stays issued. A month
 * typed by a person or a script is also refused more than {@value #OLDEST} months back: a run corrects the months it
 * invoiced that far back, no further, and "1900-01" is a typing slip.
 */
public final class RunMonth {

    /** How many months back a run may still be asked for, and how far back a run corrects what it invoiced. */
    public static final int OLDEST = 12;

    private static final Pattern FORM = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private RunMonth() {
    }

    /** The key of the French refusal of this text, or none when it names a month that may be invoiced now. */
    public static Optional<String> problem(String text, YearMonth current) {
        if (text == null || text.isBlank()) {
            return Optional.of("billing.run.month.missing");
        }
        if (!FORM.matcher(text.strip()).matches()) {
            return Optional.of("billing.run.month.form");
        }
        YearMonth month = YearMonth.parse(text.strip());
        if (month.isAfter(current)) {
            return Optional.of("billing.run.month.future");
        }
        if (month.equals(current)) {
            return Optional.of("billing.run.month.notOver");
        }
        return Optional.empty();
    }

    /** As {@link #problem}, for a month typed on the screen or sent by a script: no more than a year back. */
    public static Optional<String> typedProblem(String text, YearMonth current) {
        return problem(text, current).or(() -> of(text).isBefore(current.minusMonths(OLDEST))
                ? Optional.of("billing.run.month.tooOld") : Optional.empty());
    }

    /** The month of a text {@link #problem} accepted. */
    public static YearMonth of(String text) {
        return YearMonth.parse(text.strip());
    }
}
