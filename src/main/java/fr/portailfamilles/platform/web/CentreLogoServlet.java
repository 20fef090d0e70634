package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.CentreIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** The centre's logo, public: every page's header shows it. */
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
        StoredFileResponse.send(request, response, logo.mediaType(), logo.content(), logo.digest(), true);
    }
}
