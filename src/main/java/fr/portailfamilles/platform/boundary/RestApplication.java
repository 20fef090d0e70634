package fr.portailfamilles.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS lives under /api: health, payment notifications, operations. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
