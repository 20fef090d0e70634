package fr.portailfamilles.platform.boundary;

/** A node's right to send one message: attempt number {@code attempt}, until the claim lapses. */
public record OutboxClaim(long messageId, int attempt, MailMessage mail) {
}
