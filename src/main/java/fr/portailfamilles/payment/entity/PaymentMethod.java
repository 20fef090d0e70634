package fr.portailfamilles.payment.entity;

/** How a payment was made: the counter's ways, and PayFiP (card or direct debit online), which only PayFiP records. */
public enum PaymentMethod {
    ESPECES, CHEQUE, VIREMENT, PRELEVEMENT, CESU, CARTE_GUICHET, PAYFIP;

    /** The ways staff record at the counter. */
    public static PaymentMethod[] atCounter() {
        return new PaymentMethod[]{ESPECES, CHEQUE, VIREMENT, PRELEVEMENT, CESU, CARTE_GUICHET};
    }
}
