package fr.portailfamilles.platform.control;

import java.util.List;
import java.util.Locale;

/**
 * What a mail server's error comes to, for staff to read in French: the library's own text (« Couldn't connect to
 * host, port: localhost, 25; timeout 15000 ») stays available to IT as the detail.
 */
public enum MailFailure {
    /** The server could not be reached: down, wrong host or port, network. */
    UNREACHABLE(List.of("couldn't connect", "connection refused", "connect timed out", "timeout", "timed out",
            "unknown smtp host", "unknownhost", "no route to host", "network is unreachable")),
    /** It refused the portal's credentials. */
    AUTHENTICATION(List.of("authentication", "535", "534", "530 ")),
    /** It refused the recipient's address, or the sender's. */
    ADDRESS_REFUSED(List.of("invalid addresses", "invalid address", "550", "551", "553", "501", "recipient", "mailbox")),
    /** Anything else it answered. */
    OTHER(List.of());

    private final List<String> signs;

    MailFailure(List<String> signs) {
        this.signs = signs;
    }

    public static MailFailure of(String technical) {
        String text = technical == null ? "" : technical.toLowerCase(Locale.ROOT);
        for (MailFailure failure : values()) {
            if (failure.signs.stream().anyMatch(text::contains)) {
                return failure;
            }
        }
        return OTHER;
    }
}
