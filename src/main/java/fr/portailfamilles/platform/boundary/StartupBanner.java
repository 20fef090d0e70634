package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Logger;

/** Tells whoever started the server where to open the portal. */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger("fr.portailfamilles");

    @PostConstruct
    void announce() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String mode = PortailSettings.fromSystem().isDemo() ? " (demo data)" : "";
        LOG.info("Portail Familles is ready at http://localhost:" + port + "/" + mode);
    }
}
