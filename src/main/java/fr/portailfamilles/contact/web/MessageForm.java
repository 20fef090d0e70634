package fr.portailfamilles.contact.web;

import fr.portailfamilles.contact.boundary.Contact;
import fr.portailfamilles.contact.control.ContactRules;
import fr.portailfamilles.document.control.AcceptedFiles;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Messages;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;

/** What a person types to send a message (a parent's or a staff member's): its text, a subject when new, a file. */
public class MessageForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE = "file";

    private String subject;
    private String body;
    private transient Part file;
    private transient Contact.Attachment attachment;

    /**
     * Says each refusal at its field, the file's too (its kind and size, as the document area accepts them); true
     * when the message may be sent.
     *
     * @param prefix the start of the form's field ids (a page with two message forms gives one of them its own)
     */
    boolean checked(boolean withSubject, String prefix) throws IOException {
        Map<String, String> problems = ContactRules.problems(withSubject ? nonNull(subject) : null, body);
        problems.forEach((field, key) -> Messages.error(field.equals(ContactRules.SUBJECT) ? field : prefix + field, key,
                ContactRules.limitOf(key)));
        attachment = null;
        if (file == null || file.getSize() == 0) {
            return problems.isEmpty();
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = AcceptedFiles.read(in);
            AcceptedFiles.mediaTypeOf(bytes);
            attachment = new Contact.Attachment(file.getSubmittedFileName(), bytes);
        } catch (ActionRefused refused) {
            Messages.error(prefix + FILE, refused.messageKey(), refused.arguments());
            return false;
        }
        return problems.isEmpty();
    }

    /** The file sent along, once {@link #checked}; null without one. */
    Contact.Attachment attachment() {
        return attachment;
    }

    private static String nonNull(String typed) {
        return typed == null ? "" : typed;
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
