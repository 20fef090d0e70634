package fr.portailfamilles.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) where the test server sends its e-mails: in the test JVM, or in the server's for an
 * in-container test whose archive carries {@link #library()}.
 */
public final class Mailbox implements AutoCloseable {

    private final GreenMail greenMail;

    private Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static Mailbox start() {
        int port = Integer.getInteger("it.smtp.port", Integer.getInteger("portail.smtp.port", 3125));
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new Mailbox(greenMail);
    }

    /** Waits up to 20 s for a message to this recipient whose subject contains the given words. */
    public MimeMessage await(String recipient, String subjectPart) throws InterruptedException, MessagingException {
        for (int tenths = 0; tenths < 200; tenths++) {
            Optional<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> isFor(m, recipient) && subject(m).contains(subjectPart))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail \"" + subjectPart + "\" reached " + recipient);
    }

    /** How many e-mails this recipient received. */
    public long count(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isFor(m, recipient)).count();
    }

    /** GreenMail's jar, for an in-container test's archive. */
    public static File library() {
        try {
            return new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=\n", "");
    }

    public static String find(MimeMessage message, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(decoded(message));
        if (!matcher.find()) {
            throw new AssertionError("Nothing matches " + regex + " in:\n" + decoded(message));
        }
        return matcher.group(1);
    }

    private static String decoded(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : body(message);
        } catch (Exception e) {
            return body(message);
        }
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
