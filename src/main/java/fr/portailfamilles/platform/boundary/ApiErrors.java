package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.Texts;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * The API's own refusals (an unknown address such as {@code executions/abc}, a method the address does not take, a
 * body of the wrong type) answered like the endpoints' refusals: JSON with the reason in French under "error",
 * the status and headers (Allow, …) as JAX-RS chose them. A refusal that already carries a body keeps it.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

    private static final Set<Integer> EXPLAINED = Set.of(400, 404, 405, 406, 415);

    @Override
    public Response toResponse(WebApplicationException refusal) {
        Response response = refusal.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        int status = response.getStatus();
        String message = EXPLAINED.contains(status) ? Texts.french("api.error." + status) : Texts.french("api.error.other", status);
        return Response.fromResponse(response).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", message).build()).build();
    }
}
