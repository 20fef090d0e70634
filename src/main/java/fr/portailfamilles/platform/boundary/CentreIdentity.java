package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.CentreField;
import fr.portailfamilles.platform.control.CentreLogoRules;
import fr.portailfamilles.platform.control.Letterhead;
import fr.portailfamilles.platform.control.PictureRules;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.entity.Centre;
import fr.portailfamilles.platform.entity.CentreLogo;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;

/**
 * The centre's identity: read by every page and document, changed by IT. Read from the database each time (a page
 * reads it once per request), so that every node of a cluster shows a change at once.
 */
@Stateless
@PermitAll
public class CentreIdentity {

    /** The version a form shows when no centre is described yet. */
    public static final long NONE_YET = -1;

    /** The logo's name in the security journal (audit.setting.centre.logo), its detail true when added, false when removed. */
    private static final String LOGO = "centre.logo";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    public Optional<Centre> centre() {
        return em.createNamedQuery(Centre.FIND_ALL, Centre.class).setMaxResults(1).getResultStream().findFirst();
    }

    /** What a document shows at its top, the logo's bytes with it; empty while IT has not described the centre. */
    public Optional<Letterhead> letterhead() {
        return centre().map(centre -> new Letterhead(centre.getName(), centre.getAddressLine(),
                centre.valueOf(CentreField.ADDRESS_MORE), centre.getPostcode(), centre.getTown(), centre.getPhone(),
                centre.getEmail(), centre.isWithLogo() ? em.find(CentreLogo.class, centre.getId()).getContent() : null));
    }

    /** The logo to serve, with its digest as its ETag. */
    public Optional<Logo> logo() {
        return centre().filter(Centre::isWithLogo).map(centre -> {
            CentreLogo logo = em.find(CentreLogo.class, centre.getId());
            return new Logo(logo.getMediaType(), logo.getContent(), centre.getLogoDigest());
        });
    }

    public record Logo(String mediaType, byte[] content, String digest) {
    }

    /**
     * Saves what changed, each change in the security journal, all or nothing.
     *
     * @param expectedVersion the version the form was filled from ({@link #NONE_YET} for a first description): if
     *                        another IT session saved since, the save is refused so that neither edit is silently lost
     */
    @RolesAllowed("IT")
    public void change(long expectedVersion, Map<CentreField, String> typed, String actor) {
        if (!CentreField.problems(typed).isEmpty()) {
            throw new ActionRefused("centre.invalid");
        }
        Optional<Centre> existing = centre();
        Centre centre = existing.orElseGet(() -> new Centre("", "", "", "", "", "", ""));
        checkVersion(existing, expectedVersion);
        for (CentreField field : CentreField.values()) {
            String value = CentreField.cleaned(typed.get(field));
            if (!value.equals(centre.valueOf(field))) {
                centre.change(field, value);
                auditLog.record(AuditAction.SETTING_CHANGED, actor, field.subject(), value);
            }
        }
        if (existing.isEmpty()) {
            em.persist(centre);
        }
    }

    @RolesAllowed("IT")
    public void replaceLogo(long expectedVersion, byte[] bytes, String actor) {
        Centre centre = described(expectedVersion);
        String mediaType = CentreLogoRules.check(bytes);
        CentreLogo logo = em.find(CentreLogo.class, centre.getId());
        if (logo == null) {
            em.persist(new CentreLogo(centre.getId(), mediaType, bytes));
        } else {
            logo.replace(mediaType, bytes);
        }
        centre.logoChanged(PictureRules.digest(bytes));
        auditLog.record(AuditAction.SETTING_CHANGED, actor, LOGO, "true");
    }

    @RolesAllowed("IT")
    public void removeLogo(long expectedVersion, String actor) {
        Centre centre = described(expectedVersion);
        if (!centre.isWithLogo()) {
            return;
        }
        em.remove(em.find(CentreLogo.class, centre.getId()));
        centre.logoChanged(null);
        auditLog.record(AuditAction.SETTING_CHANGED, actor, LOGO, "false");
    }

    private Centre described(long expectedVersion) {
        Optional<Centre> centre = centre();
        if (centre.isEmpty()) {
            throw new ActionRefused("centre.logo.describeFirst");
        }
        checkVersion(centre, expectedVersion);
        return centre.get();
    }

    private static void checkVersion(Optional<Centre> centre, long expectedVersion) {
        if (centre.map(Centre::getVersion).orElse(NONE_YET) != expectedVersion) {
            throw new ActionRefused("centre.concurrentEdit");
        }
    }
}
