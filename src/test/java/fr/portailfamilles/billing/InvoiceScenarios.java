package fr.portailfamilles.billing;

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
import java.util.List;

/**
 * Test archives only: an invoice of the demo parent's household, in a month of its own so that it never meets the
 * demo's invoices, and one of another household just opened. Answers, one per line: the demo household's invoice id,
 * number, billed name and amount as written, then the other invoice's id, number and billed name.
 */
@WebServlet("/test-scenarios/invoices")
public class InvoiceScenarios extends HttpServlet {

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
        Invoice own;
        Invoice other;
        try {
            InvoiceFixture.Family demo = InvoiceFixture.demo(em, transaction);
            own = InvoiceFixture.issue(em, transaction, numbering, demo, InvoiceFixture.freeMonth(em, demo.householdId(), clock.month().minusYears(3)), clock.today(), clock.now());
            InvoiceFixture.Family opened = InvoiceFixture.create(em, transaction, "VOISINE " + System.nanoTime() % 1_000_000, clock.now());
            other = InvoiceFixture.issue(em, transaction, numbering, opened, clock.month().minusMonths(1), clock.today(), clock.now());
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", List.of(String.valueOf(own.getId()), own.getNumber(), own.getBilledName(),
                Euros.format(own.getTotal()), String.valueOf(other.getId()), other.getNumber(), other.getBilledName())));
    }
}
