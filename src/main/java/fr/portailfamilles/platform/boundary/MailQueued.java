package fr.portailfamilles.platform.boundary;

/** Fired when a message joins the outbox; carries the full text, which the outbox may hold masked. */
public record MailQueued(long outboxId, MailMessage mail) {
}
