package fr.portailfamilles.payment.web;

import fr.portailfamilles.payment.boundary.PaymentReceipt;
import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.Texts;
import fr.portailfamilles.platform.web.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** A payment's receipt as a PDF, for staff to print; anyone else, and an unknown id, get 404. */
@WebServlet("/gestion/recu")
public class ReceiptServlet extends HttpServlet {

    @Inject
    Payments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PaymentReceipt> receipt;
        try {
            receipt = request.isUserInRole("STAFF")
                    ? RequestIds.parse(request.getParameter("id")).flatMap(payments::receipt) : Optional.empty();
        } catch (ActionRefused refused) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, Texts.french(refused.messageKey(), refused.arguments()));
            return;
        }
        if (receipt.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = receipt.get().content();
        response.setContentType("application/pdf");
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + receipt.get().fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(content);
    }
}
