package fr.portailfamilles.billing;

import fr.portailfamilles.testing.Deployments;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server killed ({@code kill -9}) in the middle of the invoice run, started again, the run restarted: exactly one
 * invoice per household for the month, the totals of an uninterrupted run, invoice numbers with no gap and no
 * duplicate. The test starts a server of its own (beside the Arquillian one, on its own ports and node name) on the
 * PostgreSQL database of the suite, so it runs in the PostgreSQL pass only.
 */
@EnabledIfSystemProperty(named = "it.db", matches = "postgresql")
class InvoiceRunCrashIT {

    private static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 100) + 300;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRunKilledMidwayAndRestartedIssuesEachInvoiceOnceWithTheSameTotals() throws Exception {
        CrashedRuns run = new CrashedRuns();
        Path base = baseDirectory();
        Process server = start(base);
        try {
            try (Connection db = database()) {
                run.writeBookings(db);
            }
            long executionId = run.startByCli(9990 + PORT_OFFSET);
            Process killed = server;
            try (Connection db = database()) {
                run.awaitInvoicesThenKill(db, executionId, 60, () -> kill(killed));
                assertEquals("STARTED", CrashedRuns.runStatus(db, executionId), "a killed server records nothing");
            }

            server = start(base);
            try (Connection db = database()) {
                assertEquals("FAILED", CrashedRuns.runStatus(db, executionId), "marked at start-up: its node restarted since its last heartbeat");
                assertEquals("FAILED", CrashedRuns.scalar(db, "select batchstatus from job_execution where jobexecutionid = ?", executionId));
                run.restartToItsEnd(db, http, api(""), executionId);
                run.assertInvoicedOnce(db);
            }
        } finally {
            stop(server);
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void kill(Process server) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        try {
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process start(Path base) throws Exception {
        assertTrue(!healthy(), "another server answers on port " + (8080 + PORT_OFFSET));
        File jbossHome = new File(System.getProperty("jboss.home", "target/server"));
        ProcessBuilder builder = new ProcessBuilder(new File(jbossHome, "bin/standalone.sh").getPath(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET, "-Djboss.server.base.dir=" + base, "-Djboss.node.name=crash-test",
                "-Dportail.test.charges.delay=150")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        // A moved clock starts at the same moment in every process: the restarted server's clock would stand behind
        // the killed one's last heartbeat, and the dead execution would look alive. Its runs are of past months anyway.
        builder.environment().remove("PORTAIL_CLOCK");
        Process process = builder.start();
        try {
            for (int i = 0; i < 360; i++) {
                if (healthy()) {
                    return process;
                }
                assertTrue(process.isAlive(), "the server stopped while starting: see " + base.resolve("console.log"));
                TimeUnit.MILLISECONDS.sleep(500);
            }
            throw new AssertionError("The server did not become healthy: see " + base.resolve("console.log"));
        } catch (Exception | AssertionError e) {
            stop(process);
            throw e;
        }
    }

    private boolean healthy() throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(api("health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException notAnswering) {
            return false;
        }
    }

    private static void stop(Process server) throws InterruptedException {
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
    }

    /** The provisioned server's configuration and the portal with the test's charges. */
    private static Path baseDirectory() throws IOException {
        Path base = Files.createTempDirectory("portail-crash");
        Path configuration = Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                if (source.toString().contains("standalone_xml_history")) {
                    continue;
                }
                Path target = base.resolve("configuration").resolve(configuration.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Deployments.portal(KnownCharges.class).as(ZipExporter.class).exportTo(base.resolve("deployments/ROOT.war").toFile());
        return base;
    }

    private static URI api(String path) {
        return URI.create("http://localhost:" + (8080 + PORT_OFFSET) + "/api/" + path);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("PORTAIL_DB_URL"), System.getenv("PORTAIL_DB_USER"), System.getenv("PORTAIL_DB_PASSWORD"));
    }
}
