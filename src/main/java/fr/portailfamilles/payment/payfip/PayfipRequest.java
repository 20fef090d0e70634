package fr.portailfamilles.payment.payfip;

/** What creerPaiementSecurise is given besides the settings: the operation, the payer, and where PayFiP calls back. */
public record PayfipRequest(int exer, String email, long amountCents, String objet, String refdet, String urlnotif,
                            String urlredirect) {
}
