package fr.portailfamilles.payment;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.Euros;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Test archives only: invoices of the demo parent's household to pay online, each in a month of its own (three years
 * back and earlier, never meeting the demo's). Answers one line per invoice: its number, then its amount as written.
 */
@WebServlet("/test-scenarios/payfip")
public class PayfipScenarios extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    InvoiceCounters numbering;

    @Inject
    Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int count = Integer.parseInt(request.getParameter("count"));
        List<String> lines = new ArrayList<>();
        try {
            InvoiceFixture.Family demo = InvoiceFixture.demo(em, transaction);
            for (int i = 0; i < count; i++) {
                Invoice invoice = InvoiceFixture.issue(em, transaction, numbering, demo,
                        InvoiceFixture.freeMonth(em, demo.householdId(), clock.month().minusYears(3)), clock.today(), clock.now());
                lines.add(invoice.getNumber());
                lines.add(Euros.format(invoice.getTotal()));
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", lines));
    }
}
