package fr.portailfamilles.contact.control;

import fr.portailfamilles.contact.entity.ContactMessage;
import fr.portailfamilles.contact.entity.ContactThread;
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
 * A household's exchanges with the centre, in its life cycle: a message written by the family is activity, the
 * export holds every message, and anonymisation deletes them (their attachments go with the documents, after).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdContact implements HouseholdLifecycle {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "contact";
    }

    @Override
    public Set<Long> activeSince(Collection<Long> householdIds, Instant since) {
        return new HashSet<>(em.createQuery("select distinct m.thread.householdId from ContactMessage m"
                        + " where m.thread.householdId in :ids and m.fromFamily = true and m.sentAt >= :since", Long.class)
                .setParameter("ids", householdIds).setParameter("since", since).getResultList());
    }

    @Override
    public JsonValue export(long householdId) {
        JsonArrayBuilder threads = Json.createArrayBuilder();
        for (ContactThread thread : em.createNamedQuery(ContactThread.OF_HOUSEHOLD, ContactThread.class)
                .setParameter("householdId", householdId).getResultList()) {
            JsonArrayBuilder messages = Json.createArrayBuilder();
            for (ContactMessage message : thread.getMessages()) {
                messages.add(Json.createObjectBuilder().add("author", message.getAuthor()).add("fromFamily", message.isFromFamily())
                        .add("sentAt", message.getSentAt().toString()).add("text", message.getBody())
                        .add("withAttachment", message.isWithDocument()));
            }
            threads.add(Json.createObjectBuilder().add("subject", thread.getSubject()).add("openedBy", thread.getOpenedBy())
                    .add("openedAt", thread.getOpenedAt().toString()).add("messages", messages));
        }
        return threads.build();
    }

    @Override
    public void anonymise(long householdId) {
        em.createQuery("delete from ContactMessage m where m.thread.id in"
                        + " (select t.id from ContactThread t where t.householdId = :id)")
                .setParameter("id", householdId).executeUpdate();
        em.createQuery("delete from ContactThread t where t.householdId = :id").setParameter("id", householdId).executeUpdate();
    }
}
