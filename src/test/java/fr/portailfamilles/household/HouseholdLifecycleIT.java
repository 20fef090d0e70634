package fr.portailfamilles.household;

import fr.portailfamilles.account.entity.PasswordReset;
import fr.portailfamilles.account.entity.UserAccount;
import fr.portailfamilles.activity.control.FrenchPublicHolidays;
import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.MedicalCertificate;
import fr.portailfamilles.document.entity.Document;
import fr.portailfamilles.document.entity.DocumentContent;
import fr.portailfamilles.document.entity.DocumentKind;
import fr.portailfamilles.household.boundary.PersonalDataExport;
import fr.portailfamilles.household.control.AnonymisationCandidate;
import fr.portailfamilles.household.control.HouseholdAnonymiser;
import fr.portailfamilles.household.entity.BenefitsBody;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Civility;
import fr.portailfamilles.household.entity.FamilySituation;
import fr.portailfamilles.household.entity.Guardian;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.Relationship;
import fr.portailfamilles.household.entity.Sex;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.testing.Deployments;
import fr.portailfamilles.testing.Http;
import fr.portailfamilles.testing.TestServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The household's life cycle gathers every area through one contract: each area's recent activity keeps a
 * household from the anonymisation list, an area can hold one back, the RGPD export carries each area's section,
 * and anonymisation has each area erase its own rows. The test archive adds an area of its own ({@link ProbeArea})
 * that takes part by implementing the interface alone.
 */
