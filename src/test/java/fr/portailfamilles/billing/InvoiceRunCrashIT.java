package fr.portailfamilles.billing;

import fr.portailfamilles.testing.Deployments;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final int HOUSEHOLDS = 300;
    private static final Pattern RUN_ID = Pattern.compile("\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRunKilledMidwayAndRestartedIssuesEachInvoiceOnceWithTheSameTotals() throws Exception {
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(1950, 2000), 6);
        MonthOfBookings bookings = new MonthOfBookings(month, HOUSEHOLDS, 360, 10, 30_000_000L + (month.getYear() * 12L + 6) * 10_000);
        Path base = baseDirectory();
        Process server = start(base);
        try {
            List<Long> households;
            try (Connection db = database()) {
                households = bookings.write(db);
            }
            String started = ScriptedRuns.cli(9990 + PORT_OFFSET, "/deployment=ROOT.war/subsystem=batch-jberet:start-job(job-xml-name=monthly-invoicing,"
                    + " properties={month=" + month + ", householdsPerChunk=10})");
            Matcher execution = Pattern.compile("\"result\" => (\\d+)L").matcher(started);
            assertTrue(execution.find(), started);
            long executionId = Long.parseLong(execution.group(1));

            int writtenWhenKilled = awaitInvoicesThenKill(server, executionId, 60);
            assertTrue(writtenWhenKilled < HOUSEHOLDS, "killed in the middle: " + writtenWhenKilled);
            try (Connection db = database()) {
                assertEquals("STARTED", runStatus(db, executionId), "a killed server records nothing");
                assertEquals(writtenWhenKilled, count(db, "select count(*) from invoice where billed_month = ?", month.toString()),
                        "the invoices of the committed chunks, and only those");
            }

            server = start(base);
            long killedRun;
            try (Connection db = database()) {
                assertEquals("FAILED", runStatus(db, executionId), "marked at start-up: its node restarted since its last heartbeat");
                assertEquals("FAILED", scalar(db, "select batchstatus from job_execution where jobexecutionid = ?", executionId));
                killedRun = Long.parseLong(scalar(db, "select id from invoice_run where execution_id = ?", executionId));
            }
            String token = token();
            HttpResponse<String> restarted = http.send(HttpRequest.newBuilder(api("facturation/executions/" + killedRun + "/restart"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, restarted.statusCode(), restarted.body());
            Matcher restartedRun = RUN_ID.matcher(restarted.body());
            assertTrue(restartedRun.find());
            String ended = ScriptedRuns.awaitEnd(http, api("facturation/executions/" + restartedRun.group(1)), token);
            assertTrue(ended.contains("\"status\":\"COMPLETED\""), ended);

            try (Connection db = database()) {
                assertEquals(HOUSEHOLDS, count(db, "select count(*) from invoice where billed_month = ? and kind = 'INVOICE'", month.toString()));
                assertEquals(HOUSEHOLDS, count(db, "select count(distinct household_id) from invoice where billed_month = ?", month.toString()),
                        "one invoice per household");
                assertEquals(households.get(0), Long.valueOf(scalar(db, "select min(household_id) from invoice where billed_month = ?", month.toString())));
                assertEquals(bookings.flatTotal(), new BigDecimal(scalar(db, "select sum(total) from invoice where billed_month = ?", month.toString())),
                        "the totals of a run that was never interrupted");
                assertEquals(bookings.charges(), count(db, "select count(*) from invoice_line l join invoice i on l.invoice_id = i.id"
                        + " where i.billed_month = ?", month.toString()), "each charge billed once");
                int year = Integer.parseInt(scalar(db, "select max(number_year) from invoice where billed_month = ?", month.toString()));
                assertEquals(count(db, "select max(number_sequence) - min(number_sequence) + 1 from invoice where number_year = ?", year),
                        count(db, "select count(*) from invoice where number_year = ?", year), "count = max - min + 1");
                assertEquals(count(db, "select count(distinct number_sequence) from invoice where number_year = ?", year),
                        count(db, "select count(*) from invoice where number_year = ?", year), "no number twice");
            }
        } finally {
            stop(server);
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private int awaitInvoicesThenKill(Process server, long executionId, int atLeast) throws Exception {
        try (Connection db = database()) {
            for (int i = 0; i < 600; i++) {
                String written = scalarOrNull(db, "select invoices_written from invoice_run where execution_id = ? and status = 'STARTED'", executionId);
                if (written != null && Integer.parseInt(written) >= atLeast) {
                    server.descendants().forEach(ProcessHandle::destroyForcibly);
                    server.destroyForcibly();
                    assertTrue(server.waitFor(30, TimeUnit.SECONDS));
                    TimeUnit.SECONDS.sleep(1);
                    return Integer.parseInt(scalar(db, "select invoices_written from invoice_run where execution_id = ?", executionId));
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        throw new AssertionError("The run did not reach " + atLeast + " invoices");
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

    /** A script's token, as the Facturation screen would have stored it: its SHA-256 only. */
    private static String token() throws Exception {
        String token = UUID.randomUUID().toString();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into invoice_run_token"
                + " (id, name, token_hash, created_by, created_at) values (?, 'test de panne', ?, 'test', ?)")) {
            insert.setLong(1, 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000));
            insert.setString(2, hash);
            insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            insert.executeUpdate();
        }
        return token;
    }

    private static URI api(String path) {
        return URI.create("http://localhost:" + (8080 + PORT_OFFSET) + "/api/" + path);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("PORTAIL_DB_URL"), System.getenv("PORTAIL_DB_USER"), System.getenv("PORTAIL_DB_PASSWORD"));
    }

    private static String runStatus(Connection db, long executionId) throws SQLException {
        return scalar(db, "select status from invoice_run where execution_id = ?", executionId);
    }

    private static int count(Connection db, String sql, Object parameter) throws SQLException {
        return Integer.parseInt(scalar(db, sql, parameter));
    }

    private static String scalar(Connection db, String sql, Object parameter) throws SQLException {
        String value = scalarOrNull(db, sql, parameter);
        if (value == null) {
            throw new AssertionError("Nothing for " + sql + " with " + parameter);
        }
        return value;
    }

    private static String scalarOrNull(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
