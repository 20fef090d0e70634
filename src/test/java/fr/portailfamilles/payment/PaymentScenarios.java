package fr.portailfamilles.payment;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.payment.entity.Payment;
import fr.portailfamilles.payment.entity.PaymentDetails;
import fr.portailfamilles.payment.entity.PaymentMethod;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Test archives only: a household just opened with two invoices (for staff to record a cheque on), an invoice of the
 * demo parent's household in a month of its own paid 10,00 € in cash by "MARTIN Julie", and a neighbour's payment.
 * Answers, one per line: the new household's id, its older and newer invoice numbers, the demo invoice's number, the
 * neighbour's payment id and invoice number.
 */
@WebServlet("/test-scenarios/payments")
public class PaymentScenarios extends HttpServlet {

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
        List<String> answer;
        try {
            InvoiceFixture.Family opened = InvoiceFixture.create(em, transaction, "GUICHET " + suffix(), clock.now());
            Invoice older = issue(opened, 2);
            Invoice newer = issue(opened, 1);
            InvoiceFixture.Family demo = InvoiceFixture.demo(em, transaction);
            Invoice demoInvoice = InvoiceFixture.issue(em, transaction, numbering, demo,
                    InvoiceFixture.freeMonth(em, demo.householdId(), clock.month().minusYears(3)), clock.today(), clock.now());
            pay(demoInvoice, "MARTIN Julie");
            InvoiceFixture.Family neighbour = InvoiceFixture.create(em, transaction, "VOISIN " + suffix(), clock.now());
            Invoice neighbours = issue(neighbour, 1);
            Payment neighbourPayment = pay(neighbours, "VOISIN Paul");
            answer = List.of(String.valueOf(opened.householdId()), older.getNumber(), newer.getNumber(), demoInvoice.getNumber(),
                    String.valueOf(neighbourPayment.getId()), neighbours.getNumber());
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", answer));
    }

    private Invoice issue(InvoiceFixture.Family family, int monthsAgo) throws Exception {
        return InvoiceFixture.issue(em, transaction, numbering, family, clock.month().minusMonths(monthsAgo), clock.today(), clock.now());
    }

    /** 10,00 € in cash on the invoice, as the counter records it. */
    private Payment pay(Invoice invoice, String payer) throws Exception {
        transaction.begin();
        Payment payment = new Payment(invoice.getHouseholdId(), new PaymentDetails(PaymentMethod.ESPECES, new BigDecimal("10.00"),
                clock.today(), payer, null, null, null), "accueil@exemple.fr", clock.now());
        payment.allocate(invoice.getId(), new BigDecimal("10.00"), clock.now(), "accueil@exemple.fr");
        em.persist(payment);
        transaction.commit();
        return payment;
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000);
    }
}
