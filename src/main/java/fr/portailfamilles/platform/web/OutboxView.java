package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.Mailer;
import fr.portailfamilles.platform.entity.OutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Staff: every e-mail the portal sent or tried to send. */
@Named
@RequestScoped
public class OutboxView {

    static final int MAX_ROWS = 500;

    @Inject
    Mailer mailer;

    private List<OutboxMessage> messages;

    public List<OutboxMessage> getMessages() {
        if (messages == null) {
            messages = mailer.latest(MAX_ROWS);
        }
        return messages;
    }
}
