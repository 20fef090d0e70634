package fr.portailfamilles.contact.web;

import fr.portailfamilles.contact.boundary.Contact;
import fr.portailfamilles.contact.entity.ContactThread;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Parents: Contact. A new message to the centre, the household's exchanges (newest first, an unread answer marked),
 * and one exchange opened ({@code ?fil=}) with its messages and a reply.
 */
@Named
@ViewScoped
public class FamilyContactView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/portail/contact.xhtml";
    /** The reply form's ids start so: the new message's form is on the same page. */
    private static final String REPLY = "reply-";

    @Inject
    Contact contact;

    @Inject
    SignedInPerson signedIn;

    private Long threadId;
    private final MessageForm form = new MessageForm();
    private transient ContactThread thread;
    private transient List<ContactThread> threads;

    /** An exchange of another household, or none, is not found: its existence is not told. */
    public void load() throws IOException {
        if (threadId != null && thread() == null) {
            MissingPage.send();
        }
    }

    public void send() throws IOException {
        if (!form.checked(true, "")) {
            return;
        }
        Contact.Attachment attachment = form.attachment();
        String author = signedIn.login().orElseThrow();
        FormSaves.save(() -> PAGE + "?fil=" + contact.open(householdId(), form.getSubject(), form.getBody(), attachment, author),
                "contact.sent");
    }

    public void reply() throws IOException {
        if (!form.checked(false, REPLY)) {
            return;
        }
        Contact.Attachment attachment = form.attachment();
        String author = signedIn.login().orElseThrow();
        FormSaves.save(() -> {
            contact.reply(householdId(), threadId, form.getBody(), attachment, author);
            return PAGE + "?fil=" + threadId;
        }, "contact.sent");
    }

    /** Posted by the page once it shows the exchange (see {@code Contact} and read-on-sight.xhtml). */
    public void markRead() {
        if (thread() != null) {
            contact.readByFamily(householdId(), threadId);
        }
    }

    /** The exchange reached from another site, marked read by a click. */
    public void readNow() throws IOException {
        markRead();
        Messages.infoAfterRedirect(PAGE + "?fil=" + threadId, "contact.markedRead");
    }

    private ContactThread thread() {
        if (thread == null && threadId != null) {
            thread = contact.ofFamily(householdId(), threadId).orElse(null);
        }
        return thread;
    }

    public List<ContactThread> getThreads() {
        if (threads == null) {
            threads = contact.threadsOf(householdId());
        }
        return threads;
    }

    private long householdId() {
        return signedIn.householdId().orElseThrow();
    }

    public ContactThread getThread() { return thread(); }
    public MessageForm getForm() { return form; }
    public Long getThreadId() { return threadId; }
    public void setThreadId(Long threadId) { this.threadId = threadId; }
}
