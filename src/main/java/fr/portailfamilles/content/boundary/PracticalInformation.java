package fr.portailfamilles.content.boundary;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.content.control.InfoRules;
import fr.portailfamilles.content.entity.Audience;
import fr.portailfamilles.content.entity.Authored;
import fr.portailfamilles.content.entity.InfoDocument;
import fr.portailfamilles.content.entity.InfoDocumentDraft;
import fr.portailfamilles.content.entity.InfoDocumentFile;
import fr.portailfamilles.content.entity.InfoPage;
import fr.portailfamilles.content.entity.InfoPageDraft;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.FileKinds;
import fr.portailfamilles.platform.control.PictureRules;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Informations pratiques: pages staff write and PDF documents to download, among them the programmes d'animation of
 * the activities. Everyone reads those « pour tous », a signed-in family those « familles seulement » too (see
 * {@link News#readBy}); staff write them.
 */
@Stateless
public class PracticalInformation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Activities activities;

    @PermitAll
    public List<InfoPage> pages(Set<Audience> audiences) {
        return em.createNamedQuery(InfoPage.SHOWN, InfoPage.class).setParameter("audiences", audiences).getResultList();
    }

    @PermitAll
    public List<InfoDocument> documents(Set<Audience> audiences) {
        return em.createNamedQuery(InfoDocument.SHOWN, InfoDocument.class).setParameter("audiences", audiences).getResultList();
    }

    /** A document's file for whoever may read it; staff download every one. */
    @PermitAll
    public Optional<DownloadedFile> file(long id, Set<Audience> audiences, boolean staff) {
        InfoDocument document = em.find(InfoDocument.class, id);
        if (document == null || !staff && !document.isReadBy(audiences)) {
            return Optional.empty();
        }
        return Optional.of(new DownloadedFile(document.getFileName(), em.find(InfoDocumentFile.class, id).getContent(),
                document.getDigest(), document.getAudience() == Audience.PUBLIC));
    }

    @RolesAllowed("STAFF")
    public List<InfoPage> allPages() {
        return em.createNamedQuery(InfoPage.ALL, InfoPage.class).getResultList();
    }

    @RolesAllowed("STAFF")
    public List<InfoDocument> allDocuments() {
        return em.createNamedQuery(InfoDocument.ALL, InfoDocument.class).getResultList();
    }

    @RolesAllowed("STAFF")
    public Optional<InfoPage> page(long id) {
        return Optional.ofNullable(em.find(InfoPage.class, id));
    }

    @RolesAllowed("STAFF")
    public Optional<InfoDocument> document(long id) {
        return Optional.ofNullable(em.find(InfoDocument.class, id));
    }

    /** A new page comes last. */
    @RolesAllowed("STAFF")
    public long addPage(InfoPageDraft draft, String actor) {
        Integer last = em.createNamedQuery(InfoPage.LAST_POSITION, Integer.class).getSingleResult();
        InfoPage page = new InfoPage(checked(draft), last == null ? 1 : last + 1, actor, clock.now());
        em.persist(page);
        em.flush();
        return page.getId();
    }

    /** @param expectedVersion the version the form was filled from: a colleague's save in between is not overwritten */
    @RolesAllowed("STAFF")
    public void changePage(long id, long expectedVersion, InfoPageDraft draft, String actor) {
        InfoPageDraft checked = checked(draft);
        current(InfoPage.class, id, expectedVersion, "info.page.gone").write(checked, actor, clock.now());
    }

    /**
     * The page trades places with the one shown before it (or after it): both are locked, so that two colleagues
     * moving pages at once keep every position distinct.
     */
    @RolesAllowed("STAFF")
    public void movePage(long id, boolean earlier) {
        List<InfoPage> pages = em.createNamedQuery(InfoPage.ALL, InfoPage.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int index = pages.stream().map(InfoPage::getId).toList().indexOf(id);
        if (index < 0) {
            throw new ActionRefused("info.page.gone");
        }
        int other = earlier ? index - 1 : index + 1;
        if (other >= 0 && other < pages.size()) {
            pages.get(index).swapPositionWith(pages.get(other));
        }
    }

    @RolesAllowed("STAFF")
    public void removePage(long id) {
        Optional.ofNullable(em.find(InfoPage.class, id)).ifPresent(em::remove);
    }

    @RolesAllowed("STAFF")
    public long addDocument(InfoDocumentDraft draft, String fileName, byte[] content, String actor) {
        InfoDocumentDraft checked = checked(draft);
        InfoRules.checkPdf(content);
        InfoDocument document = new InfoDocument(checked, FileKinds.cleanName(fileName), content.length,
                PictureRules.digest(content), actor, clock.now());
        em.persist(document);
        em.flush();
        em.persist(new InfoDocumentFile(document.getId(), content));
        return document.getId();
    }

    /** @param content a new file's bytes, or null to keep the file it has */
    @RolesAllowed("STAFF")
    public void changeDocument(long id, long expectedVersion, InfoDocumentDraft draft, String fileName, byte[] content,
                               String actor) {
        InfoDocumentDraft checked = checked(draft);
        InfoDocument document = current(InfoDocument.class, id, expectedVersion, "info.document.gone");
        document.describe(checked, actor, clock.now());
        if (content != null) {
            InfoRules.checkPdf(content);
            document.fileChanged(FileKinds.cleanName(fileName), content.length, PictureRules.digest(content));
            em.find(InfoDocumentFile.class, id).replace(content);
        }
    }

    @RolesAllowed("STAFF")
    public void removeDocument(long id) {
        InfoDocument document = em.find(InfoDocument.class, id);
        if (document != null) {
            em.remove(em.find(InfoDocumentFile.class, id));
            em.remove(document);
        }
    }

    private <T extends Authored> T current(Class<T> type, long id, long expectedVersion, String goneKey) {
        T found = em.find(type, id);
        if (found == null) {
            throw new ActionRefused(goneKey);
        }
        if (found.getVersion() != expectedVersion) {
            throw new ActionRefused("info.concurrentEdit");
        }
        return found;
    }

    private static InfoPageDraft checked(InfoPageDraft draft) {
        InfoPageDraft cleaned = InfoRules.page(draft.title(), draft.body(), draft.audience());
        if (!InfoRules.problems(cleaned).isEmpty()) {
            throw new ActionRefused("info.invalid");
        }
        return cleaned;
    }

    /** Cleaned again whoever sent it, and the programme's period must be of its activity. */
    private InfoDocumentDraft checked(InfoDocumentDraft draft) {
        InfoDocumentDraft cleaned = InfoRules.document(draft.title(), draft.activityId(), draft.periodId(), draft.audience());
        if (!InfoRules.problems(cleaned).isEmpty()) {
            throw new ActionRefused("info.invalid");
        }
        if (cleaned.activityId() != null && activities.find(cleaned.activityId()).isEmpty()) {
            throw new ActionRefused("info.activity.gone");
        }
        if (cleaned.periodId() != null && activities.period(cleaned.periodId())
                .filter(period -> period.getActivity().getId().equals(cleaned.activityId())).isEmpty()) {
            throw new ActionRefused("info.period.notOfActivity");
        }
        return cleaned;
    }

    /** @param forEveryone a public document's: caches between the reader and the portal may keep it */
    public record DownloadedFile(String fileName, byte[] content, String digest, boolean forEveryone) {
    }
}
