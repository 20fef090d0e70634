package fr.portailfamilles.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** For load balancers and Docker: 200 when the database answers, 503 otherwise. */
@Path("health")
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PortailDS")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean databaseUp = databaseAnswers();
        JsonObject body = Json.createObjectBuilder()
                .add("status", databaseUp ? "UP" : "DOWN")
                .add("database", databaseUp ? "UP" : "DOWN")
                .build();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(databaseUp ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .cacheControl(noStore)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: the database does not answer: {0}", e.getMessage());
            return false;
        }
    }
}
