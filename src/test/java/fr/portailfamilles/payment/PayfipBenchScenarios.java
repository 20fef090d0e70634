package fr.portailfamilles.payment;

import fr.portailfamilles.billing.InvoiceFixture;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.payment.boundary.OnlinePayments;
import fr.portailfamilles.payment.entity.PayfipOperation;
import fr.portailfamilles.payment.payfip.PayfipReconciliation;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Bench archives only (bench/payfip): {@code action=start&count=N&batch=name} starts N online payments, one invoice
 * each, for households of twelve monthly invoices, as parents would, and answers their idOps one per line;
 * {@code action=tally&batch=name} answers how many of the batch's operations are paid and how many payments they
 * have; {@code action=reconcile} runs one reconciliation pass and answers how many operations it asked about.
 */
@WebServlet("/test-scenarios/payfip-bench")
public class PayfipBenchScenarios extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    InvoiceCounters numbering;

    @Inject
    OnlinePayments onlinePayments;

    @Inject
    PayfipReconciliation reconciliation;

    @Inject
    AsParent asParent;

    @Inject
    Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String batch = request.getParameter("batch");
        List<String> answer = new ArrayList<>();
        try {
            switch (request.getParameter("action")) {
                case "start" -> answer.addAll(start(Integer.parseInt(request.getParameter("count")), batch));
                case "tally" -> answer.add(tally(batch));
                case "reconcile" -> answer.add(String.valueOf(reconciliation.reconcile()));
                default -> throw new IllegalArgumentException("action");
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(String.join("\n", answer));
    }

    private List<String> start(int count, String batch) throws Exception {
        List<String> idOps = new ArrayList<>();
        InvoiceFixture.Family family = null;
        for (int i = 0; i < count; i++) {
            if (i % 12 == 0) {
                family = InvoiceFixture.create(em, transaction, "BANC " + batch + " " + i, clock.now());
            }
            Invoice invoice = InvoiceFixture.issue(em, transaction, numbering, family, clock.month().minusMonths(1 + i % 12),
                    clock.today(), clock.now());
            InvoiceFixture.Family payer = family;
            String refdet = asParent.call(() -> onlinePayments.pay(payer.householdId(), List.of(invoice.getId()),
                    "banc." + batch + "@exemple.fr", payer.billedName()));
            idOps.add(em.createQuery("select o.idOp from PayfipOperation o where o.refdet = :refdet", String.class)
                    .setParameter("refdet", refdet).getSingleResult());
        }
        return idOps;
    }

    private String tally(String batch) {
        em.clear();
        long paid = em.createQuery("select count(o) from PayfipOperation o where o.email = :email and o.state = :paid", Long.class)
                .setParameter("email", "banc." + batch + "@exemple.fr").setParameter("paid", PayfipOperation.State.PAID).getSingleResult();
        long payments = em.createQuery("select count(p) from Payment p, PayfipOperation o where p.payfipOperationId = o.id"
                + " and o.email = :email", Long.class).setParameter("email", "banc." + batch + "@exemple.fr").getSingleResult();
        return paid + " " + payments;
    }
}
