package fr.portailfamilles.billing.batch;

import fr.portailfamilles.billing.boundary.StaleRuns;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.NodeName;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/** At start-up, the executions this node was running when it went down are marked, so that IT can restart them. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleRunsAtStartup {

    @Inject
    StaleRuns staleRuns;

    @Inject
    Clock clock;

    @PostConstruct
    void markDeadExecutions() {
        // The server process's start, on the portal's clock: what beat before it ran in a process that is gone.
        Instant processStart = clock.now().minusMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        staleRuns.releaseDeadOnNode(NodeName.ofThisServer(), processStart);
        staleRuns.releaseSilent();
    }
}
