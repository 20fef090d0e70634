package fr.portailfamilles.billing;

import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestClock;
import fr.portailfamilles.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice run started by IT's scripts, as the README tells: over HTTP with a token made on the Facturation screen
 * (shown once, revocable), and with the WildFly CLI on the deployment.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceRunScriptsIT {

    private static final Pattern TOKEN = Pattern.compile("<code id=\"token-value\">([^<]+)</code>");
    private static final Pattern RUN_ID = Pattern.compile("\"id\":(\\d+)");
    private static final int MANAGEMENT_PORT = Integer.getInteger("it.management.port", 10090);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(KnownCharges.class);
    }

    @Test
    void aScriptStartsAndFollowsARunWithItsTokenUntilTheTokenIsRevoked() throws Exception {
        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String page = it.get("informatique/facturation.xhtml").body();
        String created = it.submit(page, "informatique/facturation.xhtml", Map.of("token-form", "token-form",
                "token-form:token-name", "facturation de nuit", "token-form:create-token", "")).body();
        Matcher shown = TOKEN.matcher(created);
        assertTrue(shown.find(), created);
        String token = shown.group(1);
        assertTrue(!it.get("informatique/facturation.xhtml").body().contains(token), "a token is shown once");

        assertEquals(401, post(null, "month=2026-10", "application/x-www-form-urlencoded").statusCode());
        assertEquals(401, post("not-a-token", "month=2026-10", "application/x-www-form-urlencoded").statusCode());
        HttpResponse<String> badForm = post(token, "month=2026-13", "application/x-www-form-urlencoded");
        assertEquals(400, badForm.statusCode());
        assertTrue(badForm.body().contains("AAAA-MM"), badForm.body());
        YearMonth current = YearMonth.from(TestClock.today());
        HttpResponse<String> future = post(token, "{\"month\":\"" + current.plusMonths(1) + "\"}", "application/json");
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("pas encore commencé"), future.body());
        HttpResponse<String> underWay = post(token, "month=" + current, "application/x-www-form-urlencoded");
        assertEquals(400, underWay.statusCode());
        assertTrue(underWay.body().contains("n’est pas terminé"), underWay.body());
        HttpResponse<String> tooOld = post(token, "month=" + current.minusMonths(13), "application/x-www-form-urlencoded");
        assertEquals(400, tooOld.statusCode());
        assertTrue(tooOld.body().contains("remonte à plus de 12 mois"), tooOld.body());
        HttpResponse<String> missing = post(token, "{}", "application/json");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("Indiquez le mois"), missing.body());

        HttpResponse<String> started = post(token, "{\"month\":\"" + current.minusMonths(3) + "\"}", "application/json");
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        Matcher id = RUN_ID.matcher(started.body());
        assertTrue(id.find() && location.endsWith("/api/facturation/executions/" + id.group(1)), location);
        String ended = ScriptedRuns.awaitEnd(HttpClient.newHttpClient(), URI.create(location), token);
        assertTrue(ended.contains("\"status\":\"COMPLETED\"") && ended.contains("\"progress\":100"), ended);
        HttpResponse<String> listed = call(token, "GET", "");
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().startsWith("[") && listed.body().contains("\"id\":" + id.group(1) + ","), listed.body());
        HttpResponse<String> stopEnded = call(token, "POST", "/" + id.group(1) + "/stop");
        assertEquals(409, stopEnded.statusCode());
        assertTrue(stopEnded.body().contains("n’est pas en cours"), stopEnded.body());
        for (String unknown : new String[]{"/999999999/restart", "/999999999/stop"}) {
            HttpResponse<String> answer = call(token, "POST", unknown);
            assertEquals(404, answer.statusCode(), unknown);
            assertTrue(answer.body().contains("Cette exécution n’existe pas."), answer.body());
        }
        HttpResponse<String> notAnId = call(token, "GET", "/abc");
        assertEquals(404, notAnId.statusCode());
        assertTrue(notAnId.body().contains("\"error\":"), "JAX-RS's own refusals are explained in JSON too: " + notAnId.body());
        assertTrue(it.get("informatique/facturation.xhtml").body().contains("Script (jeton « facturation de nuit »)"),
                "the screen says which script started it");

        String tokens = it.get("informatique/facturation.xhtml").body();
        it.submit(tokens, "informatique/facturation.xhtml", Map.of("token-form", "token-form", "token-form:tokens:0:revoke", ""));
        assertEquals(401, post(token, "month=" + current.minusMonths(3), "application/x-www-form-urlencoded").statusCode(),
                "a revoked token opens nothing");
    }

    @Test
    void theWildFlyCliStartsTheJobOnTheDeployment() throws Exception {
        YearMonth month = YearMonth.from(TestClock.today()).minusMonths(4);
        String output = ScriptedRuns.cli(MANAGEMENT_PORT, "/deployment=ROOT.war/subsystem=batch-jberet:start-job(job-xml-name=monthly-invoicing, properties={month="
                + month + "})");
        Matcher execution = Pattern.compile("\"result\" => (\\d+)L").matcher(output);
        assertTrue(output.contains("\"outcome\" => \"success\"") && execution.find(), output);

        String status = "";
        for (int i = 0; i < 120 && !status.contains("COMPLETED"); i++) {
            TimeUnit.MILLISECONDS.sleep(500);
            status = ScriptedRuns.cli(MANAGEMENT_PORT, "/deployment=ROOT.war/subsystem=batch-jberet/job=monthly-invoicing/execution=" + execution.group(1)
                    + ":read-attribute(name=batch-status)");
        }
        assertTrue(status.contains("COMPLETED"), status);

        Http it = Http.testServer();
        it.login(TestServer.IT, TestServer.DEMO_PASSWORD);
        String page = it.get("informatique/facturation.xhtml").body();
        assertTrue(page.contains(">" + month + "<") && page.contains("Commande CLI de WildFly"), "the screen lists the run the CLI started");
    }

    private static HttpResponse<String> call(String token, String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(TestServer.baseUri().resolve("api/facturation/executions" + path))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String token, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.baseUri().resolve("api/facturation/executions"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
