package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.InvoiceMail;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.billing.entity.InvoiceNotice;
import fr.portailfamilles.household.boundary.GuardianContact;
import fr.portailfamilles.household.boundary.Guardians;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.lifecycle.GuardianLogins;
import fr.portailfamilles.platform.web.PortalUrl;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * "Votre facture est disponible": the e-mail to each invoice's billed guardian once the run has issued it, with a link
 * to Mes factures and no attachment. The run calls it at its end with the ids it issued (its own {@code @RunAs} bean
 * gives it the staff role).
 */
@Stateless
@RolesAllowed("STAFF")
public class InvoiceNotices {

    private static final Logger LOG = Logger.getLogger(InvoiceNotices.class.getName());

    private static final int CHUNK = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Guardians guardians;

    @Inject
    Mailer mailer;

    @Inject
    GuardianLogins logins;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Tells the families, a chunk at a time, each chunk in its own transaction. An invoice whose family was told
     * already (a rerun, a restart), a credit note, or an invoice not committed is passed over; a guardian without an
     * e-mail address is passed over and logged. Says how many e-mails were queued.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int tell(List<Long> invoiceIds) {
        InvoiceNotices self = context.getBusinessObject(InvoiceNotices.class);
        int sent = 0;
        for (int from = 0; from < invoiceIds.size(); from += CHUNK) {
            sent += self.tellChunk(invoiceIds.subList(from, Math.min(invoiceIds.size(), from + CHUNK)));
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int tellChunk(List<Long> invoiceIds) {
        List<Invoice> untold = em.createQuery("select i from Invoice i where i.id in :ids and i.kind = :invoice"
                        + " and not exists (select n from InvoiceNotice n where n.invoiceId = i.id) order by i.id", Invoice.class)
                .setParameter("ids", invoiceIds).setParameter("invoice", InvoiceKind.INVOICE).getResultList();
        Map<Long, GuardianContact> billed = guardians.contacts(untold.stream().map(Invoice::getBilledGuardianId).distinct().toList());
        Set<Long> withLogin = logins.withLogin(billed.keySet());
        String portal = PortalUrl.address();
        int sent = 0;
        for (Invoice invoice : untold) {
            GuardianContact guardian = billed.get(invoice.getBilledGuardianId());
            if (guardian == null || !guardian.hasEmail()) {
                LOG.info(() -> "Invoice " + invoice.getNumber() + ": the billed guardian has no e-mail address, nobody is told");
                continue;
            }
            mailer.send(InvoiceMail.available(invoice, guardian.email(), guardian.fullName(), portal,
                    withLogin.contains(invoice.getBilledGuardianId())));
            em.persist(new InvoiceNotice(invoice.getId(), clock.now()));
            sent++;
        }
        return sent;
    }
}
