package fr.portailfamilles.household.web;

import fr.portailfamilles.household.boundary.HouseholdEditing;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.time.LocalDate;

/** Staff: a new family quotient on the household's page. */
@Named
@RequestScoped
public class QuotientFormView {

    @Inject
    HouseholdEditing editing;

    @Inject
    HouseholdDetailView detail;

    @NotNull(message = "{household.quotient.range}")
    @Min(value = 0, message = "{household.quotient.range}")
    @Max(value = 99999, message = "{household.quotient.range}")
    private Integer amount;

    @NotNull(message = "{household.quotient.from}")
    private LocalDate validFrom;

    private BenefitsBody source = BenefitsBody.CAF;

    public void record() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            editing.recordQuotient(detail.getId(), amount, validFrom, source, external.getUserPrincipal().getName());
            Messages.infoAfterRedirect("/gestion/famille.xhtml?id=" + detail.getId(), "household.quotient.saved");
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public BenefitsBody[] getSources() { return BenefitsBody.values(); }
    public Integer getAmount() { return amount; }
    public void setAmount(Integer amount) { this.amount = amount; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public BenefitsBody getSource() { return source; }
    public void setSource(BenefitsBody source) { this.source = source; }
}
