package fr.portailfamilles.content.entity;

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

import java.time.Instant;
import java.util.Collection;

/**
 * A PDF of Informations pratiques: the rules, a form, or the programme d'animation of an activity (of one of its
 * periods, or of all of it). The activity and period are the activity area's, known here by their ids only.
 */
@Entity
@Table(name = "info_document")
@NamedQuery(name = InfoDocument.SHOWN, query = "select d from InfoDocument d where d.audience in :audiences order by d.title, d.id")
@NamedQuery(name = InfoDocument.ALL, query = "select d from InfoDocument d order by d.title, d.id")
@NamedQuery(name = InfoDocument.OF_PERIOD, query = "select d from InfoDocument d where d.periodId = :periodId order by d.title")
public class InfoDocument extends Authored {

    public static final String SHOWN = "InfoDocument.shown";
    public static final String ALL = "InfoDocument.all";
    public static final String OF_PERIOD = "InfoDocument.ofPeriod";

    @Id
    @SequenceGenerator(name = "info_document_seq", sequenceName = "info_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "info_document_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "period_id")
    private Long periodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** SHA-256 of the file, its ETag. */
    @Column(nullable = false)
    private String digest;

    protected InfoDocument() {
    }

    public InfoDocument(InfoDocumentDraft draft, String fileName, int sizeBytes, String digest, String by, Instant at) {
        describe(draft, by, at);
        fileChanged(fileName, sizeBytes, digest);
    }

    public final void describe(InfoDocumentDraft draft, String by, Instant at) {
        title = draft.title();
        activityId = draft.activityId();
        periodId = draft.periodId();
        audience = draft.audience();
        writtenBy(by, at);
    }

    public final void fileChanged(String name, int size, String fileDigest) {
        fileName = name;
        sizeBytes = size;
        digest = fileDigest;
    }

    public boolean isReadBy(Collection<Audience> audiences) {
        return audiences.contains(audience);
    }

    public boolean isProgramme() {
        return activityId != null;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public Long getActivityId() { return activityId; }
    public Long getPeriodId() { return periodId; }
    public Audience getAudience() { return audience; }
    public String getFileName() { return fileName; }
    /** Rounded up, as a download link announces it. */
    public int getKilobytes() { return Math.max(1, (sizeBytes + 1023) / 1024); }
    /** From a megabyte on, a link announces its weight in megabytes ("2,4 Mo"), as people read it. */
    public boolean isLarge() { return sizeBytes >= 1024 * 1024; }
    public double getMegabytes() { return sizeBytes / (1024.0 * 1024.0); }
    public String getDigest() { return digest; }
}
