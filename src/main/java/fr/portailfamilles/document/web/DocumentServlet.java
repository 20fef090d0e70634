package fr.portailfamilles.document.web;

import fr.portailfamilles.document.boundary.Documents;
import fr.portailfamilles.document.boundary.Documents.StoredFile;
import fr.portailfamilles.platform.web.RequestIds;
import fr.portailfamilles.platform.web.StoredFileResponse;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Opens a document a family sent. Staff open any; a parent only their own household's, and any other id
 * answers 404 so that ids cannot be probed. Under /compte, so the login and the session guard apply.
 */
@WebServlet("/compte/piece")
public class DocumentServlet extends HttpServlet {

    @Inject
    Documents documents;

    @Inject
    SignedInPerson signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<StoredFile> file = RequestIds.parse(id).flatMap(documentId -> find(request, documentId));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = file.get().content();
        response.setContentType(file.get().document().getMediaType());
        response.setContentLength(content.length);
        StoredFileResponse.named(response, file.get().document().getFileName());
        response.getOutputStream().write(content);
    }

    private Optional<StoredFile> find(HttpServletRequest request, long documentId) {
        if (request.isUserInRole("STAFF")) {
            return documents.forStaff(documentId);
        }
        if (request.isUserInRole("PARENT")) {
            return signedIn.householdId().flatMap(householdId -> documents.forParent(documentId, householdId));
        }
        return Optional.empty();
    }
}
