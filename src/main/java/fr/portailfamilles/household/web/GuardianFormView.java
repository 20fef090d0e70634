package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.FamilyMembers.GuardianDetails;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/** Staff: add a guardian to a household (a second parent, a step-parent), or edit one. */
@Named
@ViewScoped
public class GuardianFormView extends MemberFormView<Guardian> {

    private Civility civility = Civility.MME;
    @NotBlank(message = "{household.lastName.required}") @Size(max = 80, message = "{changes.tooLong}")
    private String lastName;
    @NotBlank(message = "{household.firstName.required}") @Size(max = 80, message = "{changes.tooLong}")
    private String firstName;
    private Relationship relationship = Relationship.MOTHER;
    @Email(message = "{login.email.invalid}") @Size(max = 254, message = "{login.email.tooLong}")
    private String email;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String mobilePhone;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String homePhone;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String workPhone;
    @Size(max = 200, message = "{changes.tooLong}")
    private String addressLine;
    @Pattern(regexp = FileValues.POSTCODE, message = "{changes.postcode.invalid}")
    private String postcode;
    @Size(max = 100, message = "{changes.tooLong}")
    private String town;
    private boolean billed;

    @Override
    protected List<Guardian> membersOf(Household household) {
        return household.getGuardians();
    }

    @Override
    protected Long idOf(Guardian member) {
        return member.getId();
    }

    @Override
    protected void fillFrom(Guardian g) {
        version = g.getVersion();
        civility = g.getCivility();
        lastName = g.getLastName();
        firstName = g.getFirstName();
        relationship = g.getRelationship();
        email = g.getEmail();
        mobilePhone = g.getMobilePhone();
        homePhone = g.getHomePhone();
        workPhone = g.getWorkPhone();
        addressLine = g.getAddressLine();
        postcode = g.getPostcode();
        town = g.getTown();
        billed = g.isBilled();
    }

    public void save() throws IOException {
        long given = Stream.of(addressLine, postcode, town).filter(v -> FileValues.given(v) != null).count();
        if (given != 0 && given != 3) {
            Messages.error("address-line", "member.ownAddress.incomplete");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        GuardianDetails details = new GuardianDetails(civility, lastName, firstName, relationship, email, mobilePhone,
                homePhone, workPhone, addressLine, postcode, town, billed);
        save(() -> members.saveGuardian(getHouseholdId(), getId(), version, details, Caller.name()));
    }

    public Civility[] getCivilities() { return Civility.values(); }
    public Relationship[] getRelationships() { return Relationship.values(); }

    public Civility getCivility() { return civility; }
    public void setCivility(Civility civility) { this.civility = civility; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship relationship) { this.relationship = relationship; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMobilePhone() { return mobilePhone; }
    public void setMobilePhone(String mobilePhone) { this.mobilePhone = mobilePhone; }
    public String getHomePhone() { return homePhone; }
    public void setHomePhone(String homePhone) { this.homePhone = homePhone; }
    public String getWorkPhone() { return workPhone; }
    public void setWorkPhone(String workPhone) { this.workPhone = workPhone; }
    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public boolean isBilled() { return billed; }
    public void setBilled(boolean billed) { this.billed = billed; }
}
