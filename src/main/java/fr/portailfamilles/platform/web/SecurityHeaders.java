package fr.portailfamilles.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the server's security headers (configure-web.cli) on error pages. When a page fails, Undertow resets the
 * response before showing the error page, and the reset takes those headers away: they are noted as the request
 * arrives and put back when the error page is shown. Pages are never stored by a browser or a proxy: most show
 * who is logged in.
 */
public class SecurityHeaders extends HttpFilter {

    static final List<String> SERVER_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
            "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy");
    private static final String NOTED = SecurityHeaders.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            request.setAttribute(NOTED, noted(response));
        } else if (request.getAttribute(NOTED) instanceof Map<?, ?> noted) {
            restore(response, noted);
        }
        if (isPage(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static Map<String, List<String>> noted(HttpServletResponse response) {
        Map<String, List<String>> noted = new LinkedHashMap<>();
        for (String name : SERVER_HEADERS) {
            noted.put(name, List.copyOf(response.getHeaders(name)));
        }
        return noted;
    }

    private static void restore(HttpServletResponse response, Map<?, ?> noted) {
        noted.forEach((name, values) -> {
            for (Object value : (List<?>) values) {
                if (!response.getHeaders((String) name).contains(value)) {
                    response.addHeader((String) name, (String) value);
                }
            }
        });
    }

    /** An error page, or a Faces page (not one of the static files Faces serves). */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return request.getDispatcherType() == DispatcherType.ERROR
                || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
    }
}
