package fr.portailfamilles.household.boundary;

import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.ChildContact;
import fr.portailfamilles.household.entity.FamilyQuotient;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.lifecycle.HouseholdLifecycle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Everything held about a household, for a family's RGPD access request: file, guardians, children with
 * their health notes and contacts, quotients, requests and history; then what every other area holds (documents
 * sent, portal accounts, registrations…), each under its own section through {@link HouseholdLifecycle}.
 */
@Stateless
@RolesAllowed("STAFF")
public class PersonalDataExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    Instance<HouseholdLifecycle> otherAreas;

    public JsonObject of(long householdId, String staff) {
        Household h = em.find(Household.class, householdId);
        if (h == null) {
            throw new ActionRefused("household.unknown");
        }
        JsonObjectBuilder file = Json.createObjectBuilder()
                .add("household", Json.createObjectBuilder()
                        .add("name", h.getName())
                        .add("address", h.getAddressLine() + ", " + h.getPostcode() + " " + h.getTown())
                        .add("phone", text(h.getPhone()))
                        .add("email", text(h.getEmail()))
                        .add("familySituation", h.getFamilySituation().name())
                        .add("benefitsBody", h.getBenefitsBody().name())
                        .add("allocataireNumber", text(h.getAllocataireNumber()))
                        .add("createdAt", h.getCreatedAt().toString()))
                .add("guardians", array(h.getGuardians(), PersonalDataExport::guardian))
                .add("children", array(h.getChildren(), PersonalDataExport::child))
                .add("familyQuotients", array(h.getQuotients(), PersonalDataExport::quotient))
                .add("changeRequests", array(em.createNamedQuery(ChangeRequest.FIND_FOR_HOUSEHOLD, ChangeRequest.class)
                        .setParameter("householdId", householdId).getResultList(), PersonalDataExport::request))
                .add("history", array(em.createNamedQuery(ChangeLogEntry.FIND_FOR_HOUSEHOLD, ChangeLogEntry.class)
                        .setParameter("householdId", householdId).getResultList(), PersonalDataExport::logEntry));
        otherAreas.stream().sorted(Comparator.comparing(HouseholdLifecycle::section))
                .forEach(area -> file.add(area.section(), area.export(householdId)));
        auditLog.record(AuditAction.PERSONAL_DATA_EXPORTED, staff, h.getName(), null);
        return file.build();
    }

    private static JsonObjectBuilder guardian(Guardian g) {
        return Json.createObjectBuilder()
                .add("civility", g.getCivility().name()).add("lastName", g.getLastName()).add("firstName", g.getFirstName())
                .add("relationship", g.getRelationship().name()).add("email", text(g.getEmail()))
                .add("mobilePhone", text(g.getMobilePhone())).add("homePhone", text(g.getHomePhone()))
                .add("workPhone", text(g.getWorkPhone())).add("billed", g.isBilled())
                .add("ownAddress", g.hasOwnAddress() ? g.getAddressLine() + ", " + g.getPostcode() + " " + g.getTown() : "");
    }

    private static JsonObjectBuilder child(Child c) {
        return Json.createObjectBuilder()
                .add("lastName", c.getLastName()).add("firstName", c.getFirstName())
                .add("birthDate", c.getBirthDate().toString()).add("sex", c.getSex().name())
                .add("school", text(c.getSchool())).add("schoolClass", text(c.getSchoolClass()))
                .add("allergies", text(c.getAllergies())).add("pai", c.isHasPai() ? text(c.getPaiDetails()) : "")
                .add("doctor", text(c.getDoctorName()) + " " + text(c.getDoctorPhone()))
                .add("photosAllowed", c.isPhotosAllowed()).add("mayLeaveAlone", c.isMayLeaveAlone())
                .add("pickups", array(c.getPickups(), PersonalDataExport::contact))
                .add("emergencyContacts", array(c.getEmergencyContacts(), PersonalDataExport::contact));
    }

    private static JsonObjectBuilder contact(ChildContact c) {
        return Json.createObjectBuilder().add("name", c.getFullName()).add("phone", c.getPhone())
                .add("relationship", text(c.getRelationship()));
    }

    private static JsonObjectBuilder quotient(FamilyQuotient q) {
        return Json.createObjectBuilder().add("amount", q.getAmount()).add("validFrom", q.getValidFrom().toString())
                .add("validTo", q.getValidTo() == null ? "" : q.getValidTo().toString()).add("source", q.getSource().name())
                .add("proof", q.getProof() == null ? "" : q.getProof().getFileName());
    }

    private static JsonObjectBuilder request(ChangeRequest r) {
        return Json.createObjectBuilder().add("requestedAt", r.getRequestedAt().toString()).add("status", r.getStatus().name())
                .add("child", r.getChild() == null ? "" : r.getChild().getFullName())
                .add("guardian", r.getGuardian() == null ? "" : r.getGuardian().getFullName())
                .add("items", array(r.getItems(), i -> Json.createObjectBuilder().add("field", i.getField())
                        .add("from", text(i.getOldText())).add("to", text(i.getNewText()))))
                .add("quotient", r.isQuotient() ? r.getQuotientAmount() + " (" + r.getQuotientValidFrom() + ")" : "")
                .add("refusalReason", text(r.getRefusalReason()));
    }

    private static JsonObjectBuilder logEntry(ChangeLogEntry e) {
        return Json.createObjectBuilder().add("at", e.getChangedAt().toString()).add("by", e.getChangedBy())
                .add("field", e.getField()).add("from", text(e.getOldValue())).add("to", text(e.getNewValue()));
    }

    private static <T> JsonArrayBuilder array(Collection<T> items, Function<T, JsonObjectBuilder> each) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(each.apply(item)));
        return array;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
