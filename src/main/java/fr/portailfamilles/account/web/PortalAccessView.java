package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.GuardianAccess;
import fr.portailfamilles.account.boundary.PortalAccess;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.control.SearchText;
import fr.portailfamilles.platform.web.MailNotices;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.PortalUrl;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/** Staff: find a guardian and open (or resend) their portal access. */
@Named
@ViewScoped
public class PortalAccessView implements Serializable {

    @Inject
    MailNotices mailNotices;

    @Inject
    PortalAccess portalAccess;

    @Size(max = SearchText.MAX_LENGTH, message = "{search.tooLong}")
    private String search;

    /** Set when staff come from a household's page: its guardians only, until they search. */
    private Long householdId;

    private List<GuardianAccess> guardians;

    public void find() {
        householdId = null;
        list();
    }

    private void list() {
        guardians = householdId != null ? portalAccess.ofHousehold(householdId) : portalAccess.search(search);
    }

    public void open(GuardianAccess guardian) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        try {
            portalAccess.open(guardian.getGuardianId(), PortalUrl.address(), request.getUserPrincipal().getName());
            Messages.info(null, guardian.isHasAccount() ? "access.resent" : "access.opened", mailNotices.toPerson(guardian.getEmail()));
            list();
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public List<GuardianAccess> getGuardians() {
        if (guardians == null) {
            list();
        }
        return guardians;
    }

    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
