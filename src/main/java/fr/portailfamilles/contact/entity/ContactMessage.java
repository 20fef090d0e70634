package fr.portailfamilles.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message of a thread, plain text as typed, with the document sent along (kept by the document area). */
@Entity
@Table(name = "contact_message")
public class ContactMessage {

    @Id
    @SequenceGenerator(name = "contact_message_seq", sequenceName = "contact_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_message_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "thread_id")
    private ContactThread thread;

    @Column(nullable = false)
    private String author;

    @Column(name = "from_family", nullable = false)
    private boolean fromFamily;

    @Column(nullable = false)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "document_id")
    private Long documentId;

    protected ContactMessage() {
    }

    ContactMessage(ContactThread thread, String author, boolean fromFamily, String body, Long documentId, Instant sentAt) {
        this.thread = thread;
        this.author = author;
        this.fromFamily = fromFamily;
        this.body = body;
        this.documentId = documentId;
        this.sentAt = sentAt;
    }

    public String getAuthor() { return author; }
    public boolean isFromFamily() { return fromFamily; }
    public String getBody() { return body; }
    public Instant getSentAt() { return sentAt; }
    public Long getDocumentId() { return documentId; }
    public boolean isWithDocument() { return documentId != null; }
}
