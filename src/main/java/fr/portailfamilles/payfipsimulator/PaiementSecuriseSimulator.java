package fr.portailfamilles.payfipsimulator;

import fr.portailfamilles.payment.payfip.ws.CreerPaiementSecuriseRequest;
import fr.portailfamilles.payment.payfip.ws.DetailClient;
import fr.portailfamilles.payment.payfip.ws.DetailPaiementSecurise;
import fr.portailfamilles.payment.payfip.ws.FonctionnelleErreur;
import fr.portailfamilles.payment.payfip.ws.FonctionnelleErreur_Exception;
import fr.portailfamilles.payment.payfip.ws.PaiementSecuriseCree;
import fr.portailfamilles.payment.payfip.ws.PaiementSecuriseService;
import fr.portailfamilles.payment.payfip.ws.RecupererDetailClientRequest;
import fr.portailfamilles.payment.payfip.ws.RecupererDetailPaiementSecuriseRequest;
import jakarta.jws.WebService;

import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * PayFiP's SOAP service as the simulator plays it, on the same contract (the SEI wsimport generated from the portal's
 * WSDL): creerPaiementSecurise checks its fields as PRODUCT.md states them and gives an idOp;
 * recupererDetailPaiementSecurise answers the fault P1 for an unknown idOp, P5 while the payer has not ended the
 * payment, and the details once they have.
 */
@WebService(serviceName = "PaiementSecuriseService", portName = "PaiementSecuriseServicePort",
        targetNamespace = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService",
        endpointInterface = "fr.portailfamilles.payment.payfip.ws.PaiementSecuriseService")
public class PaiementSecuriseSimulator implements PaiementSecuriseService {

    private static final Pattern NUMCLI = Pattern.compile("\\d{6}");
    private static final Pattern REFDET = Pattern.compile("[A-Za-z0-9]{6,30}");
    private static final Pattern OBJET = Pattern.compile("[A-Za-z0-9 ]{0,100}");
    private static final Pattern EXER = Pattern.compile("\\d{4}");
    private static final Pattern SAISIE = Pattern.compile("[TXW]");
    private static final DateTimeFormatter DATTRANS = DateTimeFormatter.ofPattern("ddMMyyyy");
    private static final DateTimeFormatter HEURTRANS = DateTimeFormatter.ofPattern("HHmm");

    private final SimulatorState state = SimulatorState.INSTANCE;

    @Override
    public PaiementSecuriseCree creerPaiementSecurise(CreerPaiementSecuriseRequest arg0) throws FonctionnelleErreur_Exception {
        if ("fault".equals(state.creation)) {
            throw fault("P2", "Service indisponible (simulateur)");
        }
        if ("slow".equals(state.creation)) {
            pause(15_000);
        }
        if (arg0 == null || !matches(NUMCLI, arg0.getNumcli()) || !matches(REFDET, arg0.getRefdet()) || !matches(OBJET, arg0.getObjet())
                || !matches(EXER, arg0.getExer()) || !matches(SAISIE, arg0.getSaisie()) || !cents(arg0.getMontant())
                || blank(arg0.getMel()) || blank(arg0.getUrlnotif()) || blank(arg0.getUrlredirect())) {
            throw fault("P3", "Paramètres incorrects");
        }
        SimulatedPayment payment = state.create(arg0.getNumcli(), arg0.getExer(), arg0.getRefdet(), arg0.getMontant(), arg0.getMel(),
                arg0.getObjet(), arg0.getSaisie(), arg0.getUrlnotif(), arg0.getUrlredirect());
        PaiementSecuriseCree created = new PaiementSecuriseCree();
        created.setIdOp(payment.idOp);
        return created;
    }

    @Override
    public DetailPaiementSecurise recupererDetailPaiementSecurise(RecupererDetailPaiementSecuriseRequest arg0)
            throws FonctionnelleErreur_Exception {
        SimulatedPayment payment = state.find(arg0 == null ? null : arg0.getIdOp())
                .orElseThrow(() -> fault("P1", "IdOp incorrect"));
        if (payment.resultrans() == null) {
            throw fault("P5", "Résultat de la transaction non connu");
        }
        DetailPaiementSecurise detail = new DetailPaiementSecurise();
        detail.setIdOp(payment.idOp);
        detail.setExer(payment.exer);
        detail.setMel(payment.mel);
        detail.setObjet(payment.objet);
        detail.setSaisie(payment.saisie);
        detail.setResultrans(payment.resultrans());
        detail.setDattrans(DATTRANS.format(payment.endedAt()));
        detail.setHeurtrans(HEURTRANS.format(payment.endedAt()));
        detail.setNumauto("P".equals(payment.resultrans()) ? "SIM" + Math.abs(payment.idOp.hashCode() % 1_000_000) : null);
        detail.setNumcli(state.tamper == SimulatorState.Tamper.NUMCLI ? "999999" : payment.numcli);
        detail.setMontant(state.tamper == SimulatorState.Tamper.AMOUNT ? String.valueOf(Long.parseLong(payment.montant) + 1) : payment.montant);
        detail.setRefdet(state.tamper == SimulatorState.Tamper.REFDET ? state.tamperedRefdet : payment.refdet);
        return detail;
    }

    @Override
    public DetailClient recupererDetailClient(RecupererDetailClientRequest arg0) throws FonctionnelleErreur_Exception {
        if (arg0 == null || !matches(NUMCLI, arg0.getNumCli())) {
            throw fault("P4", "Client inconnu");
        }
        DetailClient client = new DetailClient();
        client.setNumcli(arg0.getNumCli());
        client.setLibelleN1("Simulateur PayFiP");
        client.setLibelleN2("Régie de l'accueil de loisirs");
        return client;
    }

    private static FonctionnelleErreur_Exception fault(String code, String label) {
        FonctionnelleErreur info = new FonctionnelleErreur();
        info.setCode(code);
        info.setLibelle(label);
        info.setDescriptif(label);
        info.setSeverite(2);
        return new FonctionnelleErreur_Exception(label, info);
    }

    private static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value).matches();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An integer number of cents from 1 € to 100 000 €. */
    private static boolean cents(String montant) {
        if (montant == null || !montant.matches("\\d{1,8}")) {
            return false;
        }
        long cents = Long.parseLong(montant);
        return cents >= 100 && cents <= 10_000_000;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
