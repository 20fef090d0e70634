package fr.portailfamilles.billing;

import fr.portailfamilles.billing.control.Charge;
import fr.portailfamilles.billing.control.ChargeKind;
import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Households, charges and months of their own for the in-container tests of the invoice run. */
final class BillingFixture {

    private static final AtomicLong KEYS = new AtomicLong();

    private BillingFixture() {
    }

    /** Even years from 1900, one per call: the database is new for each pass of the suite. */
    private static final AtomicInteger YEARS_TAKEN = new AtomicInteger();

    /**
     * A month of a year of its own, long past: no demo data, and no other test's month within the twelve months its
     * ledger looks back at (each call takes the next even year; a random year could fall next to another test's).
     */
    static YearMonth monthOfItsOwn(int monthOfYear) {
        return YearMonth.of(1900 + 2 * YEARS_TAKEN.getAndIncrement(), monthOfYear);
    }

    /** A household, with a billed guardian who has an e-mail unless {@code withGuardian} is false. */
    static long household(EntityManager em, UserTransaction transaction, String name, boolean withGuardian) throws Exception {
        transaction.begin();
        Household household = new Household("Famille " + name, "3 place de la Mairie", "37250", "Montbazon",
                FamilySituation.MARRIED, BenefitsBody.CAF, null, Instant.parse("2020-01-01T00:00:00Z"));
        if (withGuardian) {
            household.addGuardian(Civility.MME, name, "Claire", Relationship.MOTHER)
                    .setContact("claire." + name.toLowerCase().replace(' ', '.') + "@exemple.fr", null);
        }
        em.persist(household);
        transaction.commit();
        return household.getId();
    }

    /** A unit of a day of the month for a child of the household, at a price less a reduction. */
    static Charge charge(long householdId, YearMonth month, int day, String price, String reductionPercent) {
        return Charge.of(householdId, 1000 + householdId, "Léa " + householdId, month.atDay(day), ChargeKind.UNIT, 7, "Journée",
                new BigDecimal(price), new BigDecimal(reductionPercent), "test:" + KEYS.incrementAndGet());
    }

    /** The same charge (the same source key) at another price: an attendance corrected after the invoice. */
    static Charge repriced(Charge charge, String price) {
        return Charge.of(charge.householdId(), charge.childId(), charge.childName(), charge.date(), charge.kind(), charge.itemId(),
                charge.label(), new BigDecimal(price), charge.reductionPercent(), charge.sourceKey());
    }

    /** Waits for the execution to end (or to stop) and answers its row. */
    static InvoiceRun ended(EntityManager em, long runId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            InvoiceRun run = em.find(InvoiceRun.class, runId);
            if (run != null && !run.getStatus().isActive()) {
                return run;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("The run " + runId + " did not end within a minute");
    }
}
