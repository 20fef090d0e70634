package fr.portailfamilles.demo;

import fr.portailfamilles.account.control.PasswordHashing;
import fr.portailfamilles.activity.boundary.ActivityOffersChanged;
import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.document.entity.DocumentContent;
import fr.portailfamilles.document.entity.DocumentKind;
import fr.portailfamilles.household.entity.FamilyQuotient;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.logging.Logger;

/**
 * Fills an empty database with the demo centre when PORTAIL_DEMO=true. Runs once: a database that already
 * has a centre is left alone, so restarts keep what was tried by hand.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Event<ActivityOffersChanged> offersChanged;

    @Inject
    Clock clock;

    @Inject
    DemoHistory history;

    @Inject
    Event<DemoLoaded> loaded;

    @Inject
    DemoAttendance attendance;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenAsked() {
        if (!PortailSettings.fromSystem().isDemo()) {
            return;
        }
        long centres = em.createQuery("select count(c) from Centre c", Long.class).getSingleResult();
        if (centres > 0) {
            LOG.info("Demo mode: the database already holds a centre, demo data left as it is");
            return;
        }
        long started = System.nanoTime();
        DemoCentre demo = new DemoCentre(passwords.hash(DemoCentre.PASSWORD.toCharArray()), clock.now());
        demo.entities().stream().filter(entity -> !(entity instanceof DemoParentAccount)).forEach(em::persist);
        em.flush();
        DemoTariffs.of(demo.activities()).forEach(em::persist);
        DemoNews.of(clock.now()).forEach(em::persist);
        DemoInfo.persist(em, demo.activities(), clock.now());
        demo.entities().stream().filter(DemoParentAccount.class::isInstance)
                .forEach(account -> em.persist(((DemoParentAccount) account).open()));
        DemoContact.of(demo.households(), clock.now()).forEach(em::persist);
        attachQuotientProof(demo.households().stream().filter(h -> h.getName().equals("Famille DURAND")).findFirst().orElseThrow());
        demo.activities().forEach(activity -> offersChanged.fire(new ActivityOffersChanged(activity.getId())));
        long structure = System.nanoTime();
        int events = history.live(demo.activities(), demo.households());
        attendance.take(demo.activities());
        LOG.info(() -> "Demo mode: demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms (its history of "
                + events + " events and their attendance " + (System.nanoTime() - structure) / 1_000_000 + " ms; "
                + demo.householdCount() + " households, " + demo.childCount() + " children, "
                + demo.activities().size() + " activities and their registrations since "
                + ParisTime.day(clock.today().minusMonths(DemoCentre.MONTHS_OF_HISTORY)) + "); demo accounts use the password given in the README");
        loaded.fire(new DemoLoaded());
    }

    /** One household's quotient comes with the attestation the family sent, as on a real portal. */
    private void attachQuotientProof(Household household) {
        FamilyQuotient quotient = household.getQuotients().get(0);
        byte[] pdf = DemoDocuments.quotientAttestation(household.getName(), household.getAllocataireNumber(), quotient.getAmount(),
                quotient.getValidFrom());
        Document proof = new Document(household.getId(), DocumentKind.QUOTIENT_PROOF, "attestation-caf.pdf",
                "application/pdf", pdf.length, household.getGuardians().get(0).getEmail(), clock.now());
        em.persist(proof);
        em.flush();
        em.persist(new DocumentContent(proof.getId(), pdf));
        quotient.provedBy(proof);
    }
}
