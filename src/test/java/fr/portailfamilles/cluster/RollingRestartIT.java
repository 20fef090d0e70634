package fr.portailfamilles.cluster;

import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IT's rolling update of one node (wildfly-config/cluster restart node2: out of the balancer, stopped, started again,
 * back in), started again with another PORTAIL_SMTP_HOST than node1's (the same relay, named otherwise): a parent
 * logged in before still has their session, and node2 names the setting that differs in its log.
 */
@ExtendWith(Cluster.Shared.class)
class RollingRestartIT {

    private static final String PAGE = "portail/mes-informations.xhtml";

    @Test
    void aNodeRestartedWithAnotherSettingComesBackAndSaysWhichDiffers() throws Exception {
        Cluster cluster = Cluster.get();
        // The monthly run falls due on the cluster's first minutes: restarting a node under it is not this test's matter.
        Cluster.awaitUpTo(Duration.ofMinutes(3), () -> cluster.count("select count(*) from invoice_run where billed_month = ?",
                Cluster.dueMonth().toString()) > 0 && cluster.count("select count(*) from job_execution where batchstatus in (?, ?, ?)",
                "STARTING", "STARTED", "STOPPING") == 0);
        Http parent = new Http(Cluster.balancer());
        parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
        assertEquals(200, parent.get(PAGE).statusCode());

        cluster.restart("node2", Map.of("PORTAIL_SMTP_HOST", "127.0.0.1"));

        assertTrue(parent.get(PAGE).body().contains("<title>Mes informations"), "the parent's session lives on");
        assertEquals(200, new Http(Cluster.node("node2")).get("api/health").statusCode());
        assertTrue(Files.readAllLines(cluster.serverLog("node2"), StandardCharsets.UTF_8).stream().anyMatch(line ->
                        line.contains("Node node2 runs with other settings than node node1, alive: PORTAIL_SMTP_HOST differ")),
                "node2 names the setting that differs from node1's");
    }
}
