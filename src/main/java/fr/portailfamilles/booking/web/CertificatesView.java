package fr.portailfamilles.booking.web;

import fr.portailfamilles.booking.boundary.MedicalCertificates;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.MailNotices;
import fr.portailfamilles.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff: the medical certificates families sent, to validate (the absence is justified) or refuse with a reason. */
@Named
@ViewScoped
public class CertificatesView implements Serializable {

    @Inject
    MailNotices mailNotices;

    @Inject
    MedicalCertificates certificates;

    private List<CertificateRow> rows;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<CertificateRow> getCertificates() {
        if (rows == null) {
            rows = certificates.toExamine().stream().map(CertificateRow::new).toList();
        }
        return rows;
    }

    public void validate(long id) {
        answer(() -> {
            certificates.validate(id, Caller.name());
            Messages.info(null, "certificates.validated", mailNotices.toFamily());
        });
    }

    public void refuse(long id) {
        answer(() -> {
            certificates.refuse(id, reasons.get(id), Caller.name());
            Messages.info(null, "certificates.refused", mailNotices.toFamily());
        });
    }

    private void answer(Runnable action) {
        try {
            action.run();
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
        rows = null;
        reasons.clear();
    }

    public Map<Long, String> getReasons() { return reasons; }
}
