package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.entity.PortalSetting;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Settings that IT changes while the portal runs. */
@Stateless
@PermitAll
public class Settings {

    public static final String CAPTCHA_ALWAYS = "login.captcha.always";
    /** Whether a family's message to the centre is announced by e-mail to the centre's address. */
    public static final String CONTACT_ALERT = "contact.alert";
    public static final String STAFF_IDLE_MINUTES = "staff.idle.minutes";
    /** RGPD: years without activity after which a household's file is anonymised. */
    public static final String RETENTION_YEARS = "rgpd.retention.years";
    /** Accounting: years an invoice keeps the name and address it was issued to, even for an anonymised household. */
    public static final String ACCOUNTING_RETENTION_YEARS = "accounting.retention.years";
    /** The day of the month (1 to 28) on which the previous month is invoiced automatically. */
    public static final String INVOICE_RUN_DAY = "invoice.run.day";
    /** The hour (0 to 23, Paris time) of that day. */
    public static final String INVOICE_RUN_HOUR = "invoice.run.hour";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    public boolean captchaAlways() {
        return Boolean.parseBoolean(value(CAPTCHA_ALWAYS, "false"));
    }

    public boolean contactAlert() {
        return Boolean.parseBoolean(value(CONTACT_ALERT, "false"));
    }

    public int staffIdleMinutes() {
        return number(STAFF_IDLE_MINUTES, 30);
    }

    public int retentionYears() {
        return number(RETENTION_YEARS, 3);
    }

    public int accountingRetentionYears() {
        return number(ACCOUNTING_RETENTION_YEARS, 10);
    }

    public int invoiceRunDay() {
        return number(INVOICE_RUN_DAY, 1);
    }

    public int invoiceRunHour() {
        return number(INVOICE_RUN_HOUR, 2);
    }

    private int number(String name, int fallback) {
        try {
            return Integer.parseInt(value(name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @RolesAllowed("IT")
    public void change(String name, String value, String actor) {
        PortalSetting setting = em.find(PortalSetting.class, name);
        if (setting == null) {
            em.persist(new PortalSetting(name, value));
        } else if (!setting.getValue().equals(value)) {
            setting.change(value);
        } else {
            return;
        }
        auditLog.record(AuditAction.SETTING_CHANGED, actor, name, value);
    }

    private String value(String name, String fallback) {
        PortalSetting setting = em.find(PortalSetting.class, name);
        return setting == null ? fallback : setting.getValue();
    }
}
