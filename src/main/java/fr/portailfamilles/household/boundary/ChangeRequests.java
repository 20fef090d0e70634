package fr.portailfamilles.household.boundary;

import fr.portailfamilles.document.boundary.Documents;
import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.document.entity.DocumentKind;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.ChangeRequestItem;
import fr.portailfamilles.household.entity.ChangeRequestStatus;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ChildCorrection;
import fr.portailfamilles.household.entity.ContactKind;
import fr.portailfamilles.household.entity.ContactLine;
import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.GuardianCorrection;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.lifecycle.GuardianLogins;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Corrections proposed by parents ("Signaler une modification") and the staff's answers. */
@Stateless
public class ChangeRequests {

    /** CAF attestations are issued for the current month or the next ones, not years ahead. */
    private static final int MONTHS_AHEAD = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    Clock clock;

    @Inject
    GuardianLogins logins;

    /**
     * Records the corrections of the file and, when given, the new quotient with its proof, as two requests
     * staff answer one by one. All or nothing: a proof that is refused keeps the corrections unsaved too.
     *
     * @param householdId the caller's own household, taken from their account
     * @param quotient    null when the parent proposes no new quotient
     */
    @RolesAllowed("PARENT")
    public void submit(long householdId, String requestedBy, Map<HouseholdField, String> proposed, String comment,
                       QuotientProposal quotient) {
        Household household = em.find(Household.class, householdId);
        Instant now = clock.now();
        List<ChangeRequestItem> items = proposed.entrySet().stream()
                .map(e -> new ChangeRequestItem(e.getKey(), e.getKey().valueIn(household), e.getValue()))
                .filter(ChangeRequestItem::changesSomething)
                .toList();
        if (items.isEmpty() && quotient == null) {
            throw new ActionRefused("changes.nothingChanged");
        }
        if (!items.isEmpty()) {
            em.persist(new ChangeRequest(household, requestedBy, now, comment, items));
        }
        if (quotient != null) {
            checkQuotient(household, quotient);
            Document proof = documents.store(householdId, DocumentKind.QUOTIENT_PROOF, quotient.fileName(),
                    quotient.proof(), requestedBy);
            em.persist(ChangeRequest.ofQuotient(household, requestedBy, now, comment, quotient.amount(),
                    quotient.validFrom(), proof));
        }
    }

    /**
     * Corrections of a child's file (school, health, authorisations), answered by staff like the household's.
     *
     * @param householdId the caller's own household, taken from their account: the child must be one of its own
     * @param contacts    the people who may collect the child and those to call in an emergency: each list given is
     *                    the whole new list of its kind (a person added, changed or removed); a kind left out stays
     */
    @RolesAllowed("PARENT")
    public void submitForChild(long householdId, long childId, String requestedBy, Map<ChildCorrection, String> proposed,
                               Map<ContactKind, List<ContactLine>> contacts, String comment) {
        Household household = em.find(Household.class, householdId);
        Child child = household.getChildren().stream().filter(c -> c.getId() == childId).findFirst()
                .orElseThrow(() -> new ActionRefused("member.child.unknown"));
        Map<ChildCorrection, String> all = new EnumMap<>(ChildCorrection.class);
        all.putAll(proposed);
        contacts.forEach((kind, lines) -> {
            lines.forEach(ChangeRequests::checkContact);
            String listed = ContactLine.encode(lines);
            if (listed != null && listed.length() > ChangeRequestItem.VALUE_LENGTH) {
                throw new ActionRefused("changes.contacts.tooMany");
            }
            all.put(kind == ContactKind.PICKUP ? ChildCorrection.PICKUPS : ChildCorrection.EMERGENCY_CONTACTS, listed);
        });
        List<ChangeRequestItem> items = all.entrySet().stream()
                .map(e -> new ChangeRequestItem(e.getKey(), e.getKey().valueIn(child), e.getValue()))
                .filter(ChangeRequestItem::changesSomething)
                .toList();
        if (items.isEmpty()) {
            throw new ActionRefused("changes.nothingChanged");
        }
        em.persist(new ChangeRequest(household, child, requestedBy, clock.now(), comment, items));
    }

    /**
     * Corrections of a guardian's phone numbers and contact e-mail, answered by staff like the household's.
     *
     * @param householdId the caller's own household, taken from their account: the guardian must be one of its own
     */
    @RolesAllowed("PARENT")
    public void submitForGuardian(long householdId, long guardianId, String requestedBy,
                                  Map<GuardianCorrection, String> proposed, String comment) {
        Household household = em.find(Household.class, householdId);
        Guardian guardian = household.getGuardians().stream().filter(g -> g.getId() == guardianId).findFirst()
                .orElseThrow(() -> new ActionRefused("member.guardian.unknown"));
        proposed.forEach((field, value) -> checkGuardianValue(guardian, field, value));
        List<ChangeRequestItem> items = proposed.entrySet().stream()
                .map(e -> new ChangeRequestItem(e.getKey(), e.getKey().valueIn(guardian), FileValues.given(e.getValue())))
                .filter(ChangeRequestItem::changesSomething)
                .toList();
        if (items.isEmpty()) {
            throw new ActionRefused("changes.nothingChanged");
        }
        em.persist(ChangeRequest.ofGuardian(guardian, requestedBy, clock.now(), comment, items));
    }

    /** A guardian who logs in has their login as e-mail: the page shows it rather than offering to change it. */
    @RolesAllowed("PARENT")
    public boolean emailIsLogin(long householdId, long guardianId) {
        return em.find(Household.class, householdId).getGuardians().stream().anyMatch(g -> g.getId() == guardianId)
                && logins.hasLogin(guardianId);
    }

