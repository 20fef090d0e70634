package fr.portailfamilles.document.boundary;

import fr.portailfamilles.document.control.AcceptedFiles;
import fr.portailfamilles.platform.control.FileKinds;
import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.document.entity.DocumentContent;
import fr.portailfamilles.document.entity.DocumentKind;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The files families send. A parent only ever reaches their own household's documents. */
@Stateless
@PermitAll
public class Documents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Checks the bytes (type and size) and keeps the file; joins the caller's transaction. */
    @RolesAllowed({"PARENT", "STAFF"})
    public Document store(long householdId, DocumentKind kind, String submittedName, byte[] bytes, String uploadedBy) {
        if (bytes.length > AcceptedFiles.MAX_BYTES) {
            throw new ActionRefused("document.tooLarge");
        }
        String mediaType = AcceptedFiles.mediaTypeOf(bytes);
        Document document = new Document(householdId, kind, FileKinds.cleanName(submittedName), mediaType,
                bytes.length, uploadedBy, clock.now());
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), bytes));
        return document;
    }

    /** @param householdId the parent's own household, from their account */
    @RolesAllowed("PARENT")
    public Optional<StoredFile> forParent(long documentId, long householdId) {
        return file(documentId).filter(file -> file.document().getHouseholdId() == householdId);
    }

    @RolesAllowed("STAFF")
    public Optional<StoredFile> forStaff(long documentId) {
        return file(documentId);
    }

    @RolesAllowed("STAFF")
    public List<Document> ofHousehold(long householdId) {
        return em.createNamedQuery(Document.FIND_FOR_HOUSEHOLD, Document.class)
                .setParameter("householdId", householdId).getResultList();
    }

    private Optional<StoredFile> file(long documentId) {
        return Optional.ofNullable(em.find(Document.class, documentId))
                .map(document -> new StoredFile(document, em.find(DocumentContent.class, documentId).getContent()));
    }

    /** A document with its bytes, to send to the person who opens it. */
    public record StoredFile(Document document, byte[] content) {
    }
}
