package fr.portailfamilles.platform.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query three times, five seconds apart, when the connection fails. The server's pool
 * already validates connections and reconnects, so those retries only hold a visitor's page for half a
 * minute while the database is down: fail at once and show the error page instead.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
