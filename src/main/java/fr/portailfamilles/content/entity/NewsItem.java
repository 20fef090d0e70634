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
import java.time.LocalDate;
import java.util.Collection;

/** A news item (Actualités): shown from a day, until a day or for good, to everyone or to the families only. */
@Entity
@Table(name = "news_item")
@NamedQuery(name = NewsItem.SHOWN, query = "select n from NewsItem n where n.shownFrom <= :today"
        + " and (n.shownUntil is null or n.shownUntil >= :today) and n.audience in :audiences"
        + " order by n.shownFrom desc, n.id desc")
@NamedQuery(name = NewsItem.ALL, query = "select n from NewsItem n order by n.shownFrom desc, n.id desc")
public class NewsItem extends Authored {

    public static final String SHOWN = "NewsItem.shown";
    public static final String ALL = "NewsItem.all";

    @Id
    @SequenceGenerator(name = "news_item_seq", sequenceName = "news_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_item_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    /** Cleaned HTML (see {@code RichText}): only basic formatting and links. */
    @Column(nullable = false)
    private String body;

    @Column(name = "shown_from", nullable = false)
    private LocalDate shownFrom;

    @Column(name = "shown_until")
    private LocalDate shownUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    /** SHA-256 of the picture, its ETag; null without a picture. */
    @Column(name = "image_digest")
    private String imageDigest;

    protected NewsItem() {
    }

    public NewsItem(NewsDraft draft, String by, Instant at) {
        write(draft, by, at);
    }

    /** The last writer and time are kept: the list tells staff who changed an item last. */
    public final void write(NewsDraft draft, String by, Instant at) {
        title = draft.title();
        body = draft.body();
        shownFrom = draft.shownFrom();
        shownUntil = draft.shownUntil();
        audience = draft.audience();
        writtenBy(by, at);
    }

    public void pictureChanged(String digest) {
        imageDigest = digest;
    }

    public boolean isShownOn(LocalDate day, Collection<Audience> audiences) {
        return !shownFrom.isAfter(day) && (shownUntil == null || !shownUntil.isBefore(day)) && audiences.contains(audience);
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public LocalDate getShownFrom() { return shownFrom; }
    public LocalDate getShownUntil() { return shownUntil; }
    public Audience getAudience() { return audience; }
    public String getImageDigest() { return imageDigest; }
    public boolean isWithPicture() { return imageDigest != null; }
}
