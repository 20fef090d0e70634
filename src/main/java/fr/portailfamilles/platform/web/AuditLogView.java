package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.control.SearchText;
import fr.portailfamilles.platform.entity.AuditEvent;
import fr.portailfamilles.platform.lifecycle.HouseholdNames;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/** IT: the latest entries of the security journal, in words (the filters match what is shown). */
@Named
@RequestScoped
public class AuditLogView {

    static final int MAX_ROWS = 1000;

    @Inject
    AuditLog auditLog;

    @Inject
    HouseholdNames householdNames;

    private List<AuditRow> events;

    public List<AuditRow> getEvents() {
        if (events == null) {
            List<AuditEvent> latest = auditLog.latest(MAX_ROWS);
            AuditWording wording = new AuditWording(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    householdNames.names(AuditWording.householdIds(latest)));
            events = latest.stream().map(wording::row).toList();
        }
        return events;
    }

    /** The columns' filter: what is typed, found anywhere in what is shown, whatever its accents and capitals. */
    public boolean shows(Object shown, Object typed, Locale locale) {
        String wanted = SearchText.normalise(typed == null ? "" : typed.toString().strip());
        return wanted.isEmpty() || SearchText.normalise(shown == null ? "" : shown.toString()).contains(wanted);
    }

    /** With entries in the journal, an empty table can only be the filters' doing. */
    public String getEmptyMessage() {
        return Messages.text(getEvents().isEmpty() ? "audit.empty" : "audit.noMatch");
    }
}
