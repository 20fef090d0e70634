package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.ChangeRequestItem;
import fr.portailfamilles.household.entity.ChangeRequestStatus;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Corrections proposed by parents ("Signaler une modification") and the staff's answers. */
@Stateless
public class ChangeRequests {

    @PersistenceContext
    EntityManager em;

    /** @param householdId the caller's own household, taken from their account */
    @RolesAllowed("PARENT")
    public void submit(long householdId, String requestedBy, Map<HouseholdField, String> proposed, String comment) {
        Household household = em.find(Household.class, householdId);
        List<ChangeRequestItem> items = proposed.entrySet().stream()
                .map(e -> new ChangeRequestItem(e.getKey(), e.getKey().valueIn(household), e.getValue()))
                .filter(ChangeRequestItem::changesSomething)
                .toList();
        if (items.isEmpty()) {
            throw new ActionRefused("changes.nothingChanged");
        }
        em.persist(new ChangeRequest(household, requestedBy, Instant.now(), comment, items));
    }

    @RolesAllowed("PARENT")
    public List<ChangeRequest> forHousehold(long householdId) {
        return em.createNamedQuery(ChangeRequest.FIND_FOR_HOUSEHOLD, ChangeRequest.class)
                .setParameter("householdId", householdId).getResultList();
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
        Instant now = Instant.now();
        request.accept(staff, now);
        for (ChangeRequestItem item : request.getItems()) {
            em.persist(new ChangeLogEntry(request.getHousehold().getId(), item.getField().name(), item.getOldValue(),
                    item.getNewValue(), staff, now));
        }
    }

    @RolesAllowed("STAFF")
    public void refuse(long requestId, String staff, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ActionRefused("changes.reasonRequired");
        }
        pendingRequest(requestId).refuse(staff, reason.strip(), Instant.now());
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
}
