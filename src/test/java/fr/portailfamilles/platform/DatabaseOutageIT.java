package fr.portailfamilles.platform;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stops the real PostgreSQL under a running portal, then starts it again: health says 503, pages give the
 * French error page, and everything answers again without a restart of the portal.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "it.db", matches = "postgresql")
class DatabaseOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void thePortalSaysSoWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Http parent = Http.testServer();
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertEquals(200, parent.get("portail/accueil.xhtml").statusCode());

        cluster("stop");
        try {
            assertEquals(503, waitFor(() -> parent.get("api/health"), 503).statusCode());
            HttpResponse<String> page = parent.get("portail/accueil.xhtml");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("Le service est momentanément indisponible"), page.body());
        } finally {
            cluster("start");
        }

        assertEquals(200, waitFor(() -> parent.get("api/health"), 200).statusCode());
        HttpResponse<String> again = parent.get("portail/accueil.xhtml");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("Famille MARTIN"));
    }

    private static HttpResponse<String> waitFor(Supplier<HttpResponse<String>> request, int status) throws InterruptedException {
        HttpResponse<String> response = request.get();
        for (int attempt = 0; attempt < 60 && response.statusCode() != status; attempt++) {
            TimeUnit.MILLISECONDS.sleep(500);
            response = request.get();
        }
        return response;
    }

    private static void cluster(String action) throws Exception {
        ProcessBuilder command = "stop".equals(action)
                ? new ProcessBuilder("pg_ctlcluster", "--mode", "fast", "15", "main", "stop")
                : new ProcessBuilder("pg_ctlcluster", "15", "main", "start");
        Process process = command.inheritIO().start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pg_ctlcluster " + action);
    }
}
