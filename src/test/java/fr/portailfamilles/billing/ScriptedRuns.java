package fr.portailfamilles.billing;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What IT's scripts do with the invoice run, for the tests that act as them: the WildFly CLI and the HTTP API. */
public final class ScriptedRuns {

    private ScriptedRuns() {
    }

    /** Runs one command of the provisioned server's CLI against the server whose management port is given; its output. */
    public static String cli(int managementPort, String command) throws IOException, InterruptedException {
        File cli = new File(System.getProperty("jboss.home", "target/server"), "bin/jboss-cli.sh");
        Process process = new ProcessBuilder(cli.getPath(), "--connect", "--controller=remote+http://127.0.0.1:" + managementPort,
                "--command=" + command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI ends");
        return output;
    }

    /** Follows a run over HTTP until it no longer goes on (two minutes at most); its last JSON. */
    public static String awaitEnd(HttpClient http, URI run, String token) throws IOException, InterruptedException {
        String body = "";
        for (int i = 0; i < 240; i++) {
            body = http.send(HttpRequest.newBuilder(run).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (!body.matches(".*\"status\":\"(STARTING|STARTED|STOPPING)\".*")) {
                return body;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return body;
    }
}
