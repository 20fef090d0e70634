package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.ChangeLogEntry;
import fr.portailfamilles.household.entity.Household;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.util.List;

/** Staff: one household's file, chosen by its id in the address (staff may see every household). */
@Named
@RequestScoped
public class HouseholdDetailView {

    @Inject
    Households households;

    @Inject
    ChangeRequests changeRequests;

    private List<ChangeLogEntry> log;

    private Long id;
    private Household household;

    /** An unknown id is a page that does not exist. */
    public void load() throws IOException {
        if (getHousehold() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /** On a form post the page is rebuilt before the view parameter reaches this bean: the id then comes as a request parameter. */
    public Household getHousehold() {
        if (id == null) {
            String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            id = posted != null && posted.matches("\\d{1,18}") ? Long.valueOf(posted) : null;
        }
        if (household == null && id != null) {
            household = households.forStaff(id).orElse(null);
        }
        return household;
    }

    public List<ChangeLogEntry> getLog() {
        if (log == null && id != null) {
            log = changeRequests.logOf(id);
        }
        return log;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
