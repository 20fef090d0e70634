package fr.portailfamilles.contact.boundary;

import fr.portailfamilles.contact.control.ContactRules;
import fr.portailfamilles.contact.entity.ContactThread;
import fr.portailfamilles.document.boundary.Documents;
import fr.portailfamilles.document.entity.DocumentKind;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.CentreIdentity;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.MailMessage;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.boundary.Settings;
import fr.portailfamilles.platform.control.Texts;
import fr.portailfamilles.platform.entity.Centre;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Contact: a family writes to the centre (a subject, a message, a file if needed) and follows the exchange in its
 * space; staff read the inbox, take an exchange in hand and answer. The family is told of an answer by e-mail; the
 * centre's address is told of a new message when IT leaves the alert on (Paramètres).
 */
@Stateless
public class Contact {

    /** How many closed exchanges the inbox lists. */
    public static final int CLOSED_SHOWN = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    @Inject
    CentreIdentity centreIdentity;

    @Inject
    Clock clock;

    /** A file sent with a message, checked by the document area (PDF, PNG or JPEG, 5 MB at most). */
    public record Attachment(String fileName, byte[] bytes) {
    }

    /**
     * @param householdId the parent's own household, from their account
     * @param attachment  null without a file
     * @return the new exchange's id
     */
    @RolesAllowed("PARENT")
    public long open(long householdId, String subject, String body, Attachment attachment, String author) {
        check(subject, body);
        ContactThread thread = new ContactThread(householdId, ContactRules.cleaned(subject), author, clock.now());
        em.persist(thread);
        thread.fromFamily(author, ContactRules.cleaned(body), stored(householdId, attachment, author), clock.now());
        em.flush();
        alertStaff(thread);
        return thread.getId();
    }

    @RolesAllowed("PARENT")
    public void reply(long householdId, long threadId, String body, Attachment attachment, String author) {
        check(null, body);
        ContactThread thread = ofFamily(householdId, threadId).orElseThrow(() -> new ActionRefused("contact.unknown"));
        thread.fromFamily(author, ContactRules.cleaned(body), stored(householdId, attachment, author), clock.now());
        alertStaff(thread);
    }

    @RolesAllowed("PARENT")
    public List<ContactThread> threadsOf(long householdId) {
        return em.createNamedQuery(ContactThread.OF_HOUSEHOLD, ContactThread.class).setParameter("householdId", householdId)
                .getResultList();
    }

    /** The exchange if it is the household's own: any other answers empty, so that ids cannot be probed. */
    @RolesAllowed("PARENT")
    public Optional<ContactThread> ofFamily(long householdId, long threadId) {
        return Optional.ofNullable(em.find(ContactThread.class, threadId)).filter(t -> t.getHouseholdId() == householdId);
    }

    /**
     * What staff answered is now read: posted by the page once it shows the exchange, never done by merely asking
     * for its address, which another site could make a browser do.
     */
    @RolesAllowed("PARENT")
    public void readByFamily(long householdId, long threadId) {
        ofFamily(householdId, threadId).ifPresent(ContactThread::readByFamily);
    }

    /**
     * @param closed false for every exchange under way (unread first), true for the {@link #CLOSED_SHOWN} closed most
     *               recently: the closed ones pile up over the years and are read again only now and then
     */
    @RolesAllowed("STAFF")
    public List<ContactThread> inbox(boolean closed) {
        return em.createNamedQuery(ContactThread.INBOX, ContactThread.class).setParameter("closed", closed)
                .setMaxResults(closed ? CLOSED_SHOWN : Integer.MAX_VALUE).getResultList();
    }

    /** The exchanges under way with a family's message no one at the centre has read: the dashboard's figure. */
    @RolesAllowed("STAFF")
    public long unreadCount() {
        return em.createQuery("select count(t) from ContactThread t where t.closed = false and t.unreadByStaff = true", Long.class)
                .getSingleResult();
    }

    @RolesAllowed("STAFF")
    public Optional<ContactThread> forStaff(long threadId) {
        return Optional.ofNullable(em.find(ContactThread.class, threadId));
    }

    /** The family's messages are now read; posted by the page as {@link #readByFamily} is. */
    @RolesAllowed("STAFF")
    public void readByStaff(long threadId) {
        forStaff(threadId).ifPresent(ContactThread::readByStaff);
    }

    @RolesAllowed("STAFF")
    public void answer(long threadId, String body, Attachment attachment, String author) {
        check(null, body);
        ContactThread thread = existing(threadId);
        thread.fromStaff(author, ContactRules.cleaned(body), stored(thread.getHouseholdId(), attachment, author), clock.now());
        mailer.send(new MailMessage(thread.getOpenedBy(), Texts.french("mail.contactAnswer.subject", thread.getSubject()),
                Texts.french("mail.contactAnswer.body", thread.getSubject()), List.of()));
    }

    @RolesAllowed("STAFF")
    public void takeInHand(long threadId, String staffLogin) {
        existing(threadId).assignTo(staffLogin);
    }

    @RolesAllowed("STAFF")
    public void close(long threadId) {
        existing(threadId).close();
    }

    private ContactThread existing(long threadId) {
        return Optional.ofNullable(em.find(ContactThread.class, threadId)).orElseThrow(() -> new ActionRefused("contact.unknown"));
    }

    private Long stored(long householdId, Attachment attachment, String author) {
        if (attachment == null) {
            return null;
        }
        return documents.store(householdId, DocumentKind.MESSAGE_ATTACHMENT, attachment.fileName(), attachment.bytes(), author).getId();
    }

    /** To the centre's own address: staff read the message in the portal, the e-mail only says there is one. */
    private void alertStaff(ContactThread thread) {
        if (!settings.contactAlert()) {
            return;
        }
        centreIdentity.centre().map(Centre::getEmail).filter(email -> !email.isBlank()).ifPresent(email ->
                mailer.send(new MailMessage(email, Texts.french("mail.contactNew.subject", thread.getSubject()),
                        Texts.french("mail.contactNew.body", thread.getSubject()), List.of())));
    }

    private static void check(String subject, String body) {
        if (!ContactRules.problems(subject, body).isEmpty()) {
            throw new ActionRefused("contact.invalid");
        }
    }
}
