package fr.portailfamilles.payment.payfip;

/** PayFiP did not create the payment: a functional fault (its code), a timeout or a network error. */
public class PayfipUnavailable extends Exception {

    public PayfipUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
