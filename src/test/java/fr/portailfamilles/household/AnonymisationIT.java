package fr.portailfamilles.household;

import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.document.entity.DocumentContent;
import fr.portailfamilles.document.entity.DocumentKind;
import fr.portailfamilles.household.control.AnonymisationCandidate;
import fr.portailfamilles.household.control.HouseholdAnonymiser;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RGPD anonymisation in the container, on the real database: a household without activity for the
 * retention period stops naming anyone, a child shared with an active household keeps its file there,
 * and a household with recent activity is left alone.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymisationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(AnonymisationIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    HouseholdAnonymiser anonymiser;

    @Inject
    Clock clock;

    @Test
    void aHouseholdWithoutActivityForTheRetentionPeriodNoLongerNamesAnyone() throws Exception {
        Instant fourYearsAgo = clock.now().minus(Duration.ofDays(4 * 365));
        Instant retentionStart = clock.now().minus(Duration.ofDays(3 * 365));
        transaction.begin();
        Household old = household("ANCIENNE", "Odile");
        Child zoe = new Child("ANCIENNE", "Zoé", LocalDate.of(2014, 6, 3), Sex.F);
        zoe.recordHealth("Pollens", "PAI asthme", "Dr Martin", "02 47 11 11 11");
        zoe.addContact(ContactKind.PICKUP, "Yvette ANCIENNE", "06 11 11 11 11", "Tante");
        old.addChild(zoe);
        old.recordQuotient(700, LocalDate.of(2021, 1, 1), BenefitsBody.CAF);
        Household active = household("ACTIVE", "Agathe");
        Child hugo = new Child("ACTIVE", "Hugo", LocalDate.of(2016, 2, 9), Sex.M);
        old.addChild(hugo);
        active.addChild(hugo);
        em.persist(old);
        em.persist(active);
        em.flush();
        Document proof = new Document(old.getId(), DocumentKind.QUOTIENT_PROOF, "attestation.pdf", "application/pdf", 4,
                "odile@exemple.fr", fourYearsAgo);
        em.persist(proof);
        em.flush();
        em.persist(new DocumentContent(proof.getId(), new byte[]{'%', 'P', 'D', 'F'}));
        old.getQuotients().get(0).provedBy(proof);
        em.persist(new ChangeLogEntry(old.getId(), "PHONE", "02 47 00 00 01", "02 47 00 00 02", "accueil@exemple.fr", fourYearsAgo));
        em.persist(new ChangeLogEntry(active.getId(), "PHONE", "02 47 00 00 03", "02 47 00 00 04", "accueil@exemple.fr", clock.now()));
        em.createQuery("update Household h set h.createdAt = :then where h.id in :ids")
                .setParameter("then", fourYearsAgo).setParameter("ids", List.of(old.getId(), active.getId())).executeUpdate();
        transaction.commit();
        long oldId = old.getId();
        long activeId = active.getId();

        transaction.begin();
        List<Long> inactive = anonymiser.inactiveSince(retentionStart, 10_000).stream().map(AnonymisationCandidate::getHouseholdId).toList();
        assertTrue(inactive.contains(oldId));
        assertFalse(inactive.contains(activeId), "a change last week is activity");
        assertEquals(Optional.empty(), anonymiser.anonymise(oldId, retentionStart, "accueil@exemple.fr"));
        assertEquals(Optional.of("anonymisation.notEligible"), anonymiser.anonymise(activeId, retentionStart, "accueil@exemple.fr"));
        assertEquals(Optional.of("anonymisation.notEligible"), anonymiser.anonymise(oldId, retentionStart, "accueil@exemple.fr"),
                "once is enough");
        transaction.commit();
        em.clear();

        Household after = em.find(Household.class, oldId);
        assertEquals("Famille anonymisée n° " + oldId, after.getName());
        assertNull(after.getEmail());
        assertNull(after.getAllocataireNumber());
        assertEquals("Montbazon", after.getTown(), "the town stays for statistics");
        Guardian guardian = after.getGuardians().get(0);
        assertEquals("ANONYME", guardian.getLastName());
        assertNull(guardian.getEmail());
        assertNull(guardian.getMobilePhone());
        assertEquals(1, after.getChildren().size(), "the shared child left this file only");
        Child anonymous = after.getChildren().get(0);
        assertEquals("ANONYME", anonymous.getLastName());
        assertEquals(LocalDate.of(2014, 1, 1), anonymous.getBirthDate());
        assertNull(anonymous.getAllergies());
        assertTrue(anonymous.getPickups().isEmpty());
        assertEquals(1, after.getQuotients().size(), "the quotients that priced its invoices stay");
        assertNull(after.getQuotients().get(0).getProof());
        assertEquals(0L, count("select count(d) from Document d where d.householdId = " + oldId));
        assertEquals(0L, count("select count(c) from DocumentContent c where c.documentId = " + proof.getId()));
        assertEquals(0L, count("select count(e) from ChangeLogEntry e where e.householdId = " + oldId));
        assertEquals(1L, count("select count(e) from AuditEvent e where e.action = fr.portailfamilles.platform.entity.AuditAction."
                + AuditAction.HOUSEHOLD_ANONYMISED + " and e.subject = 'n° " + oldId + "'"));

        Household stillActive = em.find(Household.class, activeId);
        assertEquals("Famille ACTIVE", stillActive.getName());
        assertEquals("Hugo", stillActive.getChildren().get(0).getFirstName(), "the other parent's file keeps the child");
    }

    private Household household(String name, String guardianFirstName) {
        Household household = new Household("Famille " + name, "9 rue Vieille", "37250", "Montbazon",
                FamilySituation.SINGLE, BenefitsBody.CAF, "1112223", clock.now());
        household.setContact("02 47 00 00 01", name.toLowerCase() + "@exemple.fr");
        Guardian guardian = household.addGuardian(Civility.MME, name, guardianFirstName, Relationship.MOTHER);
        guardian.setContact(guardianFirstName.toLowerCase() + "@exemple.fr", "06 00 00 00 01");
        return household;
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
