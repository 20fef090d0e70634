package fr.portailfamilles.cluster;

import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stopped for 30 s while parents browse through the balancer: every page that cannot be served says so in
 * French (the portal's error page, or the balancer's once no node is healthy), both nodes' health answers 503, and
 * within 10 s of the database's return the parents' pages answer again, in the sessions they had, nothing committed
 * lost.
 */
@ExtendWith(Cluster.Shared.class)
class DatabaseStoppedUnderLoadIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final int PARENTS = 4;
    private static final String PAGE = "portail/mes-informations.xhtml";

    @Test
    void pagesSayItInFrenchAndEverythingComesBackWithinTenSeconds() throws Exception {
        List<Http> parents = new ArrayList<>();
        for (int i = 0; i < PARENTS; i++) {
            Http parent = new Http(Cluster.balancer());
            parent.login(TestServer.PARENT, TestServer.DEMO_PASSWORD);
            assertEquals(200, parent.get(PAGE).statusCode());
            parents.add(parent);
        }
        long committedLogins = auditEvents();

        ConcurrentLinkedQueue<String> unexplained = new ConcurrentLinkedQueue<>();
        AtomicInteger refusals = new AtomicInteger();
        AtomicBoolean browsing = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(PARENTS);
        parents.forEach(parent -> load.submit(() -> browse(parent, browsing, refusals, unexplained)));
        List<Integer> healthWhileDown = new ArrayList<>();
        try {
            Thread.sleep(2000);
            database("stop");
            try {
                Thread.sleep(OUTAGE.toMillis() - 5000);
                healthWhileDown.add(new Http(Cluster.node("node1")).get("api/health").statusCode());
                healthWhileDown.add(new Http(Cluster.node("node2")).get("api/health").statusCode());
                Thread.sleep(5000);
            } finally {
                database("start");
            }
            Instant back = Instant.now();
            for (Http parent : parents) {
                while (!answersTheirPage(parent)) {
                    assertTrue(Duration.between(back, Instant.now()).compareTo(RECOVERY) < 0,
                            "a parent's page answered again within " + RECOVERY + " of the database's return");
                    Thread.sleep(200);
                }
            }
        } finally {
            browsing.set(false);
            load.shutdown();
        }
        assertEquals(List.of(503, 503), healthWhileDown, "both nodes said the database was down");
        assertEquals(List.of(), List.copyOf(unexplained), "every page refused during the outage said why, in French");
        assertTrue(refusals.get() > 0, "the parents browsed during the outage and were told");
        assertTrue(auditEvents() >= committedLogins, "what was committed before the outage is still there");
    }

    /** A parent's next page: theirs, or a French page saying the portal cannot answer; anything else is noted. */
    private static void browse(Http parent, AtomicBoolean browsing, AtomicInteger refusals, ConcurrentLinkedQueue<String> unexplained) {
        while (browsing.get()) {
            try {
                HttpResponse<String> page = parent.get(PAGE);
                boolean theirs = isTheirPage(page);
                boolean explained = page.statusCode() >= 500
                        && (page.body().contains("Service momentanément indisponible") || page.body().contains("Une erreur est survenue"));
                if (explained) {
                    refusals.incrementAndGet();
                } else if (!theirs) {
                    unexplained.add(page.statusCode() + " " + page.headers().firstValue("location").orElse("")
                            + " " + page.body().substring(0, Math.min(200, page.body().length())));
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                unexplained.add(e.toString());
            }
        }
    }

    private static boolean answersTheirPage(Http parent) {
        return isTheirPage(parent.get(PAGE));
    }

    /** The page itself (the error page's menu names it too). */
    private static boolean isTheirPage(HttpResponse<String> page) {
        return page.statusCode() == 200 && page.body().contains("<title>Mes informations");
    }

    private static long auditEvents() throws SQLException {
        try (Connection database = Cluster.get().database();
             ResultSet count = database.createStatement().executeQuery("select count(*) from audit_event")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** PostgreSQL 15 as Debian runs it, stopped or started (CI runs as root; elsewhere through sudo). */
    private static void database(String action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "15", "main", action));
        if ("stop".equals(action)) {
            command.addAll(List.of("-m", "fast"));
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(0, List.of("sudo", "-n"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }
}
