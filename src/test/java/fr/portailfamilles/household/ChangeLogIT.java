package fr.portailfamilles.household;

import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.boundary.FamilyMembers;
import fr.portailfamilles.household.boundary.FamilyMembers.ChildDetails;
import fr.portailfamilles.household.boundary.FamilyMembers.GuardianDetails;
import fr.portailfamilles.household.boundary.HouseholdEditing;
import fr.portailfamilles.household.boundary.HouseholdEditing.NewHousehold;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change log in the container: every change to a household, its guardians and its children is recorded
 * with who, old and new value and whom it concerns; a shared child's change in both households; a refused
 * (stale) save records nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeLogIT {

    private static final String STAFF = "accueil@exemple.fr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(ChangeLogIT.class, AsStaff.class);
    }

    @Inject
    AsStaff asStaff;

    @Inject
    HouseholdEditing editing;

    @Inject
    FamilyMembers members;

    @Inject
    ChangeRequests changeRequests;

    @PersistenceContext
    EntityManager em;

    @Test
    void everyChangeIsLoggedWithWhoBeforeAfterAndWhom() throws Exception {
        long mother = asStaff.call(() -> editing.create(newHousehold("Journal", "Inès"), STAFF));
        long father = asStaff.call(() -> editing.create(newHousehold("Registre", "Marc"), STAFF));
        long version = em.find(Household.class, mother).getVersion();

        asStaff.call(() -> {
            editing.update(mother, version, Map.of(HouseholdField.PHONE, "02 47 10 20 30"), STAFF);
            return null;
        });
        assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            editing.update(mother, version, Map.of(HouseholdField.PHONE, "02 47 99 99 99"), "collegue@exemple.fr");
            return null;
        }), "a save made from the same, now stale, version");

        asStaff.call(() -> members.saveGuardian(mother, null, 0, new GuardianDetails(Civility.M, "Journal",
                "Paul", Relationship.STEP_PARENT, "paul.journal@exemple.fr", "06 22 33 44 55", null, null, null, null, null,
                true), STAFF));
        long lou = asStaff.call(() -> members.saveChild(mother, null, 0, child("École Nord"), STAFF));
        asStaff.call(() -> {
            members.attachChild(father, lou, STAFF);
            return null;
        });
        long childVersion = em.createQuery("select c.version from Child c where c.id = :id", Long.class)
                .setParameter("id", lou).getSingleResult();
        asStaff.call(() -> members.saveChild(mother, lou, childVersion, child("École Sud"), STAFF));

        List<ChangeLogEntry> log = asStaff.call(() -> changeRequests.logOf(mother));
        assertLogged(log, null, "CREATED", null, "Famille JOURNAL");
        assertLogged(log, null, "PHONE", null, "02 47 10 20 30");
        assertTrue(log.stream().noneMatch(e -> "collegue@exemple.fr".equals(e.getChangedBy())), "the refused save left no trace");
        assertLogged(log, "Paul JOURNAL", "GUARDIAN_ADDED", null, "Paul JOURNAL");
        assertLogged(log, "Inès JOURNAL", "GUARDIAN_BILLED", "true", "false");
        assertLogged(log, "Lou JOURNAL", "CHILD_ADDED", null, "Lou JOURNAL");
        assertLogged(log, "Lou JOURNAL", "CHILD_SCHOOL", "École Nord", "École Sud");

        List<ChangeLogEntry> fathersLog = asStaff.call(() -> changeRequests.logOf(father));
        assertLogged(fathersLog, "Lou JOURNAL", "CHILD_ATTACHED", null, "Lou JOURNAL");
        assertLogged(fathersLog, "Lou JOURNAL", "CHILD_SCHOOL", "École Nord", "École Sud");
    }

    private static void assertLogged(List<ChangeLogEntry> log, String subject, String field, String before, String after) {
        assertTrue(log.stream().anyMatch(e -> Objects.equals(subject, e.getSubject()) && field.equals(e.getField())
                        && Objects.equals(before, e.getOldValue()) && Objects.equals(after, e.getNewValue())
                        && STAFF.equals(e.getChangedBy())),
                () -> field + " " + before + " → " + after + " for " + subject + " is not in " + log.stream()
                        .map(e -> e.getSubject() + "/" + e.getField() + "/" + e.getOldValue() + "/" + e.getNewValue()).toList());
    }

    private static NewHousehold newHousehold(String lastName, String firstName) {
        return new NewHousehold(lastName, firstName, Civility.MME, Relationship.MOTHER, null, "06 11 22 33 44",
                "5 rue du Registre", "37250", "Montbazon", null, FamilySituation.SEPARATED, BenefitsBody.CAF, null, null);
    }

    private static ChildDetails child(String school) {
        return new ChildDetails("Journal", "Lou", LocalDate.of(2019, 3, 2), Sex.F, school, "MS", null, null, null, null,
                true, false, List.of(), List.of());
    }
}
