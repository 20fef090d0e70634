package fr.portailfamilles.platform.boundary;

/** Fired when a message joins the outbox or goes back to it: delivery tries it as soon as the transaction commits. */
public record MailQueued(long outboxId) {
}
