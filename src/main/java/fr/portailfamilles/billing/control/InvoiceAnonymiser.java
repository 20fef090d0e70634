package fr.portailfamilles.billing.control;

import fr.portailfamilles.billing.entity.ForgottenHousehold;
import fr.portailfamilles.platform.control.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Invoices are legal documents: when a household is anonymised (RGPD) they keep the billed guardian's name and address
 * and the children's names as issued, until the accounting retention ends; then those go too, with the stored PDF,
 * which is drawn again without them if anyone opens it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvoiceAnonymiser {

    public static final String ANONYMOUS = "anonyme";

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /** The household was anonymised: its invoices will lose the names once their retention ends. */
    public void forget(long householdId, Instant at) {
        if (em.find(ForgottenHousehold.class, householdId) == null) {
            em.persist(new ForgottenHousehold(householdId, at));
        }
    }

    /**
     * Anonymises the invoices of anonymised households issued before {@code today} minus the retention; says how many.
     * Running it again, or on two servers at once, changes nothing more.
     */
    public int anonymiseExpired(LocalDate today, int retentionYears) {
        return anonymiseExpired(today, retentionYears, "");
    }

    /** The same for one household's invoices (those already past the retention when the household is anonymised). */
    public int anonymiseExpired(long householdId, LocalDate today, int retentionYears) {
        return anonymiseExpired(today, retentionYears, " and i.householdId = " + householdId);
    }

    private int anonymiseExpired(LocalDate today, int retentionYears, String household) {
        int anonymised = 0;
        List<Long> batch;
        do {
            batch = em.createQuery("select i.id from Invoice i where i.issuedOn < :end and i.billedName <> :anonymous"
                            + " and i.householdId in (select f.householdId from ForgottenHousehold f)" + household
                            + " order by i.id", Long.class)
                    .setParameter("end", today.minusYears(retentionYears))
                    .setParameter("anonymous", ANONYMOUS)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (!batch.isEmpty()) {
                anonymise(batch);
                anonymised += batch.size();
            }
        } while (batch.size() == BATCH);
        return anonymised;
    }

    private void anonymise(List<Long> invoiceIds) {
        em.createQuery("update InvoiceLine l set l.childName = :anonymous where l.invoice.id in :ids")
                .setParameter("anonymous", ANONYMOUS).setParameter("ids", invoiceIds).executeUpdate();
        em.createQuery("update Invoice i set i.billedName = :anonymous, i.billedAddress = :anonymous,"
                        + " i.searchText = concat(lower(i.number), :anonymousSearch) where i.id in :ids")
                .setParameter("anonymous", ANONYMOUS).setParameter("anonymousSearch", SearchText.FIELD_SEPARATOR + SearchText.normalise(ANONYMOUS))
                .setParameter("ids", invoiceIds).executeUpdate();
        em.createQuery("delete from InvoiceFile f where f.invoiceId in :ids").setParameter("ids", invoiceIds).executeUpdate();
    }
}
