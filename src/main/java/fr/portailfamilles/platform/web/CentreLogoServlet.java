package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.CentreIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The centre's logo, public: every page's header shows it. Its digest is its ETag and browsers ask again each time
 * ("no-cache"): a new logo saved on any node of a cluster shows at once, and an unchanged one costs a 304.
 */
@WebServlet("/centre/logo")
public class CentreLogoServlet extends HttpServlet {

    @Inject
    CentreIdentity centreIdentity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CentreIdentity.Logo> found = centreIdentity.logo();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CentreIdentity.Logo logo = found.get();
        String etag = "\"" + logo.digest() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, no-cache");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.mediaType());
        response.setContentLength(logo.content().length);
        response.getOutputStream().write(logo.content());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"));
    }
}
