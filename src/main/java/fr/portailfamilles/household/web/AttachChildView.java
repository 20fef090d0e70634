package fr.portailfamilles.household.web;

import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.household.boundary.ChildMatch;
import fr.portailfamilles.household.boundary.FamilyMembers;
import fr.portailfamilles.household.boundary.Households;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import fr.portailfamilles.platform.control.SearchText;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Staff: separated parents' child, already in one household's file, attached to the other household too. */
@Named
@ViewScoped
public class AttachChildView implements Serializable {

    @Inject
    Households households;

    @Inject
    FamilyMembers members;

    private Long householdId;
    private String householdName;

    @Size(max = SearchText.MAX_LENGTH, message = "{search.tooLong}")
    private String search;

    private List<ChildMatch> matches = List.of();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        householdName = householdId == null ? null : households.forStaff(householdId).map(h -> h.getName()).orElse(null);
        if (householdName == null) {
            MissingPage.send();
        }
    }

    public void find() {
        matches = members.findChildren(search);
    }

    public void attach(ChildMatch match) throws IOException {
        FormSaves.save(() -> {
            members.attachChild(householdId, match.getChildId(), Caller.name());
            return FileForms.householdPage(householdId);
        }, "member.child.attached");
    }

    public List<ChildMatch> getMatches() { return matches; }
    public String getHouseholdName() { return householdName; }
    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
