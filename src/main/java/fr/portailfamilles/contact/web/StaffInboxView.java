package fr.portailfamilles.contact.web;

import fr.portailfamilles.contact.boundary.Contact;
import fr.portailfamilles.contact.entity.ContactThread;
import fr.portailfamilles.platform.lifecycle.HouseholdNames;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.MissingPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Staff: Messages. The exchanges under way, unread first, with the family, who took each in hand and when the last
 * message came; the closed ones below; one exchange opened ({@code ?fil=}) to read, take in hand, answer or close.
 */
@Named
@ViewScoped
public class StaffInboxView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/gestion/messages.xhtml";

    @Inject
    Contact contact;

    @Inject
    HouseholdNames householdNames;

    private Long threadId;
    private final MessageForm form = new MessageForm();
    private transient ContactThread thread;
    private transient List<ContactThread> open;
    private transient List<ContactThread> closed;
    private transient Map<Long, String> names;

    public void load() throws IOException {
        if (threadId != null && thread() == null) {
            MissingPage.send();
        }
    }

    public void answer() throws IOException {
        if (!form.checked(false, "")) {
            return;
        }
        Contact.Attachment attachment = form.attachment();
        String author = Caller.name();
        FormSaves.save(() -> {
            contact.answer(threadId, form.getBody(), attachment, author);
            return PAGE + "?fil=" + threadId;
        }, "contact.answered");
    }

    public void takeInHand() throws IOException {
        String author = Caller.name();
        FormSaves.save(() -> {
            contact.takeInHand(threadId, author);
            return PAGE + "?fil=" + threadId;
        }, "contact.takenInHand");
    }

    public void close() throws IOException {
        FormSaves.save(() -> {
            contact.close(threadId);
            return PAGE;
        }, "contact.closed");
    }

    /** Posted by the page once it shows the exchange (see {@code Contact} and read-on-sight.xhtml). */
    public void markRead() {
        if (thread() != null) {
            contact.readByStaff(threadId);
        }
    }

    /** The exchange reached from another site, marked read by a click. */
    public void readNow() throws IOException {
        markRead();
        Messages.infoAfterRedirect(PAGE + "?fil=" + threadId, "contact.markedRead");
    }

    private ContactThread thread() {
        if (thread == null && threadId != null) {
            thread = contact.forStaff(threadId).orElse(null);
        }
        return thread;
    }

    public List<ContactThread> getOpen() {
        if (open == null) {
            open = contact.inbox(false);
        }
        return open;
    }

    public int getClosedShown() {
        return Contact.CLOSED_SHOWN;
    }

    public List<ContactThread> getClosed() {
        if (closed == null) {
            closed = contact.inbox(true);
        }
        return closed;
    }

    /** « Famille MARTIN », read once for the exchange opened or for every exchange listed. */
    public String family(long householdId) {
        if (names == null) {
            Stream<ContactThread> shown = thread() != null ? Stream.of(thread()) : Stream.concat(getOpen().stream(), getClosed().stream());
            names = householdNames.names(shown.map(ContactThread::getHouseholdId).distinct().toList());
        }
        return names.getOrDefault(householdId, "");
    }

    public long getUnreadCount() {
        return getOpen().stream().filter(ContactThread::isUnreadByStaff).count();
    }

    public ContactThread getThread() { return thread(); }
    public MessageForm getForm() { return form; }
    public Long getThreadId() { return threadId; }
    public void setThreadId(Long threadId) { this.threadId = threadId; }
}
