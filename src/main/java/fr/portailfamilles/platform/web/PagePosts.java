package fr.portailfamilles.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * How a page's form reaches the portal: posted, from one of its pages. The view state already ties a form to the
 * session that was shown it; these two rules close what it leaves open.
 * <ul>
 * <li>A POST whose browser names another site as its origin, a sandboxed or opaque one ({@code null}), or no page at
 * all, is refused (403): every current browser names the page a form is posted from.</li>
 * <li>A GET carrying a view state (a form's fields put in a link) is refused (400): Faces would otherwise take it for
 * a postback and run the form's action from a link.</li>
 * </ul>
 */
public class PagePosts extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            if (!PortalOrigin.posted(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        } else if (request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null) {
            request.setAttribute(RequestLimits.BAD_ADDRESS, true);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
