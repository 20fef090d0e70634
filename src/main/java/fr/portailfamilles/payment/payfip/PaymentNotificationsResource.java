package fr.portailfamilles.payment.payfip;

import fr.portailfamilles.payment.boundary.PayfipSteps;
import fr.portailfamilles.platform.control.Texts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * PayFiP's notification ("urlnotif"): {@code POST /api/payfip/notification} with the form field {@code idop}, nothing
 * else and no signature, so it is believed in nothing. It is stored, answered at once, and checked by a worker that
 * asks PayFiP itself; should this node die first, the reconciliation checks it. A malformed idop is refused.
 */
@Path("payfip/notification")
public class PaymentNotificationsResource {

    private static final Logger LOG = Logger.getLogger(PaymentNotificationsResource.class.getName());
    private static final Pattern ID_OP = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    PayfipSteps steps;

    @Inject
    NotificationWorker worker;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response notified(@FormParam("idop") String idOp) {
        if (idOp == null || !ID_OP.matcher(idOp).matches()) {
            LOG.warning(() -> "PayFiP notification refused: malformed idop "
                    + (idOp == null ? "(none)" : "of " + idOp.length() + " characters"));
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("error", Texts.french("api.error.idop")).build()).build();
        }
        long notificationId = steps.receive(idOp);
        worker.check(notificationId);
        return Response.ok("OK").build();
    }
}
