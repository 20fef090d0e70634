package fr.portailfamilles.household;

import fr.portailfamilles.household.boundary.ChildMatch;
import fr.portailfamilles.household.boundary.FamilyMembers;
import fr.portailfamilles.household.boundary.GuardianContact;
import fr.portailfamilles.household.boundary.Guardians;
import fr.portailfamilles.household.boundary.HouseholdChild;
import fr.portailfamilles.household.boundary.HouseholdRow;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.SearchText;
import fr.portailfamilles.testing.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every staff search finds names whatever their accents and capitals, on the database the suite runs on (H2 or
 * PostgreSQL): the household list, the child search of attendance and of attaching a child, the portal access's
 * guardian search. The search columns that the migration filled for the rows already there agree with the ones the
 * entities keep.
 */
@ExtendWith(ArquillianExtension.class)
class SearchAccentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(SearchAccentsIT.class, AsStaff.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    AsStaff asStaff;

    @Inject
    Households households;

    @Inject
    Guardians guardians;

    @Inject
    FamilyMembers familyMembers;

    @Inject
    Clock clock;

    @Test
    void accentsAndCapitalsAreIgnoredByEverySearch() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        long id = household("Famille LÉVÊQUE-" + suffix, "Veigné", "Élodie", "Léa Çœur" + suffix);

        for (String typed : List.of("leveque-" + suffix, "LEVÊQUE-" + suffix, "lea coeur" + suffix, "LÉA", "elodie lev", "Élodie")) {
            List<Long> found = asStaff.call(() -> households.search(typed, 0, 500, "name", false)).stream().map(HouseholdRow::getId).toList();
            assertTrue(found.contains(id), "« " + typed + " » finds the household");
        }
        assertTrue(asStaff.call(() -> households.countMatching("veigne")) >= 1, "the town without its accent");
        assertTrue(asStaff.call(() -> households.search("VEIGNE", 0, 500, "name", false)).stream().anyMatch(r -> r.getId() == id));
        assertTrue(asStaff.call(() -> households.childrenNamed("lea coeur" + suffix, 10)).stream()
                .map(HouseholdChild::getHouseholdId).toList().contains(id), "attendance's child search");
        assertTrue(asStaff.call(() -> familyMembers.findChildren("coeur" + suffix + " lea")).stream()
                .map(ChildMatch::getFullName).anyMatch(name -> name.startsWith("Léa")), "attaching a child: last name first");
        assertTrue(asStaff.call(() -> guardians.matching("elodie", 500)).stream()
                .map(GuardianContact::householdId).toList().contains(id), "portal access's guardian search");
        assertTrue(asStaff.call(() -> guardians.matching("leveque-" + suffix, 5)).stream()
                .map(GuardianContact::householdId).toList().contains(id), "a guardian by the family's name");
        assertEquals(0, asStaff.call(() -> households.countMatching("lea_" + suffix)), "_ is still a character, not a wildcard");
    }

    /** The migration normalises the rows already there in SQL; it must give what the entities give in Java. */
    @Test
    void theMigrationNormalisesLikeTheEntities() throws IOException {
        Matcher letters = Pattern.compile("translate\\([^\\n]*,\\s*'([^']+)',\\s*'([^']+)'\\)").matcher(migration());
        assertTrue(letters.find(), "the migration's translation of accented letters");
        String accented = letters.group(1) + "ŒœÆæß";
        for (int i = 0; i < accented.length(); i++) {
            String letter = accented.substring(i, i + 1);
            String inSql = (String) em.createNativeQuery("select lower(translate(replace(replace(replace(replace(replace(?1,"
                            + " 'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'), 'ß', 'ss'), ?2, ?3))")
                    .setParameter(1, "A" + letter).setParameter(2, letters.group(1)).setParameter(3, letters.group(2))
                    .getSingleResult();
            assertEquals(SearchText.normalise("A" + letter), inSql, letter);
        }
    }

    private static String migration() throws IOException {
        try (InputStream in = SearchAccentsIT.class.getResourceAsStream("/META-INF/db/migration/V20__search_ignores_accents.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long household(String name, String town, String guardianFirstName, String childFirstAndLastName) throws Exception {
        transaction.begin();
        Household household = new Household(name, "2 rue de l’Église", "37250", town, FamilySituation.MARRIED, BenefitsBody.CAF,
                null, clock.now());
        household.addGuardian(Civility.MME, name.replace("Famille ", ""), guardianFirstName, Relationship.MOTHER);
        String[] child = childFirstAndLastName.split(" ");
        household.addChild(new Child(child[1], child[0], LocalDate.of(2018, 3, 14), Sex.F));
        em.persist(household);
        transaction.commit();
        return household.getId();
    }
}
