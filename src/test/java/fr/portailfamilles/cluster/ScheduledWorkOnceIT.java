package fr.portailfamilles.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Both nodes run the same timers every minute; the database lets one of them take each piece of work. The monthly
 * run falls due while both are up (the cluster's clock reaches 02:00 on the first): one execution. A message waiting
 * in the mail queue for its retry: one e-mail.
 */
@ExtendWith(Cluster.Shared.class)
class ScheduledWorkOnceIT {

    private static final String RECIPIENT = "reprise.cluster@portail-familles.test";
    private static final Duration BOTH_NODES_LOOKED_AGAIN = Duration.ofSeconds(70);

    @Test
    void theMonthlyRunAndAMailRetryAreDoneOnceWithBothNodesUp() throws Exception {
        Cluster cluster = Cluster.get();
        queueMailForItsRetry(cluster);

        Cluster.awaitUpTo(Duration.ofMinutes(4), () -> runsOfDueMonth(cluster) > 0 && cluster.mailbox().count(RECIPIENT) > 0);
        Thread.sleep(BOTH_NODES_LOOKED_AGAIN.toMillis());

        assertEquals(1, runsOfDueMonth(cluster), "one execution of the monthly run for " + Cluster.dueMonth());
        assertEquals(1, startsLogged(cluster), "one node's log says it started the automatic run");
        assertEquals(1, cluster.mailbox().count(RECIPIENT), "the message waiting for its retry was sent once");
    }

    private static void queueMailForItsRetry(Cluster cluster) throws SQLException {
        try (Connection database = cluster.database();
             PreparedStatement insert = database.prepareStatement("insert into outbox_message (id, created_at, recipient, subject,"
                     + " body, status, attempts, last_attempt_at, next_attempt_at, masked, version)"
                     + " values (990000001, now(), ?, 'Reprise après une panne', 'Un message que le relais avait refusé.', 'FAILED',"
                     + " 1, now(), timestamp '2000-01-01 00:00', false, 0)")) {
            insert.setString(1, RECIPIENT);
            insert.executeUpdate();
        }
    }

    private static long runsOfDueMonth(Cluster cluster) {
        return cluster.count("select count(*) from invoice_run where billed_month = ?", Cluster.dueMonth().toString());
    }

    private static long startsLogged(Cluster cluster) throws IOException {
        String line = "Automatic invoice run of " + Cluster.dueMonth() + " started";
        long starts = 0;
        for (String node : new String[] {"node1", "node2"}) {
            starts += Files.readAllLines(cluster.serverLog(node), StandardCharsets.UTF_8).stream().filter(l -> l.contains(line)).count();
        }
        return starts;
    }

}
