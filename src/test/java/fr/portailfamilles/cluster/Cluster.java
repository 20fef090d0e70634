package fr.portailfamilles.cluster;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.billing.KnownCharges;
import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.payment.PayfipBenchScenarios;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Mailbox;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two-node cluster the cluster tests share, started once through wildfly-config/cluster (as IT starts it) over the
 * PostgreSQL database the build names, and stopped when the tests end. Its clock starts shortly before the monthly
 * run is due (the first of next month, 01:59:40 in Paris), so that the run is started by a node's timer with both up.
 */
public final class Cluster implements ExtensionContext.Store.CloseableResource {

    private static Cluster started;
    private static RuntimeException failedToStart;

    private final Map<String, String> environment;
    private final Mailbox mailbox;

    private Cluster(Map<String, String> environment, Mailbox mailbox) {
        this.environment = environment;
        this.mailbox = mailbox;
    }

    /** The extension of the cluster tests: starts the cluster before the first, stops it after the last. */
    public static final class Shared implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            synchronized (Cluster.class) {
                if (failedToStart != null) {
                    throw new IllegalStateException("The cluster did not start for an earlier test", failedToStart);
                }
                if (started == null) {
                    try {
                        started = start();
                    } catch (RuntimeException failed) {
                        failedToStart = failed;
                        throw failed;
                    }
                    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Cluster.class, started);
                }
            }
        }
    }

    static Cluster get() {
        if (started == null) {
            throw new IllegalStateException("Cluster tests extend themselves with Cluster.Shared");
        }
        return started;
    }

    /** The first of next month, the day the cluster's clock starts on. */
    private static final LocalDate FIRST_OF_NEXT_MONTH = ZonedDateTime.now(ParisTime.ZONE).toLocalDate().withDayOfMonth(1).plusMonths(1);

    /** The month whose automatic run falls due at 02:00 on the cluster's first day. */
    static YearMonth dueMonth() {
        return YearMonth.from(FIRST_OF_NEXT_MONTH.minusMonths(1));
    }

    private static Cluster start() {
        // The portal with the test archives' flat prices, slowed, so that a node can be killed in the middle of a run.
        Path war = Path.of(required("cluster.dir"), "ROOT.war");
        war.toFile().getParentFile().mkdirs();
        Deployments.portal(KnownCharges.class, PayfipBenchScenarios.class, AsParent.class, InvoiceFixture.class, InvoiceFixture.Family.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        // Each node has its simulator; both nodes ask node1's, as a town's servers all ask the one PayFiP.
        Path simulator = Path.of(required("cluster.dir"), "payfip-simulator.war");
        copy(Path.of(required("portail.simulator.war")), simulator);
        String payfip = "http://localhost:" + (8080 + offset("node1")) + "/payfip-simulator/tpa/";
        Map<String, String> environment = Map.ofEntries(
                Map.entry("PORTAIL_CLUSTER_WAR", war.toString()),
                Map.entry("PORTAIL_CLUSTER_ALSO_DEPLOY", simulator.toString()),
                Map.entry("PORTAIL_PAYFIP_SERVICE_URL", payfip + "services/securite"),
                Map.entry("PORTAIL_PAYFIP_PAGE_URL", payfip + "paiementws.web"),
                Map.entry("PORTAIL_CLUSTER_SERVER_ARGS", "-Dportail.test.charges.delay=150"),
                Map.entry("PORTAIL_DB_URL", required("cluster.db.url")),
                Map.entry("PORTAIL_DB_USER", required("cluster.db.user")),
                Map.entry("PORTAIL_DB_PASSWORD", required("cluster.db.password")),
                Map.entry("PORTAIL_CLUSTER_PORT", String.valueOf(port())),
                Map.entry("PORTAIL_CLUSTER_OFFSET", System.getProperty("cluster.offset", "700")),
                Map.entry("PORTAIL_CLUSTER_DIR", required("cluster.dir")),
                Map.entry("PORTAIL_DEMO", "true"),
                Map.entry("PORTAIL_CLOCK", FIRST_OF_NEXT_MONTH.atTime(LocalTime.of(1, 59, 40)).toString()),
                Map.entry("PORTAIL_SMTP_HOST", "localhost"),
                Map.entry("PORTAIL_SMTP_PORT", System.getProperty("it.smtp.port")));
        Mailbox mailbox = Mailbox.start();
        Cluster cluster = new Cluster(environment, mailbox);
        try {
            cluster.script("stop");
            cluster.script("start");
            return cluster;
        } catch (RuntimeException failed) {
            cluster.close();
            throw failed;
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The balancer: the portal's one address. */
    static URI balancer() {
        return URI.create("http://localhost:" + port() + "/");
    }

    static URI node(String node) {
        return URI.create("http://localhost:" + (8080 + offset(node)) + "/");
    }

    static int managementPort(String node) {
        return 9990 + offset(node);
    }

    private static int offset(String node) {
        return Integer.getInteger("cluster.offset", 700) + ("node2".equals(node) ? 100 : 0);
    }

    Mailbox mailbox() {
        return mailbox;
    }

    void kill(String node) {
        script("kill", node);
    }

    void startNode(String node) {
        script("start-node", node);
    }

    /** The rolling update of one node (out of the balancer, stopped, started again, back in), with these settings changed. */
    void restart(String node, Map<String, String> settings) {
        script(settings, "restart", node);
    }

    Path serverLog(String node) {
        return Path.of(environment.get("PORTAIL_CLUSTER_DIR"), node, "log", "server.log");
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(environment.get("PORTAIL_DB_URL"), environment.get("PORTAIL_DB_USER"),
                environment.get("PORTAIL_DB_PASSWORD"));
    }

    /** The first column of the first row the query answers. */
    long count(String sql, Object... parameters) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitUpTo(Duration limit, BooleanSupplier done) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "not done within " + limit);
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        try {
            script("stop");
        } finally {
            mailbox.close();
        }
    }

    private void script(String... arguments) {
        script(Map.of(), arguments);
    }

    private void script(Map<String, String> settings, String... arguments) {
        Path output = Path.of(environment.get("PORTAIL_CLUSTER_DIR"), "script.log");
        try {
            Files.createDirectories(output.getParent());
            List<String> command = new ArrayList<>(List.of(Path.of("wildfly-config", "cluster").toAbsolutePath().toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
            builder.environment().putAll(environment);
            builder.environment().putAll(settings);
            int exit = builder.start().waitFor();
            if (exit != 0) {
                List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
                throw new IllegalStateException("wildfly-config/cluster " + String.join(" ", arguments) + " failed (" + exit + "): "
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int port() {
        return Integer.getInteger("cluster.port", 8700);
    }

    private static String required(String property) {
        String value = System.getProperty(property, "");
        if (value.isBlank()) {
            throw new IllegalStateException(property + " is missing: the cluster tests run with -Pcluster on PostgreSQL (see .ci/run)");
        }
        return value;
    }
}