    /** The page checks the same at each field: this refuses what a forged form would send. */
    private void checkGuardianValue(Guardian guardian, GuardianCorrection field, String value) {
        String given = FileValues.given(value);
        if (given == null) {
            return;
        }
        if (field.isPhone() && !given.matches(FileValues.PHONE)) {
            throw new ActionRefused("changes.phone.invalid");
        }
        if (field == GuardianCorrection.EMAIL) {
            if (given.length() > FileValues.EMAIL_LENGTH || !given.matches(FileValues.EMAIL)) {
                throw new ActionRefused("changes.email.invalid");
            }
            GuardianEmails.requireNotLogin(logins, guardian, given);
            GuardianEmails.requireFree(em, guardian, given);
        }
    }

    private static void checkContact(ContactLine line) {
        if (FileValues.given(line.fullName()) == null) {
            throw new ActionRefused("changes.contact.name");
        }
        if (line.fullName().length() > FileValues.CONTACT_NAME_LENGTH) {
            throw new ActionRefused("changes.contact.nameTooLong");
        }
        if (line.phone() == null || !line.phone().matches(FileValues.PHONE)) {
            throw new ActionRefused("changes.phone.invalid");
        }
        if (line.relationship() != null && line.relationship().length() > FileValues.RELATIONSHIP_LENGTH) {
            throw new ActionRefused("changes.contact.relationship");
        }
    }

    private void checkQuotient(Household household, QuotientProposal quotient) {
        if (quotient.amount() < 0 || quotient.amount() > 99_999) {
            throw new ActionRefused("household.quotient.range");
        }
        LocalDate today = clock.today();
        if (quotient.validFrom().isAfter(today.plusMonths(MONTHS_AHEAD))) {
            throw new ActionRefused("changes.quotient.tooFar");
        }
        household.latestQuotientStart()
                .filter(latest -> !latest.isBefore(quotient.validFrom()))
                .ifPresent(latest -> {
                    throw new ActionRefused("household.quotient.notLatest", ParisTime.day(latest));
                });
    }

    @RolesAllowed("PARENT")
    public List<ChangeRequest> forHousehold(long householdId) {
        return em.createNamedQuery(ChangeRequest.FIND_FOR_HOUSEHOLD, ChangeRequest.class)
                .setParameter("householdId", householdId).getResultList();
    }

    /** A household's requests still waiting for an answer, for its page. */
    @RolesAllowed("STAFF")
    public List<ChangeRequest> pendingFor(long householdId) {
        return em.createNamedQuery(ChangeRequest.FIND_FOR_HOUSEHOLD, ChangeRequest.class)
                .setParameter("householdId", householdId).getResultStream()
                .filter(r -> r.getStatus() == ChangeRequestStatus.PENDING).toList();
    }

    @RolesAllowed("STAFF")
    public long pendingCount() {
        return em.createQuery("select count(r) from ChangeRequest r where r.status = :pending", Long.class)
                .setParameter("pending", ChangeRequestStatus.PENDING).getSingleResult();
    }

    @RolesAllowed("STAFF")
    public List<ChangeRequest> pending() {
        return em.createNamedQuery(ChangeRequest.FIND_PENDING, ChangeRequest.class).getResultList();
    }

    /** Applies the corrections and logs each one. Refused if the file changed since the parent asked. */
    @RolesAllowed("STAFF")
    public void accept(long requestId, String staff) {
        ChangeRequest request = pendingRequest(requestId);
        em.lock(request.getHousehold(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (!request.isStillApplicable()) {
            throw new ActionRefused("changes.outdated");
        }
        Instant now = clock.now();
        if (request.isQuotient()) {
            em.persist(ChangeLogEntry.ofQuotient(request.getHousehold(), request.getQuotientAmount(),
                    request.getQuotientValidFrom(), staff, now));
        }
        Guardian guardian = request.getGuardian();
        if (guardian != null) {
            request.getItems().stream().filter(i -> i.getField().equals(GuardianCorrection.EMAIL.code()))
                    .forEach(i -> {
                        GuardianEmails.requireNotLogin(logins, guardian, i.getNewValue());
                        GuardianEmails.requireFree(em, guardian, i.getNewValue());
                    });
        }
        request.accept(staff, now);
        Child child = request.getChild();
        List<Long> households = child == null ? List.of(request.getHousehold().getId())
                : em.createNamedQuery(Household.IDS_OF_CHILD, Long.class).setParameter("childId", child.getId()).getResultList();
        String subject = request.getSubject();
        for (ChangeRequestItem item : request.getItems()) {
            households.forEach(id -> em.persist(subject == null
                    ? new ChangeLogEntry(id, item.getField(), item.getOldText(), item.getNewText(), staff, now)
                    : ChangeLogEntry.about(subject, id, item.getField(), item.getOldText(), item.getNewText(), staff, now)));
        }
    }

    @RolesAllowed("STAFF")
    public void refuse(long requestId, String staff, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ActionRefused("changes.reasonRequired");
        }
        pendingRequest(requestId).refuse(staff, reason.strip(), clock.now());
    }

    @RolesAllowed("STAFF")
    public List<ChangeLogEntry> logOf(long householdId) {
        return em.createNamedQuery(ChangeLogEntry.FIND_FOR_HOUSEHOLD, ChangeLogEntry.class)
                .setParameter("householdId", householdId).getResultList();
    }

    private ChangeRequest pendingRequest(long requestId) {
        ChangeRequest request = em.find(ChangeRequest.class, requestId);
        if (request == null || request.getStatus() != ChangeRequestStatus.PENDING) {
            throw new ActionRefused("changes.alreadyAnswered");
        }
        return request;
    }

    /** A new quotient a parent declares, with the attestation as sent (checked here, by its bytes). */
    public record QuotientProposal(int amount, LocalDate validFrom, String fileName, byte[] proof) {
    }
}
