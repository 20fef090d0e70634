package fr.portailfamilles.household.web;

import fr.portailfamilles.platform.web.FormSaves;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.MissingPage;
import fr.portailfamilles.household.boundary.HouseholdEditing;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.household.entity.Relationship;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** Staff: open a family file, or edit the details of one. */
@Named
@ViewScoped
public class HouseholdFormView implements Serializable {

    @Inject
    HouseholdEditing editing;

    @Inject
    Households households;

    private Long id;
    private long version;

    @NotBlank(message = "{household.lastName.required}") @Size(max = 80, message = "{changes.tooLong}")
    private String lastName;
    @NotBlank(message = "{household.firstName.required}") @Size(max = 80, message = "{changes.tooLong}")
    private String firstName;
    private Civility civility = Civility.MME;
    private Relationship relationship = Relationship.MOTHER;
    @Email(message = "{login.email.invalid}") @Size(max = 254, message = "{login.email.tooLong}")
    private String email;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String mobilePhone;
    @NotBlank(message = "{changes.address.required}") @Size(max = 200, message = "{changes.tooLong}")
    private String addressLine;
    @NotBlank(message = "{changes.postcode.invalid}") @Pattern(regexp = FileValues.POSTCODE, message = "{changes.postcode.invalid}")
    private String postcode;
    @NotBlank(message = "{changes.town.required}") @Size(max = 100, message = "{changes.tooLong}")
    private String town;
    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String phone;
    @NotNull
    private FamilySituation situation = FamilySituation.MARRIED;
    @NotNull
    private BenefitsBody benefitsBody = BenefitsBody.CAF;
    @Pattern(regexp = FileValues.ALLOCATAIRE_NUMBER, message = "{changes.allocataire.invalid}")
    private String allocataireNumber;
    @Min(value = 0, message = "{household.quotient.range}") @Max(value = 99999, message = "{household.quotient.range}")
    private Integer quotient;

    /** Fills the form from the file when an id is given; an unknown id is a missing page. */
    public void load() throws IOException {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Household household = households.forStaff(id).orElse(null);
        if (household == null) {
            MissingPage.send();
            return;
        }
        version = household.getVersion();
        addressLine = household.getAddressLine();
        postcode = household.getPostcode();
        town = household.getTown();
        phone = household.getPhone();
        email = household.getEmail();
        situation = household.getFamilySituation();
        benefitsBody = household.getBenefitsBody();
        allocataireNumber = household.getAllocataireNumber();
    }

    public void save() throws IOException {
        String staff = Caller.name();
        FormSaves.save(() -> FileForms.householdPage(isNew() ? create(staff) : update(staff)), "household.saved");
    }

    private long create(String staff) {
        return editing.create(new HouseholdEditing.NewHousehold(lastName, firstName, civility, relationship, email,
                mobilePhone, addressLine, postcode, town, phone, situation, benefitsBody, allocataireNumber, quotient), staff);
    }

    private long update(String staff) {
        Map<HouseholdField, String> values = new EnumMap<>(HouseholdField.class);
        values.put(HouseholdField.ADDRESS_LINE, addressLine);
        values.put(HouseholdField.POSTCODE, postcode);
        values.put(HouseholdField.TOWN, town);
        values.put(HouseholdField.PHONE, phone);
        values.put(HouseholdField.EMAIL, email);
        values.put(HouseholdField.FAMILY_SITUATION, situation.name());
        values.put(HouseholdField.BENEFITS_BODY, benefitsBody.name());
        values.put(HouseholdField.ALLOCATAIRE_NUMBER, allocataireNumber);
        editing.update(id, version, values, staff);
        return id;
    }

    public boolean isNew() { return id == null; }
    public Civility[] getCivilities() { return Civility.values(); }
    public Relationship[] getRelationships() { return Relationship.values(); }
    public FamilySituation[] getSituations() { return FamilySituation.values(); }
    public BenefitsBody[] getBenefitsBodies() { return BenefitsBody.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public Civility getCivility() { return civility; }
    public void setCivility(Civility civility) { this.civility = civility; }
    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship relationship) { this.relationship = relationship; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMobilePhone() { return mobilePhone; }
    public void setMobilePhone(String mobilePhone) { this.mobilePhone = mobilePhone; }
    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public FamilySituation getSituation() { return situation; }
    public void setSituation(FamilySituation situation) { this.situation = situation; }
    public BenefitsBody getBenefitsBody() { return benefitsBody; }
    public void setBenefitsBody(BenefitsBody benefitsBody) { this.benefitsBody = benefitsBody; }
    public String getAllocataireNumber() { return allocataireNumber; }
    public void setAllocataireNumber(String allocataireNumber) { this.allocataireNumber = allocataireNumber; }
    public Integer getQuotient() { return quotient; }
    public void setQuotient(Integer quotient) { this.quotient = quotient; }
}
