package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.entity.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** IT: the latest entries of the security journal. */
@Named
@RequestScoped
public class AuditLogView {

    static final int MAX_ROWS = 1000;

    @Inject
    AuditLog auditLog;

    private List<AuditEvent> events;

    public List<AuditEvent> getEvents() {
        if (events == null) {
            events = auditLog.latest(MAX_ROWS);
        }
        return events;
    }
}
