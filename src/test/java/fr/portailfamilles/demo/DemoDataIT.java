package fr.portailfamilles.demo;

import fr.portailfamilles.account.control.StoredHash;
import fr.portailfamilles.account.entity.Role;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityGroup;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.testing.Deployments;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test server runs with PORTAIL_DEMO=true: what a newcomer gets with the README's first command. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(DemoDataIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Test
    void theDemoCentreHasTwentyHouseholdsAndThirtyFiveChildren() {
        // Other tests open households of their own: the demo's are those with the demo's family e-mail.
        assertEquals(20L, em.createQuery("select count(h) from Household h where h.email like 'famille.%@exemple.fr'", Long.class)
                .getSingleResult());
        assertEquals(35L, em.createQuery("select count(distinct c) from Household h join h.children c"
                + " where h.email like 'famille.%@exemple.fr'", Long.class).getSingleResult());
        assertEquals(4L, em.createQuery("select count(a) from Activity a where a.name in :names", Long.class)
                .setParameter("names", List.of("MERCREDI 2026/2027", "VACANCES DE NOËL 2026", "VACANCES D'HIVER 2027",
                        "VACANCES DE PRINTEMPS 2027")).getSingleResult(), "other tests may add activities of their own");
        Activity wednesdays = em.createQuery("select a from Activity a where a.name = 'MERCREDI 2026/2027'", Activity.class)
                .getSingleResult();
        assertEquals(List.of("3–5 ans", "6–11 ans"), wednesdays.getGroups().stream().map(ActivityGroup::getName).toList());
        assertEquals(List.of("Matin", "Après-midi", "Journée"), wednesdays.getUnits().stream().map(ActivityUnit::getLabel).toList());
        assertEquals(7, wednesdays.getPeriods().get(0).getOpeningDays().size(), "the Wednesdays from 6 January to 17 February 2027");
    }

    @Test
    void separatedParentsShareAChildAcrossTwoHouseholds() {
        List<?> shared = em.createNativeQuery("select hc.child_id from household_child hc join household h on h.id = hc.household_id"
                + " where h.email like 'famille.%@exemple.fr' group by hc.child_id having count(*) > 1").getResultList();
        assertEquals(1, shared.size());
    }

    @Test
    void theThreeDemoAccountsExistWithStrongHashes() {
        // Other tests open accounts of their own: the demo's are those of the demo's domain.
        List<UserAccount> accounts = em.createQuery("select u from UserAccount u where u.email like '%.demo@portail-familles.test'"
                + " order by u.email", UserAccount.class).getResultList();
        assertEquals(List.of(Role.STAFF, Role.IT, Role.PARENT), accounts.stream().map(UserAccount::getRole).toList());
        for (UserAccount account : accounts) {
            StoredHash hash = StoredHash.parse(account.getPasswordHash());
            assertEquals("PBKDF2WithHmacSHA256", hash.algorithm());
            assertTrue(hash.iterations() >= 600_000, "iterations: " + hash.iterations());
            assertTrue(hash.saltBytes() >= 16, "salt bytes: " + hash.saltBytes());
        }
    }
}
