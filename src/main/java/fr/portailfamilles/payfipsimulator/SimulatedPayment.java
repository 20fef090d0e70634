package fr.portailfamilles.payfipsimulator;

import java.time.LocalDateTime;

/** A payment the simulator created: what creerPaiementSecurise was given, and how the payer ended it (null until then). */
final class SimulatedPayment {

    final String idOp;
    final String numcli;
    final String exer;
    final String refdet;
    final String montant;
    final String mel;
    final String objet;
    final String saisie;
    final String urlnotif;
    final String urlredirect;
    private volatile String resultrans;
    private volatile LocalDateTime endedAt;

    SimulatedPayment(String idOp, String numcli, String exer, String refdet, String montant, String mel, String objet, String saisie,
                     String urlnotif, String urlredirect) {
        this.idOp = idOp;
        this.numcli = numcli;
        this.exer = exer;
        this.refdet = refdet;
        this.montant = montant;
        this.mel = mel;
        this.objet = objet;
        this.saisie = saisie;
        this.urlnotif = urlnotif;
        this.urlredirect = urlredirect;
    }

    /** P paid by card, R refused, A abandoned; once. */
    synchronized boolean end(String result, LocalDateTime at) {
        if (resultrans != null) {
            return false;
        }
        resultrans = result;
        endedAt = at;
        return true;
    }

    String resultrans() { return resultrans; }
    LocalDateTime endedAt() { return endedAt; }
}
