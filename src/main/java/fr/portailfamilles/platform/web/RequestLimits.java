package fr.portailfamilles.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * What a request to the portal's pages may be. Pages are read (GET, HEAD) and forms posted (POST): any other
 * method answers 405. A body larger than 10 MB (twice the 5 MB a proof may weigh, with room for the form) is
 * refused before it is read, with the French page that says so: the form's own message for a file between
 * 5 and 10 MB needs the body read. The server reads up to 50 MB (configure-web.cli), so the rest of a refused
 * body is drained and the browser receives the answer.
 */
public class RequestLimits extends HttpFilter {

    /** Set on a request whose address could not be read, for the 400 page to say so rather than "Page expirée". */
    static final String BAD_ADDRESS = "fr.portailfamilles.badAddress";

    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;
    static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PortalRequestRules.MALFORMED.equals(request.getServletPath())) {
            request.setAttribute(BAD_ADDRESS, true);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean api = request.getServletPath().startsWith("/api/");
        if (!api && !PAGE_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
