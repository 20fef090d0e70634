package fr.portailfamilles.household;

import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.testing.Deployments;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's separated parents: one child, two households, each with its own guardian. */
@ExtendWith(ArquillianExtension.class)
class SeparatedParentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(SeparatedParentsIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Test
    void aChildOfSeparatedParentsBelongsToBothHouseholdsWhichShareNothingElse() {
        Household mother = household("Famille FOURNIER");
        Household father = household("Famille MOREL");

        List<Long> fathersChildren = father.getChildren().stream().map(Child::getId).toList();
        List<Long> shared = mother.getChildren().stream().map(Child::getId).filter(fathersChildren::contains).toList();
        assertEquals(1, shared.size());
        assertTrue(Collections.disjoint(ids(mother), ids(father)), "each household has its own guardians");
        assertEquals(1, mother.getGuardians().size());
        assertEquals(1, father.getGuardians().size());
        assertFalse(mother.billedGuardian().orElseThrow().getId().equals(father.billedGuardian().orElseThrow().getId()),
                "each household is billed on its own");
    }

    private static List<Long> ids(Household household) {
        return household.getGuardians().stream().map(g -> g.getId()).toList();
    }

    private Household household(String name) {
        return em.createQuery("select h from Household h where h.name = :name", Household.class)
                .setParameter("name", name).getSingleResult();
    }
}
