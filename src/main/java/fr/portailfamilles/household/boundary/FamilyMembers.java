package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ChildField;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.GuardianField;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.lifecycle.GuardianLogins;
import fr.portailfamilles.platform.control.SearchText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Staff add, edit and remove a household's guardians and children, and attach a child of separated parents
 * to the second household. Every change is logged, in every household the child belongs to; a form filled
 * from an older version is refused rather than overwriting someone else's save.
 */
@Stateless
@RolesAllowed("STAFF")
public class FamilyMembers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GuardianLogins logins;

    /**
     * @param expectedVersion of the guardian the form was filled from; ignored for a new one. Making this
     *                        guardian the billed one changes the previous one too: both are logged.
     */
    public long saveGuardian(long householdId, Long guardianId, long expectedVersion, GuardianDetails details, String staff) {
        Household household = household(householdId);
        Map<Guardian, Map<GuardianField, String>> before = new IdentityHashMap<>();
        household.getGuardians().forEach(g -> before.put(g, GuardianField.snapshot(g)));
        Guardian guardian;
        if (guardianId == null) {
            guardian = household.addGuardian(details.civility(), name(details.lastName()), details.firstName().strip(),
                    details.relationship());
        } else {
            guardian = guardianOf(household, guardianId);
            if (guardian.getVersion() != expectedVersion) {
                throw new ActionRefused("household.concurrentEdit");
            }
            GuardianEmails.requireNotLogin(logins, guardian, details.email());
            guardian.rename(details.civility(), name(details.lastName()), details.firstName().strip(), details.relationship());
        }
        GuardianEmails.requireFree(em, guardian, details.email());
        guardian.setContact(FileValues.given(details.email()), FileValues.given(details.mobilePhone()));
        guardian.setOtherPhones(FileValues.given(details.homePhone()), FileValues.given(details.workPhone()));
        guardian.livesAt(FileValues.given(details.addressLine()), FileValues.given(details.postcode()), FileValues.given(details.town()));
        if (details.billed()) {
            household.billTo(guardian);
        }
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        Instant now = clock.now();
        if (guardianId == null) {
            em.persist(ChangeLogEntry.about(guardian.getFullName(), householdId, "GUARDIAN_ADDED", null, guardian.getFullName(), staff, now));
        }
        before.forEach((g, old) -> logDifferences("GUARDIAN_", g.getFullName(), List.of(householdId), old,
                GuardianField.snapshot(g), staff, now));
        return guardian.getId();
    }

    /** A guardian leaves the household's file; the billed one, the last one, or one with a portal account stays. */
    public void removeGuardian(long householdId, long guardianId, String staff) {
        Household household = household(householdId);
        Guardian guardian = guardianOf(household, guardianId);
        if (household.getGuardians().size() == 1) {
            throw new ActionRefused("member.guardian.last");
        }
        if (guardian.isBilled()) {
            throw new ActionRefused("member.guardian.billed");
        }
        if (logins.hasLogin(guardian.getId())) {
            throw new ActionRefused("member.guardian.hasAccount");
        }
        releaseRequestsAbout(guardian);
        household.removeGuardian(guardian);
        em.remove(guardian);
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(ChangeLogEntry.about(guardian.getFullName(), householdId, "GUARDIAN_REMOVED", guardian.getFullName(), null,
                staff, clock.now()));
    }

    /** @param expectedVersion of the child the form was filled from; ignored for a new one */
    public long saveChild(long householdId, Long childId, long expectedVersion, ChildDetails details, String staff) {
        Household household = household(householdId);
        if (details.birthDate().isAfter(clock.today())) {
            throw new ActionRefused("member.child.bornInFuture");
        }
        Child child;
        Map<ChildField, String> before;
        if (childId == null) {
            child = new Child(name(details.lastName()), details.firstName().strip(), details.birthDate(), details.sex());
            household.addChild(child);
            before = null;
        } else {
            child = childOf(household, childId);
            if (child.getVersion() != expectedVersion) {
                throw new ActionRefused("household.concurrentEdit");
            }
            before = ChildField.snapshot(child);
            child.rename(name(details.lastName()), details.firstName().strip(), details.birthDate(), details.sex());
        }
        child.attendSchool(FileValues.given(details.school()), FileValues.given(details.schoolClass()));
        child.recordHealth(FileValues.given(details.allergies()), FileValues.given(details.paiDetails()),
                FileValues.given(details.doctorName()), FileValues.given(details.doctorPhone()));
        child.authorise(details.photosAllowed(), details.mayLeaveAlone());
        child.replaceContacts(ContactKind.PICKUP, details.pickups());
        child.replaceContacts(ContactKind.EMERGENCY, details.emergencyContacts());
        em.persist(child);
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        Instant now = clock.now();
        if (before == null) {
            em.persist(ChangeLogEntry.about(child.getFullName(), householdId, "CHILD_ADDED", null, child.getFullName(), staff, now));
        } else {
            logDifferences("CHILD_", child.getFullName(), householdsOf(child), before, ChildField.snapshot(child), staff, now);
        }
        return child.getId();
    }

    /** The child leaves this household's file; a child who belongs to no household any more is deleted. */
    public void detachChild(long householdId, long childId, String staff) {
        Household household = household(householdId);
        Child child = childOf(household, childId);
        household.removeChild(child);
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        if (householdsOf(child).isEmpty() && !mentionedByRequests(child)) {
            em.remove(child);
        }
        em.persist(ChangeLogEntry.about(child.getFullName(), householdId, "CHILD_REMOVED", child.getFullName(), null,
                staff, clock.now()));
    }

    /** Separated parents: the child already in another household's file joins this one too. */
    public void attachChild(long householdId, long childId, String staff) {
        Household household = household(householdId);
        Child child = em.find(Child.class, childId);
        if (child == null) {
            throw new ActionRefused("member.child.unknown");
        }
        if (household.getChildren().contains(child)) {
            throw new ActionRefused("member.child.alreadyThere");
        }
        household.addChild(child);
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(ChangeLogEntry.about(child.getFullName(), householdId, "CHILD_ATTACHED", null, child.getFullName(),
                staff, clock.now()));
    }

    /** Children matching a name, with the households they belong to, to attach one to a second household. */
    public List<ChildMatch> findChildren(String text) {
        return em.createQuery("select c from Child c where c.searchText like :p" + SearchText.LIKE_ESCAPE
                        + " order by c.lastName, c.firstName, c.id", Child.class)
                .setParameter("p", SearchText.containsPattern(text))
                .setMaxResults(50)
                .getResultStream()
                .map(child -> new ChildMatch(child, em.createQuery(
                                "select h.name from Household h join h.children c where c.id = :id order by h.name", String.class)
                        .setParameter("id", child.getId()).getResultList()))
                .toList();
    }

    private <F extends Enum<F>> void logDifferences(String prefix, String subject, List<Long> householdIds,
                                                    Map<F, String> before, Map<F, String> after, String staff, Instant now) {
        before.forEach((field, old) -> {
            String updated = after.get(field);
            if (FileValues.differ(old, updated)) {
                householdIds.forEach(id -> em.persist(ChangeLogEntry.about(subject, id, prefix + field.name(), old,
                        FileValues.given(updated), staff, now)));
            }
        });
    }

    private List<Long> householdsOf(Child child) {
        return em.createNamedQuery(Household.IDS_OF_CHILD, Long.class).setParameter("childId", child.getId()).getResultList();
    }

    /**
     * A request still waiting about this guardian is answered first; the answered ones stay in the family's
     * history without naming the guardian who leaves the file.
     */
    private void releaseRequestsAbout(Guardian guardian) {
        boolean pending = em.createQuery("select count(r) from ChangeRequest r where r.guardian = :guardian and r.status = "
                        + "fr.portailfamilles.household.entity.ChangeRequestStatus.PENDING", Long.class)
                .setParameter("guardian", guardian).getSingleResult() > 0;
        if (pending) {
            throw new ActionRefused("member.guardian.pendingRequest");
        }
        em.createQuery("update ChangeRequest r set r.guardian = null where r.guardian = :guardian")
                .setParameter("guardian", guardian).executeUpdate();
    }

    /** The requests a family made about a child stay in its history, and so does the child they name. */
    private boolean mentionedByRequests(Child child) {
        return em.createQuery("select count(r) from ChangeRequest r where r.child = :child", Long.class)
                .setParameter("child", child).getSingleResult() > 0;
    }

    private Household household(long householdId) {
        Household household = em.find(Household.class, householdId);
        if (household == null) {
            throw new ActionRefused("household.unknown");
        }
        return household;
    }

    private static Guardian guardianOf(Household household, long guardianId) {
        return household.getGuardians().stream().filter(g -> g.getId() == guardianId).findFirst()
                .orElseThrow(() -> new ActionRefused("member.guardian.unknown"));
    }

    private static Child childOf(Household household, long childId) {
        return household.getChildren().stream().filter(c -> c.getId() == childId).findFirst()
                .orElseThrow(() -> new ActionRefused("member.child.unknown"));
    }

    private static String name(String lastName) {
        return lastName.strip().toUpperCase(Locale.ROOT);
    }

    /** What staff type for a guardian. */
    public record GuardianDetails(Civility civility, String lastName, String firstName, Relationship relationship,
                                  String email, String mobilePhone, String homePhone, String workPhone,
                                  String addressLine, String postcode, String town, boolean billed) {
    }

    /** What staff type for a child. */
    public record ChildDetails(String lastName, String firstName, LocalDate birthDate, Sex sex, String school,
                               String schoolClass, String allergies, String paiDetails, String doctorName,
                               String doctorPhone, boolean photosAllowed, boolean mayLeaveAlone,
                               List<ContactLine> pickups, List<ContactLine> emergencyContacts) {
    }

}
