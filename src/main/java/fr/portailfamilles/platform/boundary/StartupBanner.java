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
        PortailSettings settings = PortailSettings.fromSystem();
        String mode = settings.isDemo() ? " (demo data)" : "";
        LOG.info("Portail Familles is ready at " + settings.publicUrl().url() + mode);
    }
}
