package fr.portailfamilles.household.web;

import fr.portailfamilles.document.control.AcceptedFiles;
import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.boundary.ChangeRequests.QuotientProposal;
import fr.portailfamilles.household.entity.ChangeRequest;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.FileValues;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import fr.portailfamilles.platform.web.SignedInPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** "Signaler une modification" on Mes informations, and the answers to earlier requests. */
@Named
@ViewScoped
public class ChangeRequestView implements Serializable {

    @Inject
    ChangeRequests changeRequests;

    @Inject
    SignedInPerson signedIn;

    @Inject
    FamilySpaceView familySpace;

    @NotBlank(message = "{changes.address.required}")
    @Size(max = 200, message = "{changes.tooLong}")
    private String addressLine;

    @Pattern(regexp = FileValues.POSTCODE, message = "{changes.postcode.invalid}")
    @NotBlank(message = "{changes.postcode.invalid}")
    private String postcode;

    @NotBlank(message = "{changes.town.required}")
    @Size(max = 100, message = "{changes.tooLong}")
    private String town;

    @Pattern(regexp = FileValues.PHONE, message = "{changes.phone.invalid}")
    private String phone;

    @NotNull
    private FamilySituation familySituation;

    @Pattern(regexp = FileValues.ALLOCATAIRE_NUMBER, message = "{changes.allocataire.invalid}")
    private String allocataireNumber;

    @Min(value = 0, message = "{household.quotient.range}")
    @Max(value = 99999, message = "{household.quotient.range}")
    private Integer quotientAmount;

    private LocalDate quotientValidFrom;

    private transient Part quotientProof;

    @Size(max = 500, message = "{changes.tooLong}")
    private String comment;

    private List<ChangeRequest> requests;

    @PostConstruct
    void fillFromFile() {
        Household household = familySpace.getHousehold();
        addressLine = household.getAddressLine();
        postcode = household.getPostcode();
        town = household.getTown();
        phone = household.getPhone();
        familySituation = household.getFamilySituation();
        allocataireNumber = household.getAllocataireNumber();
    }

    public void submit() throws IOException {
        Map<HouseholdField, String> proposed = new EnumMap<>(HouseholdField.class);
        proposed.put(HouseholdField.ADDRESS_LINE, addressLine);
        proposed.put(HouseholdField.POSTCODE, postcode);
        proposed.put(HouseholdField.TOWN, town);
        proposed.put(HouseholdField.PHONE, phone);
        proposed.put(HouseholdField.FAMILY_SITUATION, familySituation.name());
        proposed.put(HouseholdField.ALLOCATAIRE_NUMBER, allocataireNumber);
        try {
            Optional<QuotientProposal> quotient = quotientProposal();
            if (FacesContext.getCurrentInstance().isValidationFailed()) {
                return;
            }
            changeRequests.submit(familySpace.getHousehold().getId(), signedIn.login().orElseThrow(),
                    proposed, comment, quotient.orElse(null));
            Messages.infoAfterRedirect("/portail/mes-informations.xhtml", "changes.sent");
        } catch (ActionRefused refused) {
            String field = refused.messageKey().startsWith("document.") ? "quotient-proof"
                    : refused.messageKey().contains("quotient") ? "quotient-amount" : null;
            Messages.error(field, refused.messageKey(), refused.arguments());
        }
    }

    /** A new quotient needs its amount, its first day and its proof together: each missing one is said at its field. */
    private Optional<QuotientProposal> quotientProposal() throws IOException {
        boolean proofSent = quotientProof != null && quotientProof.getSize() > 0;
        if (quotientAmount == null && quotientValidFrom == null && !proofSent) {
            return Optional.empty();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (quotientAmount == null) {
            Messages.error("quotient-amount", "changes.quotient.amountRequired");
        }
        if (quotientValidFrom == null) {
            Messages.error("quotient-from", "changes.quotient.fromRequired");
        }
        if (!proofSent) {
            Messages.error("quotient-proof", "changes.quotient.proofRequired");
        }
        if (quotientAmount == null || quotientValidFrom == null || !proofSent) {
            faces.validationFailed();
            return Optional.empty();
        }
        try (InputStream in = quotientProof.getInputStream()) {
            byte[] bytes = AcceptedFiles.read(in);
            return Optional.of(new QuotientProposal(quotientAmount, quotientValidFrom,
                    quotientProof.getSubmittedFileName(), bytes));
        }
    }

    /** The requests about the household's own file, for Mes informations. */
    public List<ChangeRequest> getHouseholdRequests() {
        return requests().stream().filter(r -> r.getChild() == null).toList();
    }

    /** The requests about the children's files, for Mes enfants. */
    public List<ChangeRequest> getChildRequests() {
        return requests().stream().filter(r -> r.getChild() != null).toList();
    }

    private List<ChangeRequest> requests() {
        if (requests == null) {
            requests = changeRequests.forHousehold(familySpace.getHousehold().getId());
        }
        return requests;
    }

    public FamilySituation[] getSituations() {
        return FamilySituation.values();
    }

    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public FamilySituation getFamilySituation() { return familySituation; }
    public void setFamilySituation(FamilySituation familySituation) { this.familySituation = familySituation; }
    public String getAllocataireNumber() { return allocataireNumber; }
    public void setAllocataireNumber(String allocataireNumber) { this.allocataireNumber = allocataireNumber; }
    public Integer getQuotientAmount() { return quotientAmount; }
    public void setQuotientAmount(Integer quotientAmount) { this.quotientAmount = quotientAmount; }
    public LocalDate getQuotientValidFrom() { return quotientValidFrom; }
    public void setQuotientValidFrom(LocalDate quotientValidFrom) { this.quotientValidFrom = quotientValidFrom; }
    public Part getQuotientProof() { return quotientProof; }
    public void setQuotientProof(Part quotientProof) { this.quotientProof = quotientProof; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
