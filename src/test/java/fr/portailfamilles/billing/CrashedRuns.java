package fr.portailfamilles.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the tests of a server killed during the invoice run share (one server restarted, or the other node of a cluster
 * taking over): a month of bookings written straight to the database, the run started as IT's script does, the kill
 * once some chunks are committed, the restart over HTTP, and the checks that each household was invoiced once with
 * the totals of an uninterrupted run and invoice numbers with no gap. The servers run the portal with {@link KnownCharges}
 * (flat prices) slowed by {@code -Dportail.test.charges.delay}.
 */
public final class CrashedRuns {

    private static final int HOUSEHOLDS = 300;
    private static final Pattern RUN_ID = Pattern.compile("\"id\":(\\d+)");

    private final YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(1950, 2000), 6);
    private final MonthOfBookings bookings = new MonthOfBookings(month, HOUSEHOLDS, 360, 10, 30_000_000L + (month.getYear() * 12L + 6) * 10_000);
    private List<Long> households;

    public void writeBookings(Connection db) throws SQLException {
        households = bookings.write(db);
    }

    /** Starts the run with WildFly's CLI, as IT's scripts do; its execution id. */
    public long startByCli(int managementPort) throws IOException, InterruptedException {
        String started = ScriptedRuns.cli(managementPort, "/deployment=ROOT.war/subsystem=batch-jberet:start-job(job-xml-name=monthly-invoicing,"
                + " properties={month=" + month + ", householdsPerChunk=10})");
        Matcher execution = Pattern.compile("\"result\" => (\\d+)L").matcher(started);
        assertTrue(execution.find(), started);
        return Long.parseLong(execution.group(1));
    }

    /** Once the execution wrote that many invoices, kills its server; the invoices it had committed then. */
    public int awaitInvoicesThenKill(Connection db, long executionId, int atLeast, Runnable kill) throws SQLException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            String written = scalarOrNull(db, "select invoices_written from invoice_run where execution_id = ? and status = 'STARTED'", executionId);
            if (written != null && Integer.parseInt(written) >= atLeast) {
                kill.run();
                TimeUnit.SECONDS.sleep(1);
                int committed = Integer.parseInt(scalar(db, "select invoices_written from invoice_run where execution_id = ?", executionId));
                assertTrue(committed < HOUSEHOLDS, "killed in the middle: " + committed);
                assertEquals(committed, count(db, "select count(*) from invoice where billed_month = ?", month.toString()),
                        "the invoices of the committed chunks, and only those");
                return committed;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("The run did not reach " + atLeast + " invoices");
    }

    /** Restarts the execution's run through the API of the server at {@code api}, as IT's script would, and waits for its end. */
    public void restartToItsEnd(Connection db, HttpClient http, URI api, long executionId) throws Exception {
        long killedRun = Long.parseLong(scalar(db, "select id from invoice_run where execution_id = ?", executionId));
        String token = token(db);
        HttpResponse<String> restarted = http.send(HttpRequest.newBuilder(api.resolve("facturation/executions/" + killedRun + "/restart"))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, restarted.statusCode(), restarted.body());
        Matcher restartedRun = RUN_ID.matcher(restarted.body());
        assertTrue(restartedRun.find());
        String ended = ScriptedRuns.awaitEnd(http, api.resolve("facturation/executions/" + restartedRun.group(1)), token);
        assertTrue(ended.contains("\"status\":\"COMPLETED\""), ended);
    }

    /** One invoice per household, the totals of a run never interrupted, each charge once, numbers with no gap. */
    public void assertInvoicedOnce(Connection db) throws SQLException {
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

    public static String runStatus(Connection db, long executionId) throws SQLException {
        return scalar(db, "select status from invoice_run where execution_id = ?", executionId);
    }

    public static String scalar(Connection db, String sql, Object parameter) throws SQLException {
        String value = scalarOrNull(db, sql, parameter);
        if (value == null) {
            throw new AssertionError("Nothing for " + sql + " with " + parameter);
        }
        return value;
    }

    private static int count(Connection db, String sql, Object parameter) throws SQLException {
        return Integer.parseInt(scalar(db, sql, parameter));
    }

    private static String scalarOrNull(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** A script's token, as the Facturation screen would have stored it: its SHA-256 only. */
    private static String token(Connection db) throws Exception {
        String token = UUID.randomUUID().toString();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement insert = db.prepareStatement("insert into invoice_run_token"
                + " (id, name, token_hash, created_by, created_at) values (?, 'test de panne', ?, 'test', ?)")) {
            insert.setLong(1, 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000));
            insert.setString(2, hash);
            insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            insert.executeUpdate();
        }
        return token;
    }
}
