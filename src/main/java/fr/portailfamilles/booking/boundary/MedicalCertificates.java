package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.booking.control.BookingMail;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.booking.entity.CertificateStatus;
import fr.portailfamilles.booking.entity.MedicalCertificate;
import fr.portailfamilles.document.boundary.Documents;
import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.document.entity.DocumentKind;
import fr.portailfamilles.household.boundary.HouseholdHistory;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After the cancellation deadline a family can still be excused: it sends a medical certificate (PDF or image)
 * for the days the child misses or missed (a day still to come included: a child may fall ill the day before), and staff validate it, which makes those days a justified absence (not
 * billed), or refuse it with a reason. A certificate covers one child; on each day it covers every accepted
 * unit and service of that child.
 */
@Stateless
@PermitAll
public class MedicalCertificates {

    /** The entries a decision leaves in the family's history (household's change log, labelled field.…). */
    static final String VALIDATED_IN_HISTORY = "CERTIFICATE_VALIDATED";
    static final String REFUSED_IN_HISTORY = "CERTIFICATE_REFUSED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    BookingMail mail;

    @Inject
    HouseholdHistory history;

    @Inject
    Clock clock;

    /** @param householdId the caller's own household, from their account */
    @RolesAllowed("PARENT")
    public MedicalCertificate send(long householdId, List<Long> requestIds, String fileName, byte[] file, String sentBy) {
        if (requestIds.isEmpty()) {
            throw new ActionRefused("registrations.noneSelected");
        }
        if (file.length == 0) {
            throw new ActionRefused("certificates.fileRequired");
        }
        ZonedDateTime now = clock.zonedNow();
        Set<BookingRequest> days = new LinkedHashSet<>();
        for (Long id : requestIds.stream().sorted().toList()) {
            BookingRequest request = em.find(BookingRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (request == null || request.getHouseholdId() != householdId) {
                throw new ActionRefused("certificates.notForThese");
            }
            if (!request.certificateExpectedAt(now)) {
                throw whyNoCertificate(request, now);
            }
            days.addAll(sameChildSameDay(request));
        }
        if (days.stream().map(r -> r.getChild().getId()).distinct().count() > 1) {
            throw new ActionRefused("certificates.oneChild");
        }
        BookingRequest first = days.iterator().next();
        Document document = documents.store(householdId, DocumentKind.MEDICAL_CERTIFICATE, fileName, file, sentBy);
        MedicalCertificate certificate = new MedicalCertificate(householdId, first.getChild(), document.getId(), sentBy, clock.now());
        em.persist(certificate);
        days.forEach(certificate::covers);
        return certificate;
    }

    /**
     * The same rule as the list's offer ({@link BookingRequest#certificateExpectedAt}), told for the day: a day not
     * come yet is excused too once past its deadline (a child falls ill the day before), never while still cancellable.
     */
    private static ActionRefused whyNoCertificate(BookingRequest request, ZonedDateTime now) {
        String day = ParisTime.day(request.getDate());
        if (request.getStatus() != BookingStatus.ACCEPTED) {
            return new ActionRefused("certificates.notAccepted", day, request.what());
        }
        if (request.cancellableAt(now)) {
            return new ActionRefused("certificates.stillCancellable", day, request.what(),
                    ParisTime.moment(request.getDay().getPeriod().getCancellationRule().deadlineFor(request.getDate()).toInstant()));
        }
        return new ActionRefused("certificates.alreadySent", day, request.what());
    }

    private List<BookingRequest> sameChildSameDay(BookingRequest request) {
        return em.createQuery("select r from BookingRequest r where r.child = :child and r.day = :day order by r.id", BookingRequest.class)
                .setParameter("child", request.getChild()).setParameter("day", request.getDay())
                .getResultStream().filter(BookingRequest::awaitsCertificate).toList();
    }

    @RolesAllowed("STAFF")
    public long toExamineCount() {
        return em.createQuery("select count(c) from MedicalCertificate c where c.status = :submitted", Long.class)
                .setParameter("submitted", CertificateStatus.SUBMITTED).getSingleResult();
    }

    @RolesAllowed("STAFF")
    public List<MedicalCertificate> toExamine() {
        List<MedicalCertificate> waiting = em.createQuery("select c from MedicalCertificate c where c.status = :submitted"
                        + " order by c.submittedAt, c.id", MedicalCertificate.class)
                .setParameter("submitted", CertificateStatus.SUBMITTED).getResultList();
        waiting.forEach(c -> c.getDays().size());
        return waiting;
    }

    @RolesAllowed("STAFF")
    public void validate(long certificateId, String staff) {
        MedicalCertificate certificate = submitted(certificateId);
        certificate.validate(staff, clock.now());
        history.recordAboutChild(certificate.getHouseholdId(), certificate.getChild().getFullName(), VALIDATED_IN_HISTORY,
                daysOf(certificate), staff, certificate.getAnsweredAt());
        mail.certificateAnswered(certificate);
    }

    @RolesAllowed("STAFF")
    public void refuse(long certificateId, String reason, String staff) {
        if (reason == null || reason.isBlank()) {
            throw new ActionRefused("changes.reasonRequired");
        }
        MedicalCertificate certificate = submitted(certificateId);
        certificate.refuse(staff, clock.now(), reason.strip());
        history.recordAboutChild(certificate.getHouseholdId(), certificate.getChild().getFullName(), REFUSED_IN_HISTORY,
                daysOf(certificate) + " – " + certificate.getReason(), staff, certificate.getAnsweredAt());
        mail.certificateAnswered(certificate);
    }

    /** The days a certificate covers, as the family's history shows them: "02/12/2026, 09/12/2026". */
    private static String daysOf(MedicalCertificate certificate) {
        return certificate.getDays().stream().map(BookingRequest::getDate).distinct().sorted()
                .map(ParisTime::day).collect(Collectors.joining(", "));
    }

    /** Locked, so that two staff members answering at once give one answer. */
    private MedicalCertificate submitted(long certificateId) {
        MedicalCertificate certificate = em.find(MedicalCertificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null || certificate.getStatus() != CertificateStatus.SUBMITTED) {
            throw new ActionRefused("changes.alreadyAnswered");
        }
        return certificate;
    }
}
