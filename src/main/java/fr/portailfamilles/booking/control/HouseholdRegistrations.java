package fr.portailfamilles.booking.control;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A household's registration requests and medical certificates, in its life cycle: a request or a certificate
 * sent is activity; the export lists them with their answers; anonymisation keeps them (invoices rest on them)
 * without the parent's e-mail or the certificate's file.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdRegistrations implements HouseholdLifecycle {

    static final String ANONYMOUS = "anonyme";

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "registrations";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        Set<Long> active = new HashSet<>(em.createQuery("select distinct r.householdId from BookingRequest r"
                        + " where r.householdId in :ids and r.requestedAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
        active.addAll(em.createQuery("select distinct c.householdId from MedicalCertificate c"
                        + " where c.householdId in :ids and c.submittedAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
        return active;
    }

    @Override
    public JsonValue export(long householdId) {
        JsonArrayBuilder registrations = Json.createArrayBuilder();
        em.createQuery("select r from BookingRequest r where r.householdId = :id order by r.date, r.id", BookingRequest.class)
                .setParameter("id", householdId).getResultStream()
                .forEach(r -> registrations.add(Json.createObjectBuilder()
                        .add("child", r.getChild().getFullName())
                        .add("activity", r.getDay().getPeriod().getActivity().getName())
                        .add("day", r.getDate().toString())
                        .add("what", r.what())
                        .add("registrationStatus", r.getStatus().name())
                        .add("requestedAt", r.getRequestedAt().toString())
                        .add("requestedBy", r.getRequestedBy())
                        .add("answeredAt", r.getAnsweredAt() == null ? "" : r.getAnsweredAt().toString())
                        .add("reason", r.getReason() == null ? "" : r.getReason())
                        .add("certificate", r.getCertificate() == null ? "" : r.getCertificate().getStatus().name())));
        return registrations.build();
    }

    @Override
    public void anonymise(long householdId) {
        em.createQuery("update BookingRequest r set r.requestedBy = :anonymous where r.householdId = :id")
                .setParameter("anonymous", ANONYMOUS).setParameter("id", householdId).executeUpdate();
        em.createQuery("update MedicalCertificate c set c.documentId = null, c.submittedBy = :anonymous where c.householdId = :id")
                .setParameter("anonymous", ANONYMOUS).setParameter("id", householdId).executeUpdate();
    }
}
