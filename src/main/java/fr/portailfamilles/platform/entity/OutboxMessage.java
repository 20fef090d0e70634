package fr.portailfamilles.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Every e-mail the portal sends or tries to send, readable by staff whatever became of it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status { PENDING, SENT, FAILED }

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

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String failure;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = Status.PENDING;
    }

    public void sent(Instant when) {
        this.status = Status.SENT;
        this.sentAt = when;
        this.failure = null;
    }

    public void failed(String reason) {
        this.status = Status.FAILED;
        this.failure = reason == null ? "" : reason.substring(0, Math.min(reason.length(), MAX_FAILURE_LENGTH));
    }

    public Long getId() { return id; }
    public Instant getCreatedAt() { return createdAt; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public Instant getSentAt() { return sentAt; }
    public String getFailure() { return failure; }
}
