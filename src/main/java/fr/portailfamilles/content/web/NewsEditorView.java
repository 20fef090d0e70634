package fr.portailfamilles.content.web;

import fr.portailfamilles.content.boundary.News;
import fr.portailfamilles.content.control.NewsRules;
import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.NewsDraft;
import fr.portailfamilles.content.entity.NewsItem;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Staff: Actualités. Every item, newest first, with what it shows and to whom; one form writes a new item or, once
 * « Modifier » is chosen, changes that one (the version it was read at kept, so that a colleague's save in between
 * is not overwritten).
 */
@Named
@ViewScoped
public class NewsEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/gestion/actualites.xhtml";
    private static final String PICTURE_FIELD = "picture";

    @Inject
    News news;

    @Inject
    Clock clock;

    private Long editedId;
    private long editedVersion;
    private boolean editedWithPicture;
    private String title;
    private String body;
    private LocalDate shownFrom;
    private LocalDate shownUntil;
    private Audience audience = Audience.PUBLIC;
    private boolean removePicture;
    private transient Part picture;
    private transient List<NewsItem> items;

    public List<NewsItem> getItems() {
        if (items == null) {
            items = news.all();
        }
        return items;
    }

    /** A new item is shown from today unless staff choose another day. */
    @PostConstruct
    void startToday() {
        shownFrom = clock.today();
    }

    /** « Modifier »: the form takes the item as it is now. */
    public void edit(long id) {
        news.find(id).ifPresentOrElse(item -> {
            editedId = id;
            editedVersion = item.getVersion();
            editedWithPicture = item.isWithPicture();
            title = item.getTitle();
            body = item.getBody();
            shownFrom = item.getShownFrom();
            shownUntil = item.getShownUntil();
            audience = item.getAudience();
            removePicture = false;
        }, () -> Messages.error(null, "news.gone"));
    }

    public void save() throws IOException {
        NewsDraft draft = NewsRules.draft(title, body, shownFrom, shownUntil, audience);
        Map<String, String> problems = NewsRules.problems(draft);
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> Messages.error(field, key, NewsRules.limitOf(key)));
            return;
        }
        byte[] bytes;
        try {
            bytes = pictureSent();
        } catch (ActionRefused refused) {
            Messages.error(PICTURE_FIELD, refused.messageKey(), refused.arguments());
            return;
        }
        String actor = Caller.name();
        if (editedId == null) {
            FormSaves.save(() -> {
                news.publish(draft, bytes, actor);
                return PAGE;
            }, "news.published");
        } else {
            FormSaves.save(() -> {
                news.change(editedId, editedVersion, draft, bytes, removePicture, actor);
                return PAGE;
            }, "news.changed");
        }
    }

    public void remove(long id) throws IOException {
        FormSaves.save(() -> {
            news.remove(id);
            return PAGE;
        }, "news.removed");
    }

    /** Checked here so that a wrong file is said at its field, before anything is saved. */
    private byte[] pictureSent() throws IOException {
        if (picture == null || picture.getSize() == 0) {
            return null;
        }
        try (InputStream in = picture.getInputStream()) {
            byte[] bytes = NewsRules.PICTURE.read(in);
            NewsRules.PICTURE.check(bytes);
            return bytes;
        }
    }

    public boolean isEditing() { return editedId != null; }
    public boolean isEditedWithPicture() { return editedWithPicture; }
    public Audience[] getAudiences() { return Audience.values(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDate getShownFrom() { return shownFrom; }
    public void setShownFrom(LocalDate shownFrom) { this.shownFrom = shownFrom; }
    public LocalDate getShownUntil() { return shownUntil; }
    public void setShownUntil(LocalDate shownUntil) { this.shownUntil = shownUntil; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public boolean isRemovePicture() { return removePicture; }
    public void setRemovePicture(boolean removePicture) { this.removePicture = removePicture; }
    public Part getPicture() { return picture; }
    public void setPicture(Part picture) { this.picture = picture; }
}
