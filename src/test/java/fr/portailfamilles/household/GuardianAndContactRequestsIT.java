package fr.portailfamilles.household;

import fr.portailfamilles.booking.AsParent;
import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.boundary.FamilyMembers;
import fr.portailfamilles.household.boundary.FamilyMembers.ChildDetails;
import fr.portailfamilles.household.boundary.FamilyMembers.GuardianDetails;
import fr.portailfamilles.household.boundary.HouseholdEditing;
import fr.portailfamilles.household.boundary.HouseholdEditing.NewHousehold;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.GuardianCorrection;
import fr.portailfamilles.household.entity.Household;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: a parent asks for a guardian's new mobile phone and a new emergency contact for a child; staff
 * accept both, the file holds them and the change log records them. A parent's request about another family's
 * guardian or child, or with a phone number that is not one, is refused with nothing saved. A guardian leaves the
 * file only once the request about them is answered.
 */
@ExtendWith(ArquillianExtension.class)
class GuardianAndContactRequestsIT {

    private static final String STAFF = "accueil@exemple.fr";
    private static final String PARENT = "parent.contacts@exemple.fr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(GuardianAndContactRequestsIT.class, AsStaff.class, AsParent.class);
    }

    @Inject
    AsStaff asStaff;

    @Inject
    AsParent asParent;

    @Inject
    HouseholdEditing editing;

    @Inject
    FamilyMembers members;

    @Inject
    ChangeRequests changeRequests;

    @PersistenceContext
    EntityManager em;

    @Test
    void staffAcceptAGuardiansNewPhoneAndAChildsNewEmergencyContact() throws Exception {
        long household = asStaff.call(() -> editing.create(newHousehold("Contacts", "Inès"), STAFF));
        long guardian = guardianOf(household);
        long child = asStaff.call(() -> members.saveChild(household, null, 0, child(), STAFF));

        asParent.call(() -> {
            changeRequests.submitForGuardian(household, guardian, PARENT,
                    Map.of(GuardianCorrection.MOBILE_PHONE, "07 55 66 77 88", GuardianCorrection.EMAIL, "ines.contacts@exemple.fr"),
                    "Nouveau portable");
            changeRequests.submitForChild(household, child, PARENT, Map.of(), Map.of(ContactKind.EMERGENCY, List.of(
                    new ContactLine("Jeanne DUPUIS", "06 12 34 56 78", "Grand-mère"),
                    new ContactLine("Marc HOTE", "02 47 00 00 02", "Oncle"))), null);
            return null;
        });

        List<ChangeRequest> pending = asStaff.call(() -> changeRequests.pendingFor(household));
        assertEquals(2, pending.size());
        ChangeRequest aboutGuardian = pending.stream().filter(r -> r.getGuardian() != null).findFirst().orElseThrow();
        assertEquals("Inès CONTACTS", aboutGuardian.getSubject());
        ChangeRequest aboutChild = pending.stream().filter(r -> r.getChild() != null).findFirst().orElseThrow();
        assertEquals("Jeanne DUPUIS (06 12 34 56 78, Grand-mère)", aboutChild.getItems().get(0).getOldText(),
                "staff see who was listed before");
        for (ChangeRequest request : pending) {
            asStaff.call(() -> {
                changeRequests.accept(request.getId(), STAFF);
                return null;
            });
        }

        Guardian inFile = em.find(Guardian.class, guardian);
        assertEquals("07 55 66 77 88", inFile.getMobilePhone());
        assertEquals("ines.contacts@exemple.fr", inFile.getEmail());
        assertEquals(List.of("Jeanne DUPUIS", "Marc HOTE"), people(child, ContactKind.EMERGENCY));
        assertEquals(List.of("Paul VOISIN"), people(child, ContactKind.PICKUP), "the people who may collect the child are untouched");

        List<ChangeLogEntry> log = asStaff.call(() -> changeRequests.logOf(household));
        assertLogged(log, "Inès CONTACTS", "GUARDIAN_MOBILE_PHONE", "06 11 22 33 44", "07 55 66 77 88");
        assertLogged(log, "Inès CONTACTS", "GUARDIAN_EMAIL", null, "ines.contacts@exemple.fr");
        assertLogged(log, "Lou CONTACTS", "CHILD_EMERGENCY_CONTACTS", "Jeanne DUPUIS (06 12 34 56 78, Grand-mère)",
                "Jeanne DUPUIS (06 12 34 56 78, Grand-mère); Marc HOTE (02 47 00 00 02, Oncle)");
    }

    @Test
    void aParentsRequestAboutAnotherFamilyOrWithABadPhoneIsRefusedWithNothingSaved() throws Exception {
        long own = asStaff.call(() -> editing.create(newHousehold("Voisins", "Anne"), STAFF));
        long other = asStaff.call(() -> editing.create(newHousehold("Autres", "Luc"), STAFF));
        long ownGuardian = guardianOf(own);
        long ownChild = asStaff.call(() -> members.saveChild(own, null, 0, child(), STAFF));
        long othersGuardian = guardianOf(other);
        long othersChild = asStaff.call(() -> members.saveChild(other, null, 0, child(), STAFF));

        refused("member.guardian.unknown", () -> changeRequests.submitForGuardian(own, othersGuardian, PARENT,
                Map.of(GuardianCorrection.MOBILE_PHONE, "07 00 00 00 01"), null));
        refused("member.child.unknown", () -> changeRequests.submitForChild(own, othersChild, PARENT, Map.of(),
                Map.of(ContactKind.PICKUP, List.of(new ContactLine("Inconnu TIERS", "07 00 00 00 01", null))), null));
        refused("changes.phone.invalid", () -> changeRequests.submitForGuardian(own, ownGuardian, PARENT,
                Map.of(GuardianCorrection.HOME_PHONE, "02 47 10 20 30", GuardianCorrection.WORK_PHONE, "12"), null));
        refused("changes.phone.invalid", () -> changeRequests.submitForChild(own, ownChild, PARENT, Map.of(),
                Map.of(ContactKind.EMERGENCY, List.of(new ContactLine("Marc HOTE", "12 34", "Oncle"))), null));
        refused("changes.contact.name", () -> changeRequests.submitForChild(own, ownChild, PARENT, Map.of(),
                Map.of(ContactKind.PICKUP, List.of(new ContactLine(" ", "06 00 00 00 03", null))), null));
        refused("changes.email.invalid", () -> changeRequests.submitForGuardian(own, ownGuardian, PARENT,
                Map.of(GuardianCorrection.EMAIL, "anne.voisins@"), null));

        assertTrue(asStaff.call(() -> changeRequests.pendingFor(own)).isEmpty(), "nothing is saved");
        assertTrue(asStaff.call(() -> changeRequests.pendingFor(other)).isEmpty(), "nothing reaches the other family");
        assertEquals("06 11 22 33 44", em.find(Guardian.class, othersGuardian).getMobilePhone());
        assertEquals(List.of("Paul VOISIN"), people(othersChild, ContactKind.PICKUP));
    }

    @Test
    void aGuardianLeavesTheFileOnceTheRequestAboutThemIsAnswered() throws Exception {
        long household = asStaff.call(() -> editing.create(newHousehold("Départ", "Sarah"), STAFF));
        long leaving = asStaff.call(() -> members.saveGuardian(household, null, 0, new GuardianDetails(Civility.M, "Départ",
                "Tom", Relationship.FATHER, null, "06 22 33 44 55", null, null, null, null, null, false), STAFF));
        asParent.call(() -> {
            changeRequests.submitForGuardian(household, leaving, PARENT, Map.of(GuardianCorrection.WORK_PHONE, "02 47 10 20 30"), null);
            return null;
        });
        ActionRefused waiting = assertThrows(ActionRefused.class, () -> asStaff.call(() -> {
            members.removeGuardian(household, leaving, STAFF);
            return null;
        }));
        assertEquals("member.guardian.pendingRequest", waiting.messageKey());

        long request = asStaff.call(() -> changeRequests.pendingFor(household)).get(0).getId();
        asStaff.call(() -> {
            changeRequests.refuse(request, STAFF, "Tom quitte la famille");
            members.removeGuardian(household, leaving, STAFF);
            return null;
        });
        ChangeRequest answered = em.find(ChangeRequest.class, request);
        assertNull(answered.getGuardian(), "the answered request stays in the family's history");
        assertEquals("02 47 10 20 30", answered.getItems().get(0).getNewValue());
        assertNull(em.find(Guardian.class, leaving));
    }

    private void refused(String key, Runnable asked) {
        ActionRefused refusal = assertThrows(ActionRefused.class, () -> asParent.call(() -> {
            asked.run();
            return null;
        }));
        assertEquals(key, refusal.messageKey());
    }

    private List<String> people(long child, ContactKind kind) {
        return em.createQuery("select c.fullName from ChildContact c where c.child.id = :id and c.kind = :kind order by c.fullName",
                String.class).setParameter("id", child).setParameter("kind", kind).getResultList();
    }

    private long guardianOf(long household) {
        return em.createQuery("select g.id from Guardian g where g.household.id = :id", Long.class)
                .setParameter("id", household).getSingleResult();
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
                "5 rue du Registre", "37250", "Montbazon", null, FamilySituation.MARRIED, BenefitsBody.CAF, null, null);
    }

    private static ChildDetails child() {
        return new ChildDetails("Contacts", "Lou", LocalDate.of(2019, 3, 2), Sex.F, null, null, null, null, null, null,
                true, false, List.of(new ContactLine("Paul VOISIN", "02 47 00 00 01", "Voisin")),
                List.of(new ContactLine("Jeanne DUPUIS", "06 12 34 56 78", "Grand-mère")));
    }
}
