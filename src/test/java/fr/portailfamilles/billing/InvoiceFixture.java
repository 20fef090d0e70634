package fr.portailfamilles.billing;

import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.billing.boundary.InvoiceCounters;
import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.entity.BilledTo;
import fr.portailfamilles.billing.entity.Invoice;
import fr.portailfamilles.billing.entity.InvoiceKind;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.testing.TestServer;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * For the invoice documents' tests: families of their own and invoices issued as the monthly run issues them, numbered
 * in the year's series in the invoice's own transaction (the run itself is another engineer's part).
 */
public final class InvoiceFixture {

    /** What one child costs on each invoice here: a Journée and a meal on the month's first Wednesday. */
    public static final BigDecimal PER_CHILD = new BigDecimal("17.80");

    private InvoiceFixture() {
    }

    /** A household, its billed guardian and children as an invoice names them. */
    public record Family(long householdId, long guardianId, String billedName, String address, String email, List<Long> children,
                  List<String> childNames) {
    }

    /** A household of two children whose billed guardian has an e-mail address. */
    public static Family create(EntityManager em, UserTransaction transaction, String name, Instant createdAt) throws Exception {
        transaction.begin();
        Household household = new Household("Famille " + name, "3 rue des Tilleuls", "37250", "Montbazon",
                FamilySituation.MARRIED, BenefitsBody.CAF, null, createdAt);
        Guardian guardian = household.addGuardian(Civility.MME, name, "Claire", Relationship.MOTHER);
        String email = "factures." + name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@exemple.fr";
        guardian.setContact(email, "06 00 00 00 00");
        household.addChild(new Child(name, "Léa", LocalDate.of(2017, 3, 1), Sex.F));
        household.addChild(new Child(name, "Tom", LocalDate.of(2019, 6, 1), Sex.M));
        em.persist(household);
        em.flush();
        transaction.commit();
        return of(household);
    }

    /** A household that exists already (the demo's), as its invoices name it. */
    public static Family of(Household household) {
        Guardian billed = household.billedGuardian().orElseThrow();
        List<Long> children = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Child child : household.getChildren()) {
            children.add(child.getId());
            names.add(child.getFullName());
        }
        return new Family(household.getId(), billed.getId(), billed.getFullName(),
                household.getAddressLine() + "\n" + household.getPostcode() + " " + household.getTown(), billed.getEmail(),
                children, names);
    }

    /** The demo parent's household, as its invoices name it. */
    public static Family demo(EntityManager em, UserTransaction transaction) throws Exception {
        transaction.begin();
        try {
            long householdId = em.createNamedQuery(UserAccount.FIND_BY_EMAIL, UserAccount.class)
                    .setParameter("email", TestServer.PARENT).getSingleResult().getHouseholdId();
            return of(em.find(Household.class, householdId));
        } finally {
            transaction.commit();
        }
    }

    /** The month's invoice of the family, issued on that day: a Journée and a meal per child on the month's first Wednesday. */
    public static Invoice issue(EntityManager em, UserTransaction transaction, InvoiceCounters numbering, Family family, YearMonth month,
                         LocalDate issuedOn, Instant issuedAt) throws Exception {
        LocalDate wednesday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        List<Charge> charges = new ArrayList<>();
        for (int i = 0; i < family.children().size(); i++) {
            long childId = family.children().get(i);
            String child = family.childNames().get(i);
            String key = "test:" + family.householdId() + ":" + month + ":" + childId;
            charges.add(Charge.of(family.householdId(), childId, child, wednesday, ChargeKind.UNIT, 1, "Journée",
                    new BigDecimal("14.00"), null, key + ":day"));
            charges.add(Charge.of(family.householdId(), childId, child, wednesday, ChargeKind.SERVICE, 2, "REPAS",
                    new BigDecimal("3.80"), null, key + ":meal"));
        }
        transaction.begin();
        Invoice invoice = Invoice.issue(numbering.next(issuedOn.getYear()), month, family.householdId(),
                new BilledTo(family.guardianId(), family.billedName(), family.address()), issuedOn, issuedAt, charges, null);
        em.persist(invoice);
        transaction.commit();
        return invoice;
    }

    /**
     * That month or an earlier one, the first the household has no invoice for: three years back, a test's invoice of
     * the demo household never meets the demo's own invoices of recent months.
     */
    public static YearMonth freeMonth(EntityManager em, long householdId, YearMonth from) {
        List<String> invoiced = em.createQuery("select i.month from Invoice i where i.householdId = :id and i.kind = :invoice", String.class)
                .setParameter("id", householdId).setParameter("invoice", InvoiceKind.INVOICE).getResultList();
        YearMonth month = from;
        while (invoiced.contains(month.toString())) {
            month = month.minusMonths(1);
        }
        return month;
    }
}
