package fr.portailfamilles.document.control;

import fr.portailfamilles.document.entity.Document;
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
 * The files a household sent, in its life cycle: sending one is activity, the export lists them (not their
 * bytes), and anonymisation deletes them, after the areas that point at them have let go.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdDocuments implements HouseholdLifecycle {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "documents";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        return new HashSet<>(em.createQuery("select distinct d.householdId from Document d"
                        + " where d.householdId in :ids and d.uploadedAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
    }

    @Override
    public JsonValue export(long householdId) {
        JsonArrayBuilder documents = Json.createArrayBuilder();
        em.createNamedQuery(Document.FIND_FOR_HOUSEHOLD, Document.class).setParameter("householdId", householdId)
                .getResultStream()
                .forEach(d -> documents.add(Json.createObjectBuilder().add("kind", d.getKind().name()).add("fileName", d.getFileName())
                        .add("mediaType", d.getMediaType()).add("sizeBytes", d.getSizeBytes())
                        .add("uploadedAt", d.getUploadedAt().toString()).add("uploadedBy", d.getUploadedBy())));
        return documents.build();
    }

    @Override
    public void anonymise(long householdId) {
        em.createQuery("delete from DocumentContent c where c.documentId in"
                        + " (select d.id from Document d where d.householdId = :id)")
                .setParameter("id", householdId).executeUpdate();
        em.createQuery("delete from Document d where d.householdId = :id").setParameter("id", householdId).executeUpdate();
    }

    /** Quotients, change requests and medical certificates point at documents: their areas go first. */
    @Override
    public int anonymisationOrder() {
        return 100;
    }
}
