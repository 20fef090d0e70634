package fr.portailfamilles.household;

import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.ChangeRequestItem;
import fr.portailfamilles.household.entity.ChangeRequestStatus;
import fr.portailfamilles.household.entity.ChildContact;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.GuardianCorrection;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ChildCorrection;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.household.entity.Sex;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeRequestTest {

    private final Household household = new Household("Famille TEST", "1 rue Haute", "37250", "Montbazon",
            FamilySituation.MARRIED, BenefitsBody.CAF, "1234567", Instant.parse("2026-01-05T10:00:00Z"));
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    private ChangeRequest moveTo(String address) {
        return new ChangeRequest(household, "parent@exemple.fr", now, null, List.of(
                new ChangeRequestItem(HouseholdField.ADDRESS_LINE, household.getAddressLine(), address),
                new ChangeRequestItem(HouseholdField.TOWN, household.getTown(), household.getTown())));
    }

    @Test
    void keepsOnlyTheFieldsThatChange() {
        assertEquals(List.of(HouseholdField.ADDRESS_LINE.name()), moveTo("2 rue Basse").getItems().stream().map(ChangeRequestItem::getField).toList());
        assertThrows(IllegalArgumentException.class, () -> moveTo(" 1 rue Haute "));
    }

    @Test
    void acceptingAppliesTheCorrectionsOnce() {
        ChangeRequest request = moveTo("2 rue Basse");
        request.accept("accueil@exemple.fr", now);

        assertEquals("2 rue Basse", household.getAddressLine());
        assertEquals(ChangeRequestStatus.ACCEPTED, request.getStatus());
        assertThrows(IllegalStateException.class, () -> request.refuse("accueil@exemple.fr", "trop tard", now));
    }

    @Test
    void aRequestIsOutdatedOnceTheFileChangedUnderIt() {
        ChangeRequest request = moveTo("2 rue Basse");
        assertTrue(request.isStillApplicable());
        household.correct(HouseholdField.ADDRESS_LINE, "3 rue Neuve");
        assertFalse(request.isStillApplicable());
    }

    @Test
    void refusingKeepsTheReasonAndChangesNothing() {
        ChangeRequest request = moveTo("2 rue Basse");
        request.refuse("accueil@exemple.fr", "Justificatif manquant", now);
        assertEquals("1 rue Haute", household.getAddressLine());
        assertEquals("Justificatif manquant", request.getRefusalReason());
    }

    @Test
    void aChildsCorrectionAppliesToTheChildEvenFromAnEmptyValue() {
        Child child = new Child("TEST", "Léa", LocalDate.of(2018, 5, 14), Sex.F);
        household.addChild(child);
        ChangeRequest request = new ChangeRequest(household, child, "parent@exemple.fr", now, null, List.of(
                new ChangeRequestItem(ChildCorrection.DOCTOR_PHONE, null, "02 47 26 00 00"),
                new ChangeRequestItem(ChildCorrection.PHOTOS, "false", "true")));

        assertTrue(request.isStillApplicable());
        request.accept("accueil@exemple.fr", now);

        assertEquals("02 47 26 00 00", child.getDoctorPhone());
        assertTrue(child.isPhotosAllowed());
        assertEquals("1 rue Haute", household.getAddressLine(), "the household's own file is untouched");
    }

    @Test
    void aGuardiansPhoneChangesOnTheGuardianAndIsOutdatedOnceStaffChangedIt() {
        Guardian guardian = household.addGuardian(Civility.MME, "TEST", "Anne", Relationship.MOTHER);
        guardian.setContact("anne@exemple.fr", "06 11 22 33 44");
        ChangeRequest request = ChangeRequest.ofGuardian(guardian, "parent@exemple.fr", now, null, List.of(
                new ChangeRequestItem(GuardianCorrection.MOBILE_PHONE, "06 11 22 33 44", "07 55 66 77 88")));
        assertEquals("Anne TEST", request.getSubject());

        guardian.setContact("anne@exemple.fr", "06 99 99 99 99");
        assertFalse(request.isStillApplicable());
        guardian.setContact("anne@exemple.fr", "06 11 22 33 44");
        request.accept("accueil@exemple.fr", now);

        assertEquals("07 55 66 77 88", guardian.getMobilePhone());
        assertEquals("anne@exemple.fr", guardian.getEmail());
    }

    @Test
    void aChildsPeopleAreReplacedAsTheParentListedThemWhateverTheirOrder() {
        Child child = new Child("TEST", "Léa", LocalDate.of(2018, 5, 14), Sex.F);
        household.addChild(child);
        child.addContact(ContactKind.EMERGENCY, "Paul VOISIN", "02 47 00 00 01", "Voisin");
        child.addContact(ContactKind.EMERGENCY, "Jeanne DUPUIS", "06 12 34 56 78", null);
        String before = ChildCorrection.EMERGENCY_CONTACTS.valueIn(child);
        assertEquals(before, ContactLine.encode(List.of(new ContactLine("Jeanne DUPUIS", "06 12 34 56 78", " "),
                new ContactLine("Paul VOISIN", "02 47 00 00 01", "Voisin"))), "the same people in another order");

        String after = ContactLine.encode(List.of(new ContactLine("Jeanne DUPUIS", "06 12 34 56 78", "Grand-mère"),
                new ContactLine("Marc\tHOTE", "07 00 00 00 02", "Oncle")));
        ChangeRequestItem item = new ChangeRequestItem(ChildCorrection.EMERGENCY_CONTACTS, before, after);
        assertEquals("Jeanne DUPUIS (06 12 34 56 78, Grand-mère); Marc HOTE (07 00 00 00 02, Oncle)", item.getNewText());
        ChangeRequest request = new ChangeRequest(household, child, "parent@exemple.fr", now, null, List.of(item));
        request.accept("accueil@exemple.fr", now);

        assertEquals(List.of("Jeanne DUPUIS", "Marc HOTE"), child.getEmergencyContacts().stream().map(ChildContact::getFullName).toList());
        assertEquals("Grand-mère", child.getEmergencyContacts().get(0).getRelationship());
        assertTrue(child.getPickups().isEmpty());
    }
}
