package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.boundary.InvoiceDocument;
import fr.portailfamilles.billing.boundary.InvoicePdfs;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.Texts;
import fr.portailfamilles.platform.web.RequestIds;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Opens an invoice's PDF ("Voir"). Staff open any; a parent only their own household's, and any other id answers 404
 * so that invoice ids cannot be probed. Under /compte, so the login and the session guard apply.
 */
@WebServlet("/compte/facture")
public class InvoicePdfServlet extends HttpServlet {

    @Inject
    InvoicePdfs pdfs;

    @Inject
    SignedInPerson signedIn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Optional<InvoiceDocument> document;
        try {
            document = RequestIds.parse(id).flatMap(invoiceId -> find(request, invoiceId));
        } catch (ActionRefused refused) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, Texts.french(refused.messageKey(), refused.arguments()));
            return;
        }
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = document.get().content();
        response.setContentType("application/pdf");
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + document.get().fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(content);
    }

    private Optional<InvoiceDocument> find(HttpServletRequest request, long invoiceId) {
        if (request.isUserInRole("STAFF")) {
            return pdfs.forStaff(invoiceId);
        }
        if (request.isUserInRole("PARENT")) {
            return signedIn.householdId().flatMap(householdId -> pdfs.forParent(invoiceId, householdId));
        }
        return Optional.empty();
    }
}
