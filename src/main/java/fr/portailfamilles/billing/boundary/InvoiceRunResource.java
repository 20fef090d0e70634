package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * For IT's scripts: start, follow, stop and restart invoice runs over HTTP with a bearer token created on the
 * Facturation screen. {@code POST /api/facturation/executions} with {@code month=2026-10} (form or JSON) answers 202
 * and the run; {@code GET} lists the latest runs, {@code GET {id}} follows one, {@code POST {id}/stop} and
 * {@code POST {id}/restart} act on it. Every answer is JSON with the same fields; refusals come in French under
 * "error" with 400 (the month), 404 (no such run), 409 (not possible in the run's state) or 401 (no valid token).
 */
@Path("facturation/executions")
@Produces(MediaType.APPLICATION_JSON)
@Stateless
@RunAs("IT")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvoiceRunResource {

    private static final Set<String> BAD_MONTH = Set.of("billing.run.month.missing", "billing.run.month.form",
            "billing.run.month.notOver", "billing.run.month.future", "billing.run.month.tooOld");
    private static final String UNKNOWN_RUN = "billing.run.unknown";
    private static final int LISTED = 20;

    @Inject
    RunTokens tokens;

    @Inject
    InvoiceRuns runs;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startFromForm(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @FormParam("month") String month) {
        return start(authorization, month);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startFromJson(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        return start(authorization, body == null ? null : body.getString("month", null));
    }

    @GET
    public Response latest(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return asTokenHolder(authorization, actor -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            runs.latest(LISTED).forEach(run -> list.add(json(run)));
            return Response.ok(list.build()).build();
        });
    }

    @POST
    @Path("{id}/stop")
    public Response stop(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long runId) {
        return asTokenHolder(authorization, actor -> Response.ok(json(runs.stop(runId, actor))).build());
    }

    @POST
    @Path("{id}/restart")
    public Response restart(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long runId) {
        return asTokenHolder(authorization, actor -> accepted(runs.restart(runId, actor)));
    }

    @GET
    @Path("{id}")
    public Response run(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") long runId) {
        return asTokenHolder(authorization, actor -> runs.find(runId).map(run -> Response.ok(json(run)).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, Texts.french(UNKNOWN_RUN))));
    }

    private Response start(String authorization, String month) {
        return asTokenHolder(authorization, actor -> accepted(runs.startTyped(month, actor)));
    }

    private Response asTokenHolder(String authorization, Function<String, Response> action) {
        Optional<String> actor = Optional.ofNullable(authorization).filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .flatMap(header -> tokens.holder(header.substring(7)));
        if (actor.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity(Json.createObjectBuilder().add("error", Texts.french("billing.token.invalid")).build()).build();
        }
        try {
            return action.apply(actor.get());
        } catch (ActionRefused refused) {
            return error(statusOf(refused.messageKey()), Texts.french(refused.messageKey(), refused.arguments()));
        }
    }

    private static Response.Status statusOf(String refusal) {
        if (BAD_MONTH.contains(refusal)) {
            return Response.Status.BAD_REQUEST;
        }
        return UNKNOWN_RUN.equals(refusal) ? Response.Status.NOT_FOUND : Response.Status.CONFLICT;
    }

    private Response accepted(InvoiceRun run) {
        return Response.accepted(json(run)).location(uriInfo.getBaseUriBuilder().path("facturation/executions/" + run.getId()).build()).build();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Json.createObjectBuilder().add("error", message).build()).build();
    }

    private static JsonObject json(InvoiceRun run) {
        var json = Json.createObjectBuilder()
                .add("id", run.getId())
                .add("month", run.getMonth())
                .add("status", run.getStatus().name())
                .add("householdsTotal", run.getHouseholdsTotal())
                .add("householdsRead", run.getHouseholdsBefore() + run.getHouseholdsRead())
                .add("invoicesWritten", run.getInvoicesWritten())
                .add("alreadyInvoiced", run.getAlreadyInvoiced())
                .add("skipped", run.getSkipped())
                .add("totalAmount", run.getTotalAmount().toPlainString())
                .add("progress", run.getProgressPercent());
        if (run.getExecutionId() == null) {
            json.addNull("executionId");
        } else {
            json.add("executionId", run.getExecutionId());
        }
        if (run.getNote() == null) {
            json.addNull("note");
        } else {
            json.add("note", run.getNote());
        }
        return json.build();
    }
}
