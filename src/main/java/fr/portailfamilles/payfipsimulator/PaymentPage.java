package fr.portailfamilles.payfipsimulator;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * PayFiP's payment page as the simulator plays it ({@code /tpa/paiementws.web?idop=…}): what is paid, and Payer,
 * Refuser, Abandonner. The choice ends the payment, notifies the portal as told, and sends the browser back to
 * urlredirect, as PayFiP does; or, when told, shows a ticket with a link back that a payer may never follow.
 */
@WebServlet("/tpa/paiementws.web")
public class PaymentPage extends HttpServlet {

    private static final Map<String, String> CHOICES = Map.of("pay", "P", "refuse", "R", "abandon", "A");

    @Inject
    Endings endings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SimulatedPayment> found = SimulatorState.INSTANCE.find(request.getParameter("idop"));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "idOp inconnu");
            return;
        }
        SimulatedPayment payment = found.get();
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.println("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>PayFiP (simulateur)</title></head><body>");
        page.println("<h1>PayFiP – simulateur</h1>");
        page.println("<p>Ce simulateur ne prélève rien : il sert à la démonstration et aux tests du portail.</p>");
        page.println("<p id=\"objet\">" + escape(payment.objet) + "</p>");
        page.println("<p id=\"montant\">Montant : " + new BigDecimal(payment.montant).movePointLeft(2).toPlainString().replace('.', ',') + " €</p>");
        page.println("<form method=\"post\"><input type=\"hidden\" name=\"idop\" value=\"" + escape(payment.idOp) + "\">");
        page.println("<button id=\"pay\" name=\"choice\" value=\"pay\">Payer</button> ");
        page.println("<button id=\"refuse\" name=\"choice\" value=\"refuse\">Refuser</button> ");
        page.println("<button id=\"abandon\" name=\"choice\" value=\"abandon\">Abandonner</button></form></body></html>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SimulatedPayment> found = SimulatorState.INSTANCE.find(request.getParameter("idop"));
        String result = CHOICES.get(request.getParameter("choice"));
        if (found.isEmpty() || result == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        endings.end(found.get(), result);
        if (SimulatorState.INSTANCE.returnByHand) {
            ticket(found.get(), response);
        } else {
            response.sendRedirect(found.get().urlredirect);
        }
    }

    private static void ticket(SimulatedPayment payment, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.println("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>PayFiP (simulateur) – ticket</title></head><body>");
        page.println("<h1>PayFiP – opération terminée</h1>");
        page.println("<p><a id=\"back-to-creditor\" href=\"" + escape(payment.urlredirect) + "\">Retourner sur le site du créancier</a></p></body></html>");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
