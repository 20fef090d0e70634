package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.PortailSettings;
import fr.portailfamilles.platform.control.PublicUrlSetting;
import io.undertow.server.HttpHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

import java.util.Locale;

/**
 * Two rules Undertow applies before the servlet container looks at a request (registered in
 * META-INF/services/io.undertow.servlet.ServletExtension).
 * <ul>
 * <li>The Host header becomes the configured public address: whatever the server builds from it (the Location
 * of a redirect, the login page's return address) names the portal, never a host an attacker typed.</li>
 * <li>The application's private folders answer the portal's own "page introuvable", with its headers, instead
 * of the container's bare English 404: the path is turned into one that does not exist.</li>
 * </ul>
 */
public class PortalRequestRules implements ServletExtension {

    static final String NOWHERE = "/introuvable";

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        PublicUrlSetting publicUrl = PortailSettings.fromSystem().publicUrl();
        if (publicUrl.problem().isPresent()) {
            return; // the startup check stops the server with one line saying why
        }
        String authority = publicUrl.authority();
        deployment.addInitialHandlerChainWrapper(next -> pinned(next, authority));
    }

    private static HttpHandler pinned(HttpHandler next, String authority) {
        return exchange -> {
            exchange.getRequestHeaders().put(Headers.HOST, authority);
            if (isPrivate(exchange.getRelativePath())) {
                exchange.setRelativePath(NOWHERE);
            }
            next.handleRequest(exchange);
        };
    }

    static boolean isPrivate(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return lower.startsWith("/web-inf") || lower.startsWith("/meta-inf");
    }
}
