package fr.portailfamilles.booking.control;

import fr.portailfamilles.activity.boundary.StructureRemoving;
import fr.portailfamilles.platform.boundary.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A group, unit, service or period staff remove: refused while booking requests use it (whatever their answer:
 * they are the families' history and the invoices' source), otherwise its place counters go with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RemovedStructure {

    @PersistenceContext
    EntityManager em;

    public void refuseWhenBooked(@Observes StructureRemoving removing) {
        switch (removing.part()) {
            case GROUP -> {
                String morning = Places.halfDayPool(removing.id(), "AM");
                String afternoon = Places.halfDayPool(removing.id(), "PM");
                long heldDays = count("select count(*) from place_count where pool in (?1, ?2) and taken > 0", morning, afternoon);
                if (heldDays > 0) {
                    throw new ActionRefused("activity.remove.groupBooked", removing.name(), heldDays);
                }
                em.createNativeQuery("delete from place_count where pool in (?1, ?2)")
                        .setParameter(1, morning).setParameter(2, afternoon).executeUpdate();
            }
            case UNIT -> refuseWhenRequested(removing, "select count(*) from booking_request where unit_id = ?1");
            case SERVICE -> {
                refuseWhenRequested(removing, "select count(*) from booking_request where service_id = ?1");
                em.createNativeQuery("delete from place_count where pool = ?1")
                        .setParameter(1, Places.servicePool(removing.id())).executeUpdate();
            }
            case PERIOD -> {
                refuseWhenRequested(removing, "select count(*) from booking_request where period_id = ?1");
                em.createNativeQuery("delete from place_count where period_id = ?1").setParameter(1, removing.id()).executeUpdate();
            }
        }
    }

    private void refuseWhenRequested(StructureRemoving removing, String countQuery) {
        long requests = count(countQuery, removing.id());
        if (requests > 0) {
            throw new ActionRefused("activity.remove.booked", removing.name(), requests);
        }
    }

    private long count(String query, Object... parameters) {
        var counting = em.createNativeQuery(query);
        for (int i = 0; i < parameters.length; i++) {
            counting.setParameter(i + 1, parameters[i]);
        }
        return ((Number) counting.getSingleResult()).longValue();
    }
}
