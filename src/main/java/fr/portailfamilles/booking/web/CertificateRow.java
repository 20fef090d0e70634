package fr.portailfamilles.booking.web;

import fr.portailfamilles.booking.entity.MedicalCertificate;
import fr.portailfamilles.platform.control.ParisTime;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A medical certificate as staff examine it: whose, for which days, and the file to open. */
public final class CertificateRow implements Serializable {


    private final long id;
    private final long householdId;
    private final String child;
    private final List<String> days;
    private final Long documentId;
    private final Instant submittedAt;

    CertificateRow(MedicalCertificate certificate) {
        this.id = certificate.getId();
        this.householdId = certificate.getHouseholdId();
        this.child = certificate.getChild().getFullName();
        this.days = certificate.getDays().stream()
                .map(r -> r.getDay().getDate().format(ParisTime.DAY) + " " + r.what() + " (" + r.getDay().getPeriod().getActivity().getName() + ")")
                .toList();
        this.documentId = certificate.getDocumentId();
        this.submittedAt = certificate.getSubmittedAt();
    }

    public long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public String getChild() { return child; }
    public List<String> getDays() { return days; }
    public Long getDocumentId() { return documentId; }
    public Instant getSubmittedAt() { return submittedAt; }
}
