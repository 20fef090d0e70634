package fr.portailfamilles.cluster;

import fr.portailfamilles.billing.CrashedRuns;
import fr.portailfamilles.platform.boundary.ServerNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node running the monthly run killed in its middle: the other node sees it stop beating, releases its execution
 * (within {@link ServerNodes#SILENCE} and a minute of its timer), and IT restarts it there, through the balancer. The
 * run ends with each household invoiced once and the totals of an uninterrupted run.
 */
@ExtendWith(Cluster.Shared.class)
class InvoiceRunFailoverIT {

    private static final Duration RELEASED_WITHIN = ServerNodes.SILENCE.plusMinutes(1).plusSeconds(30);

    @Test
    void theOtherNodeRestartsTheRunAndItEndsWithTheTotalsOfAnUninterruptedRun() throws Exception {
        Cluster cluster = Cluster.get();
        CrashedRuns run = new CrashedRuns();
        try (Connection db = cluster.database()) {
            run.writeBookings(db);
            long executionId = run.startByCli(Cluster.managementPort("node1"));
            run.awaitInvoicesThenKill(db, executionId, 60, () -> cluster.kill("node1"));
            try {
                Instant killed = Instant.now();
                while (!"FAILED".equals(CrashedRuns.runStatus(db, executionId))) {
                    assertTrue(Duration.between(killed, Instant.now()).compareTo(RELEASED_WITHIN) < 0,
                            "node2 released the execution of the dead node within " + RELEASED_WITHIN);
                    Thread.sleep(1000);
                }
                assertEquals("FAILED", CrashedRuns.scalar(db, "select batchstatus from job_execution where jobexecutionid = ?", executionId));
                run.restartToItsEnd(db, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), Cluster.balancer().resolve("api/"), executionId);
                run.assertInvoicedOnce(db);
            } finally {
                cluster.startNode("node1");
            }
        }
    }
}
