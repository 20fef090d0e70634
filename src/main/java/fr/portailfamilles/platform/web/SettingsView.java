package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** IT: the settings that change how the portal behaves while it runs. */
@Named
@RequestScoped
public class SettingsView {

    @Inject
    Settings settings;

    private Boolean captchaAlways;

    private Boolean contactAlert;

    @Min(value = 5, message = "{settings.idle.range}")
    @Max(value = 480, message = "{settings.idle.range}")
    private Integer staffIdleMinutes;

    @Min(value = 1, message = "{settings.retention.range}")
    @Max(value = 10, message = "{settings.retention.range}")
    private Integer retentionYears;

    @Min(value = 10, message = "{settings.accountingRetention.range}")
    @Max(value = 30, message = "{settings.accountingRetention.range}")
    private Integer accountingRetentionYears;

    public void save() {
        String actor = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        settings.change(Settings.CAPTCHA_ALWAYS, String.valueOf(getCaptchaAlways()), actor);
        settings.change(Settings.CONTACT_ALERT, String.valueOf(getContactAlert()), actor);
        settings.change(Settings.STAFF_IDLE_MINUTES, String.valueOf(getStaffIdleMinutes()), actor);
        settings.change(Settings.RETENTION_YEARS, String.valueOf(getRetentionYears()), actor);
        settings.change(Settings.ACCOUNTING_RETENTION_YEARS, String.valueOf(getAccountingRetentionYears()), actor);
        Messages.info(null, "settings.saved");
    }

    public Boolean getCaptchaAlways() {
        if (captchaAlways == null) {
            captchaAlways = settings.captchaAlways();
        }
        return captchaAlways;
    }

    public void setCaptchaAlways(Boolean captchaAlways) { this.captchaAlways = captchaAlways; }

    public Boolean getContactAlert() {
        if (contactAlert == null) {
            contactAlert = settings.contactAlert();
        }
        return contactAlert;
    }

    public void setContactAlert(Boolean contactAlert) { this.contactAlert = contactAlert; }

    public Integer getStaffIdleMinutes() {
        if (staffIdleMinutes == null) {
            staffIdleMinutes = settings.staffIdleMinutes();
        }
        return staffIdleMinutes;
    }

    public void setStaffIdleMinutes(Integer staffIdleMinutes) { this.staffIdleMinutes = staffIdleMinutes; }

    public Integer getRetentionYears() {
        if (retentionYears == null) {
            retentionYears = settings.retentionYears();
        }
        return retentionYears;
    }

    public void setRetentionYears(Integer retentionYears) { this.retentionYears = retentionYears; }

    public Integer getAccountingRetentionYears() {
        if (accountingRetentionYears == null) {
            accountingRetentionYears = settings.accountingRetentionYears();
        }
        return accountingRetentionYears;
    }

    public void setAccountingRetentionYears(Integer accountingRetentionYears) { this.accountingRetentionYears = accountingRetentionYears; }
}
