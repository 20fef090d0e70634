package fr.portailfamilles.contact.web;

import fr.portailfamilles.contact.boundary.Contact;
import fr.portailfamilles.contact.control.ContactRules;
import fr.portailfamilles.platform.web.Messages;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;

/** What a person types to send a message (a parent's or a staff member's): its text, a subject when new, a file. */
public class MessageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subject;
    private String body;
    private transient Part file;

    /**
     * Says each refusal at its field; true when the message may be sent.
     *
     * @param prefix the start of the form's field ids (a page with two message forms gives one of them its own)
     */
    boolean checked(boolean withSubject, String prefix) {
        Map<String, String> problems = ContactRules.problems(withSubject ? nonNull(subject) : null, body);
        problems.forEach((field, key) -> Messages.error(field.equals(ContactRules.SUBJECT) ? field : prefix + field, key,
                ContactRules.limitOf(key)));
        return problems.isEmpty();
    }

    /** The file chosen, or null; its kind and size are checked by the document area when it is stored. */
    Contact.Attachment attachment() throws IOException {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new Contact.Attachment(file.getSubmittedFileName(), in.readNBytes(6 * 1024 * 1024));
        }
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
