package fr.portailfamilles.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The address of the portal as people type it, for links in e-mails: PORTAIL_PUBLIC_URL when set (the
 * address behind the load balancer), otherwise the one the current request came to.
 */
public final class PortalUrl {

    private PortalUrl() {
    }

    public static String of(HttpServletRequest request) {
        return configured().orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/";
        });
    }

    /** PORTAIL_PUBLIC_URL, ending with a slash: the address for work done with no request (a batch, a timer). */
    public static Optional<String> configured() {
        String configured = System.getenv("PORTAIL_PUBLIC_URL");
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(configured.endsWith("/") ? configured : configured + "/");
    }
}