@ExtendWith(ArquillianExtension.class)
class HouseholdLifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(HouseholdLifecycleIT.class, ProbeArea.class, AsStaff.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Inject
    HouseholdAnonymiser anonymiser;

    @Inject
    PersonalDataExport export;

    @Inject
    AsStaff asStaff;

    @Inject
    ProbeArea probe;

    @Inject
    Clock clock;

    @Test
    void everyAreaTakesPartInTheListTheExportAndTheAnonymisation() throws Exception {
        Instant longAgo = clock.now().minus(Duration.ofDays(4 * 365));
        Instant retentionStart = clock.now().minus(Duration.ofDays(3 * 365));
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        String parent = "complete" + suffix + "@exemple.fr";

        transaction.begin();
        Household complete = household("COMPLETE " + suffix);
        Household loggedIn = household("CONNECTEE " + suffix);
        Household documentSent = household("DOCUMENT " + suffix);
        Household booked = household("INSCRITE " + suffix);
        Household probeActive = household("SONDE ACTIVE " + suffix);
        Household probeHeld = household("SONDE RETENUE " + suffix);
        List<Household> all = List.of(complete, loggedIn, documentSent, booked, probeActive, probeHeld);
        all.forEach(em::persist);
        em.flush();
        Activity activity = oldActivity("RGPD " + suffix, longAgo);
        ActivityUnit morning = activity.getUnits().get(0);
        OpeningDay day = activity.getPeriods().get(0).getOpeningDays().get(0);

        UserAccount account = account(complete, parent, longAgo);
        em.persist(new PasswordReset(account, "reset" + suffix, longAgo));
        Document file = document(complete, longAgo);
        BookingRequest request = BookingRequest.forUnit(complete.getId(), complete.getChildren().get(0), day, morning, parent, longAgo);
        em.persist(request);
        MedicalCertificate certificate = new MedicalCertificate(complete.getId(), complete.getChildren().get(0), file.getId(),
                parent, longAgo);
        em.persist(certificate);
        certificate.covers(request);

        account(loggedIn, "connectee" + suffix + "@exemple.fr", clock.now());
        document(documentSent, clock.now());
        em.persist(BookingRequest.forUnit(booked.getId(), booked.getChildren().get(0), day, morning, "inscrite@exemple.fr", clock.now()));
        em.createQuery("update Household h set h.createdAt = :then where h.id in :ids").setParameter("then", longAgo)
                .setParameter("ids", all.stream().map(Household::getId).toList()).executeUpdate();
        transaction.commit();
        probe.activeFor(probeActive.getId());
        probe.hold(probeHeld.getId());

        transaction.begin();
        Map<Long, AnonymisationCandidate> candidates = anonymiser.inactiveSince(retentionStart, 100_000).stream()
                .collect(Collectors.toMap(AnonymisationCandidate::getHouseholdId, Function.identity()));
        transaction.commit();
        assertTrue(candidates.containsKey(complete.getId()), "four years without activity anywhere");
        assertNull(candidates.get(complete.getId()).getHold());
        assertFalse(candidates.containsKey(loggedIn.getId()), "a login is activity (accounts)");
        assertFalse(candidates.containsKey(documentSent.getId()), "a document sent is activity (documents)");
        assertFalse(candidates.containsKey(booked.getId()), "a registration is activity (bookings)");
        assertFalse(candidates.containsKey(probeActive.getId()), "an area added later counts as well");
        assertEquals(ProbeArea.HOLD, candidates.get(probeHeld.getId()).getHold(), "listed, with the reason it must stay");
        Http staff = Http.fromInside();
        staff.login(TestServer.STAFF, TestServer.DEMO_PASSWORD);
        String page = staff.get("gestion/anonymisation.xhtml").body();
        assertTrue(row(page, complete.getName()).contains("Anonymiser"), page);
        String held = row(page, probeHeld.getName());
        assertTrue(held.contains(ProbeArea.HOLD) && !held.contains("Anonymiser"), "the reason instead of the button: " + held);

        JsonObject exported = asStaff.call(() -> export.of(complete.getId(), "accueil@exemple.fr"));
        assertEquals(List.of("household", "guardians", "children", "familyQuotients", "changeRequests", "history",
                "attendance", "contact", "documents", "invoices", "payments", "portalAccounts", "probe", "registrations"), List.copyOf(exported.keySet()));
        assertEquals("certificat.pdf", exported.getJsonArray("documents").getJsonObject(0).getString("fileName"));
        assertEquals(parent, exported.getJsonArray("portalAccounts").getJsonObject(0).getString("email"));
        assertEquals("SUBMITTED", exported.getJsonArray("registrations").getJsonObject(0).getString("certificate"));
        assertEquals(complete.getId().longValue(), exported.getJsonArray("probe").getJsonObject(0).getJsonNumber("household").longValue());
        assertFalse(exported.toString().contains("hash-of-"), "never a password hash");

        transaction.begin();
        assertEquals(Optional.of(ProbeArea.HOLD), anonymiser.anonymise(probeHeld.getId(), retentionStart, "accueil@exemple.fr"));
        assertEquals(Optional.of("anonymisation.notEligible"),
                anonymiser.anonymise(probeActive.getId(), retentionStart, "accueil@exemple.fr"));
        assertEquals(Optional.empty(), anonymiser.anonymise(complete.getId(), retentionStart, "accueil@exemple.fr"));
        transaction.commit();
        em.clear();

        assertEquals(List.of(complete.getId()), probe.anonymised(), "each area is asked to erase its part, once");
        assertEquals(0L, count("select count(u) from UserAccount u where u.householdId = " + complete.getId()));
        assertEquals(0L, count("select count(r) from PasswordReset r where r.tokenHash = 'reset" + suffix + "'"));
        assertEquals(0L, count("select count(d) from Document d where d.householdId = " + complete.getId()));
        assertEquals(0L, count("select count(c) from DocumentContent c where c.documentId = " + file.getId()));
        BookingRequest kept = em.find(BookingRequest.class, request.getId());
        assertEquals("anonyme", kept.getRequestedBy(), "the registration stays for the invoices, without the parent's login");
        MedicalCertificate answer = em.find(MedicalCertificate.class, certificate.getId());
        assertNull(answer.getDocumentId());
        assertEquals("anonyme", answer.getSubmittedBy());
        assertEquals("Famille SONDE RETENUE " + suffix, em.find(Household.class, probeHeld.getId()).getName(), "held back: unchanged");
    }

    private Household household(String name) {
        Household household = new Household("Famille " + name, "3 rue des Archives", "37250", "Montbazon",
                FamilySituation.SINGLE, BenefitsBody.CAF, null, clock.now());
        household.addGuardian(Civility.MME, "RGPD", "Paule", Relationship.MOTHER);
        household.addChild(new Child("RGPD", "Lou", LocalDate.of(2015, 3, 2), Sex.F));
        return household;
    }

    /** An activity with one unit and one opening day, about four years ago. */
    private Activity oldActivity(String name, Instant when) {
        LocalDate day = LocalDate.ofInstant(when, ParisTime.ZONE);
        while (FrenchPublicHolidays.isHoliday(day)) {
            day = day.plusDays(1);
        }
        Activity activity = new Activity(name, ActivityKind.WEDNESDAYS, "ancienne", day, day, 3, 17);
        activity.addUnit("Matin", true, false);
        activity.addPeriod(day, day, EnumSet.of(day.getDayOfWeek()));
        em.persist(activity);
        em.flush();
        return activity;
    }

    private UserAccount account(Household household, String email, Instant lastLogin) {
        Guardian guardian = household.getGuardians().get(0);
        UserAccount account = UserAccount.forGuardian(guardian.getId(), household.getId(), guardian.getFullName(), email,
                "hash-of-" + email, lastLogin);
        account.recordLogin(lastLogin);
        em.persist(account);
        em.flush();
        return account;
    }

    private Document document(Household household, Instant uploadedAt) {
        Document document = new Document(household.getId(), DocumentKind.MEDICAL_CERTIFICATE, "certificat.pdf", "application/pdf", 4,
                "parent@exemple.fr", uploadedAt);
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), new byte[]{'%', 'P', 'D', 'F'}));
        return document;
    }

    /** The table row of the anonymisation page that names the household. */
    private static String row(String page, String householdName) {
        Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(householdName) + ".*?</tr>", Pattern.DOTALL).matcher(page);
        if (!row.find()) {
            throw new AssertionError(householdName + " is not listed:\n" + page);
        }
        return row.group();
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
