package fr.portailfamilles.platform.demo;

import fr.portailfamilles.account.control.PasswordHashing;
import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
        DemoCentre demo = new DemoCentre(passwords.hash(DemoCentre.PASSWORD.toCharArray()));
        demo.entities().forEach(em::persist);
        em.flush();
        LOG.info(() -> "Demo mode: demo data loaded (" + demo.householdCount() + " households, "
                + demo.childCount() + " children); demo accounts use the password given in the README");
    }
}
