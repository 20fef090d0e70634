import fr.portailfamilles.billing.MonthOfBookings;

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
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monthly invoice run at scale on PostgreSQL: a month of 1,000 households, then one of 5,000 households (8,000
 * children, 20 opening days, about 120,000 charges), each generated, invoiced by the job (started over HTTP as a script
 * does) and computed again by plain SQL; prints the times, their ratio and the server's memory during each run.
 * Run by bench/invoice-run; arguments: base URL, JDBC URL, user, password, the server's process id.
 */
public class InvoiceRunBench {

    private static final Pattern RUN_ID = Pattern.compile("\"id\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String url;
    private final String user;
    private final String password;
    private final long pid;
    private String token;

    InvoiceRunBench(String[] args) {
        base = args[0];
        url = args[1];
        user = args[2];
        password = args[3];
        pid = Long.parseLong(args[4]);
    }

    public static void main(String[] args) throws Exception {
        InvoiceRunBench bench = new InvoiceRunBench(args);
        bench.token = bench.token();
        System.out.println("households charges generate_s run_s invoicing_step_s notice_step_s sql_totals_ms sql_same_rows_ms"
                + " ratio heap_peak_mb old_gen_after_mb rss_peak_mb totals");
        bench.month(1_000, 1_600);
        bench.month(5_000, 8_000);
        System.out.println("ratio: the invoicing step over sql_same_rows_ms (plain SQL writing the same invoices and lines);"
                + " sql_totals_ms only sums the month per household");
        System.out.println("targets: run under 60 s at 5,000 households; ratio under 5; heap and old generation flat from 1,000 to"
                + " 5,000 households");
    }

    private void month(int households, int children) throws Exception {
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(1900, 2000), 3);
        MonthOfBookings bookings = new MonthOfBookings(month, households, children, 20,
                100_000_000L + ThreadLocalRandom.current().nextLong(1_000) * 1_000_000L);
        long start = System.nanoTime();
        try (Connection db = database()) {
            bookings.write(db);
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze");
            }
        }
        double generate = seconds(start);

        Memory memory = new Memory(pid);
        memory.start();
        long runStart = System.nanoTime();
        String runId = started(post("facturation/executions", "month=" + month));
        String ended = awaitEnd(runId);
        double run = seconds(runStart);
        memory.interrupt();
        memory.join();
        if (!ended.contains("\"status\":\"COMPLETED\"")) {
            throw new IllegalStateException("The run did not complete: " + ended);
        }

