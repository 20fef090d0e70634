package fr.portailfamilles.payment.control;

import fr.portailfamilles.payment.entity.PaymentDetails;
import fr.portailfamilles.payment.entity.PaymentMethod;
import fr.portailfamilles.platform.boundary.ActionRefused;

import java.time.LocalDate;

/**
 * What a payment recorded at the counter must say: a way staff take (PayFiP records its own), an amount in euros and
 * cents above zero, a day not after today, a cheque's number; texts within their columns. Blank texts are none.
 */
public final class CounterPaymentRules {

    private CounterPaymentRules() {
    }

    public static PaymentDetails checked(PaymentDetails details, LocalDate today) {
        if (details.method() == null || details.method() == PaymentMethod.PAYFIP) {
            throw new ActionRefused("payments.method.required");
        }
        AllocationRules.checkedAmount(details.amount());
        if (details.receivedOn() == null) {
            throw new ActionRefused("payments.date.required");
        }
        if (details.receivedOn().isAfter(today)) {
            throw new ActionRefused("payments.date.future");
        }
        boolean cheque = details.method() == PaymentMethod.CHEQUE;
        String chequeNumber = cheque ? text(details.chequeNumber(), 30, "payments.cheque.number") : null;
        if (cheque && chequeNumber == null) {
            throw new ActionRefused("payments.cheque.numberRequired");
        }
        return new PaymentDetails(details.method(), AllocationRules.checkedAmount(details.amount()), details.receivedOn(),
                text(details.payerName(), 255, "payments.payer"), chequeNumber,
                cheque ? text(details.chequeBank(), 100, "payments.cheque.bank") : null,
                text(details.note(), 500, "payments.note"));
    }

    private static String text(String typed, int max, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > max) {
            throw new ActionRefused(field + ".tooLong", max);
        }
        return text;
    }
}
