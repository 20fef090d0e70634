package fr.portailfamilles.payment.control;

import fr.portailfamilles.payment.entity.PaymentDetails;
import fr.portailfamilles.payment.entity.PaymentMethod;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.ParisTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a payment recorded at the counter must say: a way staff take (PayFiP records its own), an amount in euros and
 * cents above zero and at most {@link AllocationRules#MAXIMUM}, a day within the last year (a cheque is cashed within a
 * year and eight days; anything older belongs to closed accounts) and not after today, a cheque's number; texts within
 * their columns. Blank texts are none. Every field is checked, so that a form shows each refusal at its field at once.
 */
public final class CounterPaymentRules {

    /** A refusal for one field, named as in {@link PaymentDetails}. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private CounterPaymentRules() {
    }

    /** Every refusal, field by field; none for details that may be recorded. */
    public static List<Problem> problems(PaymentDetails details, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (details.method() == null || details.method() == PaymentMethod.PAYFIP) {
            problems.add(new Problem("method", "payments.method.required"));
        }
        try {
            AllocationRules.checkedAmount(details.amount());
        } catch (ActionRefused refused) {
            problems.add(new Problem("amount", refused.messageKey(), refused.arguments()));
        }
        LocalDate earliest = today.minusYears(1);
        if (details.receivedOn() == null) {
            problems.add(new Problem("receivedOn", "payments.date.required"));
        } else if (details.receivedOn().isAfter(today)) {
            problems.add(new Problem("receivedOn", "payments.date.future"));
        } else if (details.receivedOn().isBefore(earliest)) {
            problems.add(new Problem("receivedOn", "payments.date.tooOld", ParisTime.day(earliest)));
        }
        boolean cheque = details.method() == PaymentMethod.CHEQUE;
        if (cheque && blank(details.chequeNumber())) {
            problems.add(new Problem("chequeNumber", "payments.cheque.numberRequired"));
        }
        tooLong(problems, "payerName", details.payerName(), 255, "payments.payer");
        if (cheque) {
            tooLong(problems, "chequeNumber", details.chequeNumber(), 30, "payments.cheque.number");
            tooLong(problems, "chequeBank", details.chequeBank(), 100, "payments.cheque.bank");
        }
        tooLong(problems, "note", details.note(), 500, "payments.note");
        return problems;
    }

    /** The details as recorded (texts stripped, cheque details only for a cheque); refused with the first problem. */
    public static PaymentDetails checked(PaymentDetails details, LocalDate today) {
        List<Problem> problems = problems(details, today);
        if (!problems.isEmpty()) {
            throw new ActionRefused(problems.get(0).messageKey(), problems.get(0).arguments());
        }
        boolean cheque = details.method() == PaymentMethod.CHEQUE;
        return new PaymentDetails(details.method(), AllocationRules.checkedAmount(details.amount()), details.receivedOn(),
                text(details.payerName()), cheque ? text(details.chequeNumber()) : null, cheque ? text(details.chequeBank()) : null,
                text(details.note()));
    }

    private static void tooLong(List<Problem> problems, String field, String typed, int max, String key) {
        if (!blank(typed) && typed.strip().length() > max) {
            problems.add(new Problem(field, key + ".tooLong", max));
        }
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    private static String text(String typed) {
        return blank(typed) ? null : typed.strip();
    }
}