        try (Connection db = database()) {
            long executionId = Long.parseLong(scalar(db, "select execution_id from invoice_run where id = ?", Long.parseLong(runId)));
            double invoicing = stepSeconds(db, executionId, "invoice-households");
            double notices = stepSeconds(db, executionId, "notify-households");
            BigDecimal invoiced = new BigDecimal(scalar(db, "select sum(total) from invoice where billed_month = ?", month.toString()));
            long totalsMs = sqlTotals(db, month);
            long sameRowsMs = sqlSameRows(db, month);
            System.out.printf("%d %d %.1f %.1f %.1f %.1f %d %d %.1f %d %d %d %s%n", households, bookings.charges(), generate, run, invoicing,
                    notices, totalsMs, sameRowsMs, invoicing * 1000 / sameRowsMs, memory.heapPeak.get() / 1024, memory.oldGen() / 1024,
                    memory.rssPeak.get() / 1024, invoiced.equals(bookings.flatTotal()) ? "exact" : "WRONG " + invoiced + " != " + bookings.flatTotal());
        }
    }

    /** The month's totals per household, as one SQL query computes them from the bookings. */
    private static long sqlTotals(Connection db, YearMonth month) throws SQLException {
        String sql = "select r.household_id, sum(case when r.unit_id is not null then 12.00 else 3.50 end) from booking_request r"
                + " left join medical_certificate c on c.id = r.certificate_id where r.opening_date between ? and ?"
                + " and r.status = 'ACCEPTED' and (c.id is null or c.status <> 'VALIDATED') group by r.household_id";
        return timed(db, sql, month);
    }

    /**
     * The same work done by plain SQL, set-based: the month's lines and one invoice per household written into tables
     * shaped and indexed as invoice_line and invoice (temporary copies), from the same bookings.
     */
    private static long sqlSameRows(Connection db, YearMonth month) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("drop table if exists bench_invoice_line");
            statement.execute("drop table if exists bench_invoice");
            statement.execute("create temporary table bench_invoice_line (like invoice_line including defaults including indexes)");
            statement.execute("create temporary table bench_invoice (like invoice including defaults including indexes)");
        }
        long start = System.nanoTime();
        try (PreparedStatement invoices = db.prepareStatement("insert into bench_invoice (id, number, number_year, number_sequence,"
                + " kind, billed_month, household_id, billed_guardian_id, billed_name, billed_address, issued_on, issued_at, total, search_text, version)"
                + " select row_number() over (order by t.household_id), '2026-' || row_number() over (order by t.household_id), 2026,"
                + " row_number() over (order by t.household_id), 'INVOICE', ?, t.household_id, g.id, g.first_name || ' ' || g.last_name,"
                + " h.address_line || chr(10) || h.postcode || ' ' || h.town, current_date, current_timestamp, t.total,"
                + " lower('2026-' || row_number() over (order by t.household_id) || '|' || g.first_name || ' ' || g.last_name), 0"
                + " from (select r.household_id, sum(case when r.unit_id is not null then 12.00 else 3.50 end) as total"
                + " from booking_request r left join medical_certificate c on c.id = r.certificate_id"
                + " where r.opening_date between ? and ? and r.status = 'ACCEPTED' and (c.id is null or c.status <> 'VALIDATED')"
                + " group by r.household_id) t join household h on h.id = t.household_id join guardian g on g.household_id = h.id and g.billed");
             PreparedStatement lines = db.prepareStatement("insert into bench_invoice_line (id, invoice_id, position, line_month, child_id,"
                     + " child_name, line_date, kind, item_id, label, unit_price, reduction_percent, amount, source_key)"
                     + " select r.id, i.id, row_number() over (partition by r.household_id order by r.opening_date, r.id), ?, r.child_id,"
                     + " ch.first_name || ' ' || ch.last_name, r.opening_date, case when r.unit_id is not null then 'UNIT' else 'SERVICE' end,"
                     + " coalesce(r.unit_id, r.service_id), coalesce(u.label, s.label), case when r.unit_id is not null then 12.00 else 3.50 end,"
                     + " 0, case when r.unit_id is not null then 12.00 else 3.50 end, 'booking:' || r.id"
                     + " from booking_request r join bench_invoice i on i.household_id = r.household_id join child ch on ch.id = r.child_id"
                     + " left join activity_unit u on u.id = r.unit_id left join activity_service s on s.id = r.service_id"
                     + " left join medical_certificate c on c.id = r.certificate_id"
                     + " where r.opening_date between ? and ? and r.status = 'ACCEPTED' and (c.id is null or c.status <> 'VALIDATED')")) {
            invoices.setString(1, month.toString());
            invoices.setObject(2, month.atDay(1));
            invoices.setObject(3, month.atEndOfMonth());
            invoices.executeUpdate();
            lines.setString(1, month.toString());
            lines.setObject(2, month.atDay(1));
            lines.setObject(3, month.atEndOfMonth());
            lines.executeUpdate();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long timed(Connection db, String sql, YearMonth month) throws SQLException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setObject(1, month.atDay(1));
                statement.setObject(2, month.atEndOfMonth());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getBigDecimal(2);
                    }
                }
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    private static double stepSeconds(Connection db, long executionId, String step) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("select extract(epoch from endtime - starttime) from step_execution"
                + " where jobexecutionid = ? and stepname = ?")) {
            statement.setLong(1, executionId);
            statement.setString(2, step);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getDouble(1) : Double.NaN;
            }
        }
    }

    private String awaitEnd(String runId) throws Exception {
        String body = "";
        for (int i = 0; i < 4 * 600; i++) {
            body = http.send(HttpRequest.newBuilder(URI.create(base + "api/facturation/executions/" + runId))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!body.matches(".*\"status\":\"(STARTING|STARTED|STOPPING)\".*")) {
                return body;
            }
            Thread.sleep(250);
        }
        return body;
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/" + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String started(HttpResponse<String> response) {
        Matcher id = RUN_ID.matcher(response.body());
        if (response.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("The run did not start: " + response.statusCode() + " " + response.body());
        }
        return id.group(1);
    }

    /** A script's token, stored as the Facturation screen stores it: its SHA-256. */
    private String token() throws Exception {
        String raw = UUID.randomUUID().toString();
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("insert into invoice_run_token"
                + " (id, name, token_hash, created_by, created_at) values (?, 'bench', ?, 'bench', ?)")) {
            insert.setLong(1, 800_000_000L + ThreadLocalRandom.current().nextInt(1_000_000));
            insert.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8))));
            insert.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            insert.executeUpdate();
        }
        return raw;
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static String scalar(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static double seconds(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
    }

    /** The server's heap (jstat) and resident memory (/proc), sampled every half second while a run goes on. */
    private static final class Memory extends Thread {
        final AtomicLong heapPeak = new AtomicLong();
        final AtomicLong rssPeak = new AtomicLong();
        private final long pid;

        Memory(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    long[] gc = gc();
                    heapPeak.accumulateAndGet(gc[0], Math::max);
                    rssPeak.accumulateAndGet(rss(), Math::max);
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                // the run ended
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Old generation in use after a full collection asked for now: what the run left behind. */
        long oldGen() throws Exception {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            return gc()[1];
        }

        /** Heap in use and old generation in use, in kB. */
        private long[] gc() throws Exception {
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
            String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
            jstat.waitFor();
            String[] names = lines[0].strip().split("\\s+");
            String[] values = lines[1].strip().split("\\s+");
            double s0 = 0, s1 = 0, eden = 0, old = 0;
            for (int i = 0; i < names.length; i++) {
                double value = Double.parseDouble(values[i]);
                switch (names[i]) {
                    case "S0U" -> s0 = value;
                    case "S1U" -> s1 = value;
                    case "EU" -> eden = value;
                    case "OU" -> old = value;
                    default -> { }
                }
            }
            return new long[]{(long) (s0 + s1 + eden + old), (long) old};
        }

        private long rss() throws Exception {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        }
    }
}
