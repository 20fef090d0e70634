package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The sentence a page adds after an action that e-mails someone, true to what happens: the e-mail is queued and
 * leaves within moments, or, in a demonstration without a mail server, it is kept in the outbox and never sent.
 * A page cannot say "sent": delivery happens after the action commits, and may fail (the outbox then tells why).
 */
@ApplicationScoped
public class MailNotices {

    @Inject
    Mailer mailer;

    /** To the parent who acted. */
    public String toYou() {
        return notice("you");
    }

    /** To staff, after a batch that e-mails one or several families. */
    public String toFamilies() {
        return notice("families");
    }

    /** To staff, after an action that e-mails one family. */
    public String toFamily() {
        return notice("family");
    }

    /** To staff, after an action that e-mails the person at {@code email}. */
    public String toPerson(String email) {
        return notice("person", email);
    }

    private String notice(String whom, Object... arguments) {
        return Messages.text("mailNotice." + (mailer.keepsMail() ? "kept." : "queued.") + whom, arguments);
    }
}
