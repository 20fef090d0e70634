package fr.portailfamilles.platform.entity;

import fr.portailfamilles.platform.control.MailFailure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;

/**
 * Every e-mail the portal sends or tries to send, readable by staff whatever became of it, and the queue its
 * delivery works from: a message waits (PENDING, FAILED) until its next attempt is due, then one node claims it
 * (SENDING) for a while, hands it to the mail server and records the outcome.
 */
@Entity
@Table(name = "outbox_message")
@NamedQueries({
        @NamedQuery(name = OutboxMessage.LATEST, query = "select m from OutboxMessage m order by m.createdAt desc, m.id desc"),
        @NamedQuery(name = OutboxMessage.DUE, query = "select m.id from OutboxMessage m"
                + " where m.status in :waiting and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id"),
        // The row count tells who won: a second node's update finds the row already claimed and changes nothing.
        @NamedQuery(name = OutboxMessage.CLAIM, query = "update OutboxMessage m"
                + " set m.status = :sending, m.nextAttemptAt = :claimEnds, m.lastAttemptAt = :now,"
                + " m.attempts = m.attempts + 1, m.version = m.version + 1"
                + " where m.id = :id and m.status in :waiting and m.nextAttemptAt <= :now")
})
public class OutboxMessage {

    public static final String LATEST = "OutboxMessage.latest";
    public static final String DUE = "OutboxMessage.due";
    public static final String CLAIM = "OutboxMessage.claim";

    /** SENDING is among them: a claim whose node never reported back lapses and the message is due again. */
    public static final Set<Status> WAITING = Set.of(Status.PENDING, Status.FAILED, Status.SENDING);

    /** A whole summer's answers fit (V36). */
    static final int LONGEST_TEXT = 1_000_000;

    /** KEPT: a demonstration with no mail server keeps the message for staff to read and never sends it. */
    public enum Status { PENDING, SENDING, SENT, FAILED, ABANDONED, KEPT }

    private static final int MAX_FAILURE_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    /** What staff read: outside demo mode, with the provisional password or personal link masked. */
    @Column(nullable = false, length = OutboxMessage.LONGEST_TEXT)
    private String body;

    /** The body hides secrets that the recipient must still receive. */
    private boolean masked;

    /**
     * The full text when {@link #body} is masked, kept only while the message may still be sent: it is erased once
     * the message is sent or abandoned, so that a provisional password or a reset link does not linger in the database.
     */
    @Column(name = "delivery_text", length = OutboxMessage.LONGEST_TEXT)
    private String deliveryText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    /**
     * When the next attempt is due; while SENDING, when the claim of the node sending it lapses (that node died or
     * never reported back, and the message is due again); empty once sent or abandoned.
     */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The last attempt's error, kept after a later success to tell why it took several attempts. */
    private String failure;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    /** A message due at once; {@code shownBody} is what staff read, {@code fullBody} what the recipient receives. */
    public OutboxMessage(String recipient, String subject, String shownBody, String fullBody, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = shownBody;
        this.masked = !shownBody.equals(fullBody);
        this.deliveryText = masked ? fullBody : null;
        this.createdAt = createdAt;
        this.status = Status.PENDING;
        this.nextAttemptAt = createdAt;
    }

    /** The text the mail server must receive. */
    public String textToDeliver() {
        return masked ? deliveryText : body;
    }

    /** Whether the outcome of this attempt is still this node's to record: no other node has claimed the message since. */
    public boolean isClaimedBy(int attempt) {
        return status == Status.SENDING && attempts == attempt;
    }

    /** Never due: a demonstration without a mail server only shows it. */
    public void kept() {
        status = Status.KEPT;
        nextAttemptAt = null;
    }

    public void sent(Instant when) {
        status = Status.SENT;
        sentAt = when;
        nextAttemptAt = null;
        deliveryText = null;
    }

    public void failed(String reason, Instant retryAt) {
        status = Status.FAILED;
        failure = shortened(reason);
        nextAttemptAt = retryAt;
    }

    public void abandoned(String reason) {
        status = Status.ABANDONED;
        failure = shortened(reason);
        nextAttemptAt = null;
        deliveryText = null;
    }

    /** A failed or abandoned message can go back to the queue while its full text is still known. */
    public boolean isResendable() {
        return (status == Status.FAILED || status == Status.ABANDONED) && !isTextErased();
    }

    /** The secrets the recipient needed were erased when the message was abandoned: it can no longer be sent. */
    public boolean isTextErased() {
        return masked && deliveryText == null;
    }

    /** Back to the queue, due now, for a new series of attempts. */
    public void resend(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private static String shortened(String reason) {
        return reason == null ? "" : reason.substring(0, Math.min(reason.length(), MAX_FAILURE_LENGTH));
    }

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public String getFailure() { return failure; }

    /** What the last error comes to, told in French; empty when there was none. */
    public MailFailure getFailureKind() {
        return failure == null || failure.isEmpty() ? null : MailFailure.of(failure);
    }
}
