package fr.portailfamilles.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. Carries the message key to show; the transaction is rolled back, so nothing
 * is half done.
 */
@ApplicationException(rollback = true)
public class ActionRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ActionRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments;
    }
}
