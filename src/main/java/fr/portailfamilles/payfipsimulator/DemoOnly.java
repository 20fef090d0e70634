package fr.portailfamilles.payfipsimulator;

import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The simulator pays nothing: it refuses to start on a server that is not in demo or test mode (PORTAIL_DEMO=true or
 * -Dportail.demo=true), so its deployment fails there and no portal can be pointed at it in production.
 */
@WebListener
public class DemoOnly implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!PortailSettings.fromSystem().isDemo()) {
            throw new IllegalStateException("The PayFiP simulator runs only in demo or test mode (PORTAIL_DEMO=true): "
                    + "remove payfip-simulator.war from a production server");
        }
    }
}
