package fr.portailfamilles.billing;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.Euros;
import fr.portailfamilles.testing.TestServer;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import java.io.IOException;
import java.time.YearMonth;
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
            InvoiceFixture.Family demo = demoFamily();
            own = InvoiceFixture.issue(em, transaction, numbering, demo, freeMonth(demo.householdId()), clock.today(), clock.now());
            InvoiceFixture.Family opened = InvoiceFixture.create(em, transaction, "VOISINE " + System.nanoTime() % 1_000_000, clock.now());
            other = InvoiceFixture.issue(em, transaction, numbering, opened, clock.month().minusMonths(1), clock.today(), clock.now());
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", List.of(String.valueOf(own.getId()), own.getNumber(), own.getBilledName(),
                Euros.format(own.getTotal()), String.valueOf(other.getId()), other.getNumber(), other.getBilledName())));
    }

    private InvoiceFixture.Family demoFamily() throws Exception {
        transaction.begin();
        try {
            long householdId = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                    .setParameter("email", TestServer.PARENT).getSingleResult().getHouseholdId();
            return InvoiceFixture.of(em.find(Household.class, householdId));
        } finally {
            transaction.commit();
        }
    }

    /** Three years back and earlier, the first month the household has no invoice for: the demo invoices recent months. */
    private YearMonth freeMonth(long householdId) {
        List<String> invoiced = em.createQuery("select i.month from Invoice i where i.householdId = :id and i.kind = :invoice", String.class)
                .setParameter("id", householdId).setParameter("invoice", InvoiceKind.INVOICE).getResultList();
        YearMonth month = clock.month().minusYears(3);
        while (invoiced.contains(month.toString())) {
            month = month.minusMonths(1);
        }
        return month;
    }
}
