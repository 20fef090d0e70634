package fr.portailfamilles.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A file a family sent (a proof, a certificate): what it is and who sent it. Its bytes are a {@link DocumentContent}. */
@Entity
@Table(name = "document")
@NamedQuery(name = Document.FIND_FOR_HOUSEHOLD,
        query = "select d from Document d where d.householdId = :householdId order by d.uploadedAt desc, d.id desc")
public class Document implements Serializable {

    public static final String FIND_FOR_HOUSEHOLD = "Document.findForHousehold";

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Document() {
    }

    public Document(long householdId, DocumentKind kind, String fileName, String mediaType, int sizeBytes,
                    String uploadedBy, Instant uploadedAt) {
        this.householdId = householdId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public DocumentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public int getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
