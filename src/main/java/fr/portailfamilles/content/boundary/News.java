package fr.portailfamilles.content.boundary;

import fr.portailfamilles.content.control.NewsRules;
import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.NewsDraft;
import fr.portailfamilles.content.entity.NewsImage;
import fr.portailfamilles.content.entity.NewsItem;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.PictureRules;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Actualités: staff write them, the public home page shows those for everyone, the families' home page those for
 * everyone and for families, each between its two days (Paris time).
 */
@Stateless
public class News {

    /** How many items a home page shows, newest first. */
    static final int SHOWN_AT_MOST = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PermitAll
    public List<NewsItem> shown(Set<Audience> audiences) {
        return em.createNamedQuery(NewsItem.SHOWN, NewsItem.class).setParameter("today", clock.today())
                .setParameter("audiences", audiences).setMaxResults(SHOWN_AT_MOST).getResultList();
    }

    /** The picture of an item its reader may see today; staff see every item's. */
    @PermitAll
    public Optional<Picture> picture(long id, Set<Audience> audiences, boolean staff) {
        NewsItem item = em.find(NewsItem.class, id);
        if (item == null || !item.isWithPicture() || !staff && !item.isShownOn(clock.today(), audiences)) {
            return Optional.empty();
        }
        NewsImage image = em.find(NewsImage.class, id);
        return Optional.of(new Picture(image.getMediaType(), image.getContent(), item.getImageDigest(),
                item.getAudience() == Audience.PUBLIC));
    }

    @RolesAllowed("STAFF")
    public List<NewsItem> all() {
        return em.createNamedQuery(NewsItem.ALL, NewsItem.class).getResultList();
    }

    @RolesAllowed("STAFF")
    public Optional<NewsItem> find(long id) {
        return Optional.ofNullable(em.find(NewsItem.class, id));
    }

    /** @param picture the new picture's bytes, or null to keep none */
    @RolesAllowed("STAFF")
    public long publish(NewsDraft draft, byte[] picture, String actor) {
        NewsItem item = new NewsItem(checked(draft), actor, clock.now());
        em.persist(item);
        em.flush();
        if (picture != null) {
            replacePicture(item, picture);
        }
        return item.getId();
    }

    /**
     * @param expectedVersion the version the form was filled from: a colleague's save in between is not overwritten
     * @param picture         a new picture's bytes, or null to keep the one it has (unless removed)
     */
    @RolesAllowed("STAFF")
    public void change(long id, long expectedVersion, NewsDraft draft, byte[] picture, boolean removePicture, String actor) {
        NewsDraft checked = checked(draft);
        NewsItem item = current(id, expectedVersion);
        item.write(checked, actor, clock.now());
        if (picture != null) {
            replacePicture(item, picture);
        } else if (removePicture && item.isWithPicture()) {
            em.remove(em.find(NewsImage.class, id));
            item.pictureChanged(null);
        }
    }

    @RolesAllowed("STAFF")
    public void remove(long id) {
        NewsItem item = em.find(NewsItem.class, id);
        if (item == null) {
            return;
        }
        if (item.isWithPicture()) {
            em.remove(em.find(NewsImage.class, id));
        }
        em.remove(item);
    }

    private void replacePicture(NewsItem item, byte[] bytes) {
        String mediaType = NewsRules.PICTURE.check(bytes);
        NewsImage image = em.find(NewsImage.class, item.getId());
        if (image == null) {
            em.persist(new NewsImage(item.getId(), mediaType, bytes));
        } else {
            image.replace(mediaType, bytes);
        }
        item.pictureChanged(PictureRules.digest(bytes));
    }

    private NewsItem current(long id, long expectedVersion) {
        NewsItem item = em.find(NewsItem.class, id);
        if (item == null) {
            throw new ActionRefused("news.gone");
        }
        if (item.getVersion() != expectedVersion) {
            throw new ActionRefused("news.concurrentEdit");
        }
        return item;
    }

    /** Cleaned again whoever sent it: a script in the text never reaches the database. */
    private static NewsDraft checked(NewsDraft draft) {
        NewsDraft cleaned = NewsRules.draft(draft.title(), draft.body(), draft.shownFrom(), draft.shownUntil(), draft.audience());
        if (!NewsRules.problems(cleaned).isEmpty()) {
            throw new ActionRefused("news.invalid");
        }
        return cleaned;
    }

    /** Who may read what: the public reads public news; a signed-in family, its own too. */
    public static Set<Audience> readBy(boolean family) {
        return family ? EnumSet.allOf(Audience.class) : EnumSet.of(Audience.PUBLIC);
    }

    /** @param forEveryone a public item's: caches between the reader and the portal may keep it */
    public record Picture(String mediaType, byte[] content, String digest, boolean forEveryone) {
    }
}
