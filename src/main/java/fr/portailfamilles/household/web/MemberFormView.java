package fr.portailfamilles.household.web;

import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.household.boundary.FamilyMembers;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.Household;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What the staff's forms for a household member (guardian, child) share: the household and member from the
 * address, filled on the first visit, a 404 when either is unknown, and the save that goes back to the household.
 *
 * @param <M> the kind of member
 */
abstract class MemberFormView<M> implements Serializable {

    @Inject
    Households households;

    @Inject
    FamilyMembers members;

    private Long householdId;
    private Long id;
    private String householdName;

    /** The version of the member the form was filled from, so that a concurrent save is refused. */
    protected long version;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Optional<Household> household = householdId == null ? Optional.empty() : households.forStaff(householdId);
        if (household.isEmpty()) {
            MissingPage.send();
            return;
        }
        householdName = household.get().getName();
        if (id == null) {
            fillNew(household.get());
            return;
        }
        Optional<M> member = membersOf(household.get()).stream().filter(m -> id.equals(idOf(m))).findFirst();
        if (member.isEmpty()) {
            MissingPage.send();
            return;
        }
        fillFrom(member.get());
    }

    protected abstract List<M> membersOf(Household household);

    protected abstract Long idOf(M member);

    protected abstract void fillFrom(M member);

    protected void fillNew(Household household) {
    }

    /** Saves through the boundary, then shows the household's page with the confirmation. */
    protected void save(Runnable change) throws IOException {
        FormSaves.save(() -> {
            change.run();
            return FileForms.householdPage(householdId);
        }, "member.saved");
    }

    public boolean isNew() { return id == null; }
    public String getHouseholdName() { return householdName; }
    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
