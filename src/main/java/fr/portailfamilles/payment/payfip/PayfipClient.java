package fr.portailfamilles.payment.payfip;

import com.sun.xml.ws.developer.JAXWSProperties;
import fr.portailfamilles.payment.payfip.ws.CreerPaiementSecuriseRequest;
import fr.portailfamilles.payment.payfip.ws.DetailPaiementSecurise;
import fr.portailfamilles.payment.payfip.ws.FonctionnelleErreur_Exception;
import fr.portailfamilles.payment.payfip.ws.PaiementSecuriseService;
import fr.portailfamilles.payment.payfip.ws.PaiementSecuriseService_Service;
import fr.portailfamilles.payment.payfip.ws.RecupererDetailClientRequest;
import fr.portailfamilles.payment.payfip.ws.RecupererDetailPaiementSecuriseRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;

import java.util.Map;
import java.util.logging.Logger;

/**
 * PayFiP's SOAP service, through the client wsimport generated from our WSDL and Eclipse Metro, at the address the
 * settings give (the real service or, in demo and tests, the simulator: the same client either way). Every call has
 * short timeouts, so a silent PayFiP never holds a family's page or a worker for long.
 */
@ApplicationScoped
public class PayfipClient {

    private static final Logger LOG = Logger.getLogger(PayfipClient.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int RECEIVE_TIMEOUT_MS = 10_000;

    private volatile PaiementSecuriseService_Service service;

    /** creerPaiementSecurise: PayFiP's idOp for this payment. */
    public String create(PayfipSettings settings, PayfipRequest request) throws PayfipUnavailable {
        CreerPaiementSecuriseRequest arguments = new CreerPaiementSecuriseRequest();
        arguments.setExer(String.valueOf(request.exer()));
        arguments.setMel(request.email());
        arguments.setMontant(String.valueOf(request.amountCents()));
        arguments.setNumcli(settings.numcli());
        arguments.setObjet(request.objet());
        arguments.setRefdet(request.refdet());
        arguments.setSaisie(settings.saisie());
        arguments.setUrlnotif(request.urlnotif());
        arguments.setUrlredirect(request.urlredirect());
        try {
            String idOp = port(settings).creerPaiementSecurise(arguments).getIdOp();
            if (idOp == null || idOp.isBlank()) {
                throw new PayfipUnavailable("PayFiP answered without an idOp", null);
            }
            return idOp;
        } catch (FonctionnelleErreur_Exception fault) {
            throw new PayfipUnavailable("PayFiP refused " + request.refdet() + ": " + code(fault), fault);
        } catch (WebServiceException unreachable) {
            throw new PayfipUnavailable("PayFiP did not answer for " + request.refdet() + ": " + unreachable.getMessage(), unreachable);
        }
    }

    /** recupererDetailPaiementSecurise: the only answer about a payment that the portal believes. */
    public PayfipAnswer detail(PayfipSettings settings, String idOp) {
        RecupererDetailPaiementSecuriseRequest arguments = new RecupererDetailPaiementSecuriseRequest();
        arguments.setIdOp(idOp);
        try {
            DetailPaiementSecurise detail = port(settings).recupererDetailPaiementSecurise(arguments);
            return new PayfipAnswer.Detail(detail.getIdOp(), detail.getNumcli(), detail.getRefdet(), detail.getMontant(),
                    detail.getExer(), detail.getResultrans(), detail.getNumauto(), detail.getDattrans(), detail.getHeurtrans(),
                    detail.getMel());
        } catch (FonctionnelleErreur_Exception fault) {
            return switch (code(fault)) {
                case "P5" -> new PayfipAnswer.NotKnownYet();
                case "P1" -> new PayfipAnswer.UnknownOperation();
                default -> new PayfipAnswer.Unavailable("fault " + code(fault));
            };
        } catch (WebServiceException unreachable) {
            LOG.warning(() -> "PayFiP did not answer about idOp " + idOp + ": " + unreachable.getMessage());
            return new PayfipAnswer.Unavailable(String.valueOf(unreachable.getMessage()));
        }
    }

    /** recupererDetailClient: the centre's record at PayFiP, a harmless call that proves the settings work. */
    public String clientName(PayfipSettings settings) throws PayfipUnavailable {
        RecupererDetailClientRequest arguments = new RecupererDetailClientRequest();
        arguments.setNumCli(settings.numcli());
        try {
            return port(settings).recupererDetailClient(arguments).getLibelleN1();
        } catch (FonctionnelleErreur_Exception fault) {
            throw new PayfipUnavailable("PayFiP refused numcli " + settings.numcli() + ": " + code(fault), fault);
        } catch (WebServiceException unreachable) {
            throw new PayfipUnavailable("PayFiP did not answer: " + unreachable.getMessage(), unreachable);
        }
    }

    /** A port per call: the generated service is built once (it reads the WSDL), a port is cheap and never shared. */
    private PaiementSecuriseService port(PayfipSettings settings) {
        if (service == null) {
            service = new PaiementSecuriseService_Service();
        }
        PaiementSecuriseService port = service.getPaiementSecuriseServicePort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, settings.serviceUrl());
        context.put(JAXWSProperties.CONNECT_TIMEOUT, CONNECT_TIMEOUT_MS);
        context.put(JAXWSProperties.REQUEST_TIMEOUT, RECEIVE_TIMEOUT_MS);
        return port;
    }

    private static String code(FonctionnelleErreur_Exception fault) {
        return fault.getFaultInfo() == null || fault.getFaultInfo().getCode() == null ? "?" : fault.getFaultInfo().getCode();
    }
}
