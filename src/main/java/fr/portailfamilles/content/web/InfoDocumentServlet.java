package fr.portailfamilles.content.web;

import fr.portailfamilles.content.boundary.News;
import fr.portailfamilles.content.boundary.PracticalInformation;
import fr.portailfamilles.platform.web.RequestIds;
import fr.portailfamilles.platform.web.StoredFileResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A document of Informations pratiques, to whoever may read it: anyone for those « pour tous », a signed-in family
 * for the families' ones, staff for every one. Anything else is answered as not found, so that ids cannot be probed.
 */
@WebServlet("/informations/document")
public class InfoDocumentServlet extends HttpServlet {

    @Inject
    PracticalInformation information;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean staff = request.isUserInRole("STAFF");
        boolean family = request.isUserInRole("PARENT");
        Optional<PracticalInformation.DownloadedFile> found = RequestIds.parse(request.getParameter("id"))
                .flatMap(id -> information.file(id, News.readBy(family), staff));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PracticalInformation.DownloadedFile file = found.get();
        StoredFileResponse.named(response, file.fileName());
        StoredFileResponse.send(request, response, "application/pdf", file.content(), file.digest(), file.forEveryone());
    }
}
