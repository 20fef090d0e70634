package fr.portailfamilles.platform.boundary;

import java.util.logging.Logger;

/** Stops the server when the portal cannot work at all, with one line that says why. */
final class StartupFailure {

    private static final Logger LOG = Logger.getLogger("fr.portailfamilles.startup");

    private StartupFailure() {
    }

    static void stopServer(String reason) {
        LOG.severe("Portail Familles cannot start: " + reason);
        // A half-started portal behind a load balancer is worse than none: stop, and let the supervisor say so.
        if (!Boolean.getBoolean("portail.keepRunningOnStartupFailure")) {
            new Thread(() -> System.exit(1), "portail-startup-failure").start();
        }
        throw new IllegalStateException(reason);
    }
}
