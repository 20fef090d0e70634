package fr.portailfamilles.contact.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An exchange between a family and the centre (Contact): its subject, its messages, who has read the last one. */
@Entity
@Table(name = "contact_thread")
@NamedQuery(name = ContactThread.OF_HOUSEHOLD, query = "select t from ContactThread t where t.householdId = :householdId"
        + " order by t.lastMessageAt desc")
@NamedQuery(name = ContactThread.INBOX, query = "select t from ContactThread t where t.closed = :closed"
        + " order by t.unreadByStaff desc, t.lastMessageAt desc")
public class ContactThread {

    public static final String OF_HOUSEHOLD = "ContactThread.ofHousehold";
    public static final String INBOX = "ContactThread.inbox";

    @Id
    @SequenceGenerator(name = "contact_thread_seq", sequenceName = "contact_thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_thread_seq")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    /** The staff member who took the thread in hand; null while nobody has. */
    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "unread_by_staff", nullable = false)
    private boolean unreadByStaff;

    @Column(name = "unread_by_family", nullable = false)
    private boolean unreadByFamily;

    @Column(nullable = false)
    private boolean closed;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.PERSIST)
    @OrderBy("sentAt, id")
    private List<ContactMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected ContactThread() {
    }

    public ContactThread(long householdId, String subject, String openedBy, Instant at) {
        this.householdId = householdId;
        this.subject = subject;
        this.openedBy = openedBy;
        this.openedAt = at;
        this.lastMessageAt = at;
    }

    /** A family's message: staff have something to read; a closed thread opens again. */
    public ContactMessage fromFamily(String author, String body, Long documentId, Instant at) {
        ContactMessage message = add(new ContactMessage(this, author, true, body, documentId, at));
        unreadByStaff = true;
        closed = false;
        return message;
    }

    /** The centre's answer: the family has something to read; staff have read what they answered. */
    public ContactMessage fromStaff(String author, String body, Long documentId, Instant at) {
        ContactMessage message = add(new ContactMessage(this, author, false, body, documentId, at));
        unreadByFamily = true;
        unreadByStaff = false;
        if (assignedTo == null) {
            assignedTo = author;
        }
        return message;
    }

    private ContactMessage add(ContactMessage message) {
        messages.add(message);
        lastMessageAt = message.getSentAt();
        return message;
    }

    public void readByStaff() {
        unreadByStaff = false;
    }

    public void readByFamily() {
        unreadByFamily = false;
    }

    public void assignTo(String staffLogin) {
        assignedTo = staffLogin;
    }

    public void close() {
        closed = true;
        unreadByStaff = false;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public String getSubject() { return subject; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getLastMessageAt() { return lastMessageAt; }
    public String getAssignedTo() { return assignedTo; }
    public boolean isUnreadByStaff() { return unreadByStaff; }
    public boolean isUnreadByFamily() { return unreadByFamily; }
    public boolean isClosed() { return closed; }
    public List<ContactMessage> getMessages() { return Collections.unmodifiableList(messages); }
}
