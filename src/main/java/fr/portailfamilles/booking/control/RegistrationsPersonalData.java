package fr.portailfamilles.booking.control;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.household.boundary.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A household's registration requests, their answers and medical certificates, in its RGPD export. */
@ApplicationScoped
public class RegistrationsPersonalData implements PersonalDataSection {

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "registrations";
    }

    @Override
    public JsonArray of(long householdId) {
        JsonArrayBuilder registrations = Json.createArrayBuilder();
        em.createQuery("select r from BookingRequest r where r.householdId = :id order by r.day.date, r.id", BookingRequest.class)
                .setParameter("id", householdId).getResultStream()
                .forEach(r -> registrations.add(Json.createObjectBuilder()
                        .add("child", r.getChild().getFullName())
                        .add("activity", r.getDay().getPeriod().getActivity().getName())
                        .add("day", r.getDay().getDate().toString())
                        .add("what", r.what())
                        .add("registrationStatus", r.getStatus().name())
                        .add("requestedAt", r.getRequestedAt().toString())
                        .add("requestedBy", r.getRequestedBy())
                        .add("answeredAt", r.getAnsweredAt() == null ? "" : r.getAnsweredAt().toString())
                        .add("reason", r.getReason() == null ? "" : r.getReason())
                        .add("certificate", r.getCertificate() == null ? "" : r.getCertificate().getStatus().name())));
        return registrations.build();
    }
}
