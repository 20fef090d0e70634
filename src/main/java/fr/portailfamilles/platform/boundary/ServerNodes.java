package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.NodeName;
import fr.portailfamilles.platform.control.SharedSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servers sharing the database, as each one tells it: this node writes its name and version when it starts and
 * beats every 20 seconds, on the database's clock. Another area asks whether a node is dead (silent for
 * {@link #SILENCE}) to take over its work; a node starting beside one that runs another version, or with settings
 * that differ ({@link SharedSettings}), says so in its log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ServerNodes {

    /** Four beats missed: longer than any pause of a live server, short enough to take over its work soon. */
    public static final Duration SILENCE = Duration.ofSeconds(90);

    private static final Logger LOG = Logger.getLogger(ServerNodes.class.getName());

    @PersistenceContext
    EntityManager em;

    private String version;

    @PostConstruct
    void join() {
        version = buildVersion();
        String settings = SharedSettings.ofThisServer();
        int updated = em.createNativeQuery("update server_node set version = ?, settings = ?, started_at = current_timestamp,"
                        + " heartbeat_at = current_timestamp where name = ?")
                .setParameter(1, version).setParameter(2, settings).setParameter(3, NodeName.ofThisServer()).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into server_node (name, version, settings, started_at, heartbeat_at)"
                            + " values (?, ?, ?, current_timestamp, current_timestamp)")
                    .setParameter(1, NodeName.ofThisServer()).setParameter(2, version).setParameter(3, settings).executeUpdate();
        }
        for (Object[] node : liveNodes()) {
            if (node[0].equals(NodeName.ofThisServer())) {
                continue;
            }
            if (!node[1].equals(version)) {
                LOG.warning(() -> "Node " + NodeName.ofThisServer() + " runs Portail Familles " + version + ", but node " + node[0]
                        + ", alive, runs " + node[1] + ": expected while a rolling update goes from one node to the next;"
                        + " otherwise deploy the same ROOT.war on every node");
            }
            List<String> differing = SharedSettings.differing(settings, (String) node[2]);
            if (!differing.isEmpty()) {
                LOG.warning(() -> "Node " + NodeName.ofThisServer() + " runs with other settings than node " + node[0] + ", alive: "
                        + String.join(", ", differing) + " differ. Start every node with the same PORTAIL_* settings,"
                        + " or parents and staff will see the portal behave differently from one page to the next");
            }
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
    void beat() {
        try {
            em.createNativeQuery("update server_node set heartbeat_at = current_timestamp where name = ?")
                    .setParameter(1, NodeName.ofThisServer()).executeUpdate();
        } catch (PersistenceException databaseDown) {
            LOG.log(Level.FINE, "No heartbeat written: the database does not answer", databaseDown);
        }
    }

    /** Whether that node stopped beating: it died, or was stopped; its work may be taken over. */
    public boolean isDead(String node) {
        if (node == null || node.equals(NodeName.ofThisServer())) {
            return false;
        }
        List<?> silent = em.createNativeQuery("select name, heartbeat_at, current_timestamp from server_node where name = ?")
                .setParameter(1, node).getResultList();
        return silent.stream().map(Object[].class::cast).anyMatch(row -> isSilent(row[1], row[2]));
    }

    private List<Object[]> liveNodes() {
        List<?> rows = em.createNativeQuery("select name, version, settings, heartbeat_at, current_timestamp from server_node").getResultList();
        return rows.stream().map(Object[].class::cast).filter(row -> !isSilent(row[3], row[4])).toList();
    }

    private static boolean isSilent(Object heartbeat, Object databaseNow) {
        return instant(heartbeat).plus(SILENCE).isBefore(instant(databaseNow));
    }

    /** The database's time as its driver gives it: H2 reads current_timestamp as an OffsetDateTime, PostgreSQL as a Timestamp. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime withOffset) {
            return withOffset.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static String buildVersion() {
        try (InputStream stamped = ServerNodes.class.getResourceAsStream("/fr/portailfamilles/platform/build.properties")) {
            Properties build = new Properties();
            build.load(stamped);
            return build.getProperty("version") + " (built " + build.getProperty("built") + ")";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
