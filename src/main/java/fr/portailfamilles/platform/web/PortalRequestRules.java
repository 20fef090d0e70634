package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.PortailSettings;
import fr.portailfamilles.platform.control.PublicUrlSetting;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.CanonicalPathUtils;
import io.undertow.util.Headers;
import io.undertow.util.URLUtils;
import jakarta.servlet.ServletContext;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Three rules Undertow applies before the servlet container looks at a request (registered in
 * META-INF/services/io.undertow.servlet.ServletExtension).
 * <ul>
 * <li>The Host header becomes the configured public address: whatever the server builds from it (the Location
 * of a redirect, the login page's return address) names the portal, never a host an attacker typed.</li>
 * <li>The path and the query are decoded here, as the listener would (its decode-url is off, configure-web.cli):
 * the listener answers a malformed one ({@code /%zz}) with a bare 400 that neither the security headers nor a page
 * reach. The decoded path is made canonical before anything (security constraints included) matches it; a
 * malformed request goes to {@link #MALFORMED}, which {@link RequestLimits} answers 400 with the French page.</li>
 * <li>The application's private folders answer the portal's own "page introuvable", with its headers, instead
 * of the container's bare English 404: the path is turned into one that does not exist.</li>
 * </ul>
 */
public class PortalRequestRules implements ServletExtension {

    static final String NOWHERE = "/introuvable";
    static final String MALFORMED = "/requete-illisible";

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
            if (!decoded(exchange)) {
                exchange.setRequestPath(MALFORMED);
                exchange.setRelativePath(MALFORMED);
            } else if (isPrivate(exchange.getRelativePath())) {
                exchange.setRelativePath(NOWHERE);
            }
            next.handleRequest(exchange);
        };
    }

    /** Decodes as Undertow's parser does (an encoded slash stays encoded in the path, + is a space in the query). */
    static boolean decoded(HttpServerExchange exchange) {
        try {
            String relative = canonical(exchange.getRelativePath());
            String path = canonical(exchange.getRequestPath());
            Map<String, List<String>> query = new LinkedHashMap<>();
            exchange.getQueryParameters().forEach((name, values) ->
                    query.put(queryText(name), values.stream().map(PortalRequestRules::queryText).toList()));
            if (relative == null || path == null) {
                return false;
            }
            exchange.getQueryParameters().clear();
            query.forEach((name, values) -> values.forEach(value -> exchange.addQueryParam(name, value)));
            exchange.setRequestPath(path);
            exchange.setRelativePath(relative);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** @return null when the path climbs above the root */
    private static String canonical(String encodedPath) {
        return CanonicalPathUtils.canonicalize(URLUtils.decode(encodedPath, StandardCharsets.UTF_8.name(), false, false,
                new StringBuilder()), true);
    }

    private static String queryText(String encoded) {
        return URLUtils.decode(encoded, StandardCharsets.UTF_8.name(), true, true, new StringBuilder());
    }

    static boolean isPrivate(String path) {
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return lower.startsWith("/web-inf") || lower.startsWith("/meta-inf");
    }
}
