package fr.portailfamilles.platform.web;

import java.io.Serializable;
import java.time.Instant;

/** A line of the security journal as the page shows it (and as its filters match it): in words. */
public record AuditRow(Instant occurredAt, String action, String actor, String subject, String detail, String clientAddress) implements Serializable {

    public Instant getOccurredAt() { return occurredAt; }
    public String getAction() { return action; }
    public String getActor() { return actor; }
    public String getSubject() { return subject; }
    public String getDetail() { return detail; }
    public String getClientAddress() { return clientAddress; }
}
