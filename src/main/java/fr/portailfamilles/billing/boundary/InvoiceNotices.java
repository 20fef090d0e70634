package fr.portailfamilles.billing.boundary;

import fr.portailfamilles.billing.control.InvoiceMail;
import fr.portailfamilles.household.boundary.BillingContact;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tells the households of a page of invoices that their invoice is available, in the caller's transaction: the
 * e-mails wait in the outbox until it commits, so a page of notices is sent once even if the run is restarted.
 */
@Stateless
@PermitAll
public class InvoiceNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    /**
     * Says how many households were told; a billed guardian without e-mail is not.
     *
     * @param contactsOf reads the billing contacts of households, all at once
     */
    public int tell(List<Long> invoiceIds, Function<Collection<Long>, Map<Long, BillingContact>> contactsOf, Optional<String> portalUrl) {
        List<Notice> notices = notices(invoiceIds);
        Map<Long, BillingContact> contacts = contactsOf.apply(notices.stream().map(Notice::householdId).distinct().toList());
        List<MailMessage> mails = new ArrayList<>();
        for (Notice notice : notices) {
            BillingContact contact = contacts.get(notice.householdId());
            if (contact != null && contact.email() != null && !contact.email().isBlank()) {
                mails.add(InvoiceMail.available(contact.email(), notice.billedName(), notice.number(), YearMonth.parse(notice.month()),
                        notice.total(), portalUrl));
            }
        }
        mailer.sendAll(mails);
        return mails.size();
    }

    /** What a notice says of its invoice; read as values, not entities, so that each e-mail's flush has little to check. */
    private record Notice(long householdId, String billedName, String number, String month, BigDecimal total) {
    }

    private List<Notice> notices(List<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i.householdId, i.billedName, i.number, i.month, i.total from Invoice i where i.id in :ids order by i.id",
                        Object[].class)
                .setParameter("ids", invoiceIds)
                .getResultStream()
                .map(row -> new Notice((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (BigDecimal) row[4]))
                .toList();
    }
}
