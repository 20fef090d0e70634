package fr.portailfamilles.platform.boundary;

import java.util.List;

/**
 * An e-mail to send. {@code secrets} are the parts of the body (provisional password, reset link) that
 * the outbox shows masked, except in demo mode where no real mail server may exist.
 */
public record MailMessage(String recipient, String subject, String body, List<String> secrets) {

    public String maskedBody() {
        String masked = body;
        for (String secret : secrets) {
            masked = masked.replace(secret, "••••••••");
        }
        return masked;
    }
}
