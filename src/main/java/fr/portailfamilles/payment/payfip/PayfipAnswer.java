package fr.portailfamilles.payment.payfip;

/**
 * What PayFiP answered about an idOp (recupererDetailPaiementSecurise): the payment's details, "not known yet" (the
 * fault P5), "unknown idOp" (P1), or nothing usable (another fault, a timeout, a network error): then ask again later.
 */
public sealed interface PayfipAnswer {

    /** The fields PayFiP returned, as text, exactly as received. */
    record Detail(String idOp, String numcli, String refdet, String montant, String exer, String resultrans, String numauto,
                  String dattrans, String heurtrans, String mel) implements PayfipAnswer {
    }

    record NotKnownYet() implements PayfipAnswer {
    }

    record UnknownOperation() implements PayfipAnswer {
    }

    record Unavailable(String reason) implements PayfipAnswer {
    }
}
