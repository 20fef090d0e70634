package fr.portailfamilles.billing.control;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** The month a run invoices, as people and scripts give it: "2026-10", never a month to come. */
public final class RunMonth {

    private static final Pattern FORM = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private RunMonth() {
    }

    /** The key of the French refusal of this text, or none when it names a month that may be invoiced now. */
    public static Optional<String> problem(String text, YearMonth current) {
        if (text == null || !FORM.matcher(text.strip()).matches()) {
            return Optional.of("billing.run.month.form");
        }
        if (YearMonth.parse(text.strip()).isAfter(current)) {
            return Optional.of("billing.run.month.future");
        }
        return Optional.empty();
    }

    /** The month of a text {@link #problem} accepted. */
    public static YearMonth of(String text) {
        return YearMonth.parse(text.strip());
    }
}
