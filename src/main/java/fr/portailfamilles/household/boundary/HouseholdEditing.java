package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Staff create family files and edit them; every edit is logged, and a concurrent edit is refused, not lost. */
@Stateless
@RolesAllowed("STAFF")
public class HouseholdEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new family file with its first guardian, who is the billed one. */
    public long create(NewHousehold file, String staff) {
        Household household = new Household("Famille " + file.lastName().strip().toUpperCase(java.util.Locale.ROOT),
                file.addressLine(), file.postcode(), file.town(), file.situation(), file.benefitsBody(), FileValues.given(file.allocataireNumber()), clock.now());
        household.setContact(FileValues.given(file.phone()), FileValues.given(file.email()));
        Guardian guardian = household.addGuardian(file.civility(), file.lastName().strip().toUpperCase(java.util.Locale.ROOT),
                file.firstName().strip(), file.relationship());
        guardian.setContact(FileValues.given(file.email()), FileValues.given(file.mobilePhone()));
        if (file.quotient() != null) {
            household.recordQuotient(file.quotient(), clock.today(), file.benefitsBody());
        }
        em.persist(household);
        em.flush();
        em.persist(new ChangeLogEntry(household.getId(), "CREATED", null, household.getName(), staff, clock.now()));
        return household.getId();
    }

    /**
     * @param expectedVersion the version the staff member's form was filled from: if someone saved since,
     *                        the save is refused so that neither edit is silently lost
     */
    public void update(long householdId, long expectedVersion, Map<HouseholdField, String> values, String staff) {
        Household household = em.find(Household.class, householdId);
        if (household == null) {
            throw new ActionRefused("household.unknown");
        }
        if (household.getVersion() != expectedVersion) {
            throw new ActionRefused("household.concurrentEdit");
        }
        Instant now = clock.now();
        values.forEach((field, value) -> {
            String before = field.valueIn(household);
            if (FileValues.differ(before, value)) {
                household.correct(field, value);
                em.persist(new ChangeLogEntry(householdId, field.name(), before, FileValues.given(value), staff, now));
            }
        });
    }

    /** Records the quotient certified by CAF/MSA from a day on, and logs it. */
    public void recordQuotient(long householdId, int amount, LocalDate validFrom, BenefitsBody source, String staff) {
        Household household = em.find(Household.class, householdId);
        if (household == null) {
            throw new ActionRefused("household.unknown");
        }
        if (amount < 0 || amount > 99_999) {
            throw new ActionRefused("household.quotient.range");
        }
        ChangeLogEntry logged = ChangeLogEntry.ofQuotient(household, amount, validFrom, staff, clock.now());
        try {
            household.recordQuotient(amount, validFrom, source);
        } catch (IllegalArgumentException laterExists) {
            throw new ActionRefused("household.quotient.notLatest", ParisTime.day(household.latestQuotientStart().orElse(validFrom)));
        }
        em.lock(household, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(logged);
    }

    /** What staff type to open a family file. */
    public record NewHousehold(String lastName, String firstName, Civility civility, Relationship relationship,
                               String email, String mobilePhone, String addressLine, String postcode, String town,
                               String phone, FamilySituation situation, BenefitsBody benefitsBody,
                               String allocataireNumber, Integer quotient) {
    }
}
