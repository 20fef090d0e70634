package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.boundary.Outbox;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** Staff: every e-mail the portal sent or tried to send, and "Renvoyer" for those the mail server did not take. */
@Named
@RequestScoped
public class OutboxView {

    static final int MAX_ROWS = 500;

    private static final String PAGE = "/gestion/courriels.xhtml";

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    private List<OutboxMessage> messages;

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = outbox.latest(MAX_ROWS);
        }
        return messages;
    }

    /** What the intro says of passwords and links depends on it: the page must not claim they are masked in demo mode. */
    public boolean isShownInFull() {
        return mailer.showsBodiesInFull();
    }

    /** A demonstration without a mail server keeps its e-mails here: the intro says so. */
    public boolean isKept() {
        return mailer.keepsMail();
    }

    /** Names the e-mail and its recipient, so that staff confirm the one they mean. */
    public String resendConfirmation(OutboxMessage message) {
        return Messages.text("outbox.resendConfirm", message.getRecipient(), message.getSubject());
    }

    public void resend(long messageId) throws IOException {
        try {
            outbox.resend(messageId, Caller.name());
            Messages.infoAfterRedirect(PAGE, "outbox.resent");
        } catch (ActionRefused refused) {
            Messages.errorAfterRedirect(PAGE, refused.messageKey(), refused.arguments());
        }
    }
}
