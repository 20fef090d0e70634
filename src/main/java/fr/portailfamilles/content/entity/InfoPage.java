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

/** A page of Informations pratiques (opening hours, how to register...), shown in the order staff give the pages. */
@Entity
@Table(name = "info_page")
@NamedQuery(name = InfoPage.SHOWN, query = "select p from InfoPage p where p.audience in :audiences order by p.position, p.id")
@NamedQuery(name = InfoPage.ALL, query = "select p from InfoPage p order by p.position, p.id")
@NamedQuery(name = InfoPage.LAST_POSITION, query = "select max(p.position) from InfoPage p")
public class InfoPage extends Authored {

    public static final String SHOWN = "InfoPage.shown";
    public static final String ALL = "InfoPage.all";
    public static final String LAST_POSITION = "InfoPage.lastPosition";

    @Id
    @SequenceGenerator(name = "info_page_seq", sequenceName = "info_page_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "info_page_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    /** Cleaned HTML (see {@code RichText}). */
    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    protected InfoPage() {
    }

    public InfoPage(InfoPageDraft draft, int position, String by, Instant at) {
        this.position = position;
        write(draft, by, at);
    }

    public final void write(InfoPageDraft draft, String by, Instant at) {
        title = draft.title();
        body = draft.body();
        audience = draft.audience();
        writtenBy(by, at);
    }

    /** Two pages trade places: the list's « Monter » and « Descendre ». */
    public void swapPositionWith(InfoPage other) {
        int mine = position;
        position = other.position;
        other.position = mine;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Audience getAudience() { return audience; }
}
