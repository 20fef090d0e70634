package fr.portailfamilles.demo;

import fr.portailfamilles.activity.entity.Activity;
import fr.portailfamilles.activity.entity.ActivityKind;
import fr.portailfamilles.activity.entity.ActivityService;
import fr.portailfamilles.activity.entity.ActivityUnit;
import fr.portailfamilles.activity.entity.OpeningDay;
import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.BookingDesk;
import fr.portailfamilles.booking.boundary.Cancellations;
import fr.portailfamilles.booking.boundary.MedicalCertificates;
import fr.portailfamilles.booking.boundary.Wish;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;
import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.entity.Child;
import fr.portailfamilles.household.entity.Household;
import fr.portailfamilles.household.entity.HouseholdField;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's past, lived through the same boundaries and rules as real families and staff, each event at its own
 * moment on the portal's clock: registrations when each period opened, staff answers after it closed, a
 * cancellation before its deadline, medical certificates (one validated, one waiting), a change of details waiting.
 * Only what lies before now happens; the clock is given back afterwards.
 */
@ApplicationScoped
class DemoHistory {

    private record Event(Instant at, Runnable action) {
    }

    @Inject
    Clock clock;

    @Inject
    DemoParent parent;

    @Inject
    DemoStaff staff;

    @Inject
    BookingDesk desk;

    @Inject
    BookingAnswers answers;

    @Inject
    Cancellations cancellations;

    @Inject
    MedicalCertificates certificates;

    @Inject
    ChangeRequests changeRequests;

    @PersistenceContext
    EntityManager em;

    private final List<Event> events = new ArrayList<>();
    /** The ids of the requests made for a child on a day, as they are made. */
    private final Map<String, List<Long>> made = new HashMap<>();
    private ZonedDateTime now;

    /** @return how many events were lived (those before now) */
    int live(List<Activity> activities, List<Household> households) {
        now = clock.zonedNow();
        events.clear();
        made.clear();
        Set<Long> registered = new HashSet<>();
        for (Activity activity : activities) {
            for (Period period : activity.getPeriods()) {
                planRegistrations(activity, period, households, registered);
                planStaffAnswers(period);
            }
        }
        Household demo = households.get(0);
        planDemoFamilyFollowUp(demo, demo.getChildren().get(0), activities);
        planCertificateWaiting(households.subList(1, households.size()), activities);
        planChangeRequest(households.get(1));
        events.sort(Comparator.comparing(Event::at));
        List<Event> past = events.stream().filter(e -> e.at().isBefore(now.toInstant())).toList();
        try {
            for (Event event : past) {
                clock.moveTo(event.at());
                event.action().run();
                // Each event is a request of its own in real life: what it wrote is in the database for the next one,
                // and the persistence context starts empty again (months of history in one context would slow every flush).
                em.flush();
                em.clear();
            }
        } finally {
            clock.reset();
        }
        return past.size();
    }

    /**
     * The day after a period opened, about half the children of the ages it takes ask for it (the demo parent's
     * first child always, the other children of that family never: they are left for the visitor to register).
     * Wednesdays are asked whole; holidays three or four days of the fortnight. A child of separated parents is
     * registered by the mother for Wednesdays and by the father for holidays.
     */
    private void planRegistrations(Activity activity, Period period, List<Household> households, Set<Long> registered) {
        boolean wednesdays = activity.getKind() == ActivityKind.WEDNESDAYS;
        for (int h = 0; h < households.size(); h++) {
            Household household = households.get(h);
            List<Child> children = household.getChildren();
            for (int c = 0; c < children.size(); c++) {
                Child child = children.get(c);
                boolean shared = sharedWithAnother(child, households, household);
                boolean takes = h == 0 ? c == 0 : shared ? isMother(household, households) == wednesdays : (h * 7 + c * 3 + period.getFirstDay().getDayOfYear()) % 2 == 0;
                if (!takes || activity.groupFor(child.ageOn(period.getFirstDay())).isEmpty()) {
                    continue;
                }
                Instant at = period.getRegistrationOpensOn().plusDays(1).atTime(LocalTime.of(10, h)).atZone(ParisTime.ZONE).toInstant();
                List<Wish> wishes = wishes(activity, period, at, wednesdays ? 1 : 3, h + c);
                if (!wishes.isEmpty() && registered.add(period.getId() * 100_000 + child.getId() * 10 + (wednesdays ? 0 : 1))) {
                    String email = h == 0 ? DemoCentre.PARENT_EMAIL : household.getGuardians().get(0).getEmail();
                    events.add(new Event(at, () -> parent.call(() -> desk.request(household.getId(), child.getId(), wishes, email))
                            .forEach(request -> made.computeIfAbsent(key(child, request.getDay().getDate()), k -> new ArrayList<>()).add(request.getId()))));
                }
            }
        }
    }

    /** One day in {@code every} (all of them for 1) still open at that moment: the whole day with its meal, or a morning. */
    private static List<Wish> wishes(Activity activity, Period period, Instant at, int every, int seed) {
        ActivityUnit unit = unit(activity, seed % 2 == 0 || every > 1 ? "Journée" : "Matin");
        Optional<ActivityService> meal = activity.getServices().stream().filter(s -> s.getLabel().equals("REPAS")).findFirst();
        ZonedDateTime moment = at.atZone(ParisTime.ZONE);
        List<Wish> wishes = new ArrayList<>();
        List<OpeningDay> days = period.getOpeningDays();
        for (int d = 0; d < days.size(); d++) {
            OpeningDay day = days.get(d);
            if ((d + seed) % every != 0 || !period.getCancellationRule().stillOpen(day.getDate(), moment)) {
                continue;
            }
            wishes.add(Wish.unit(day.getId(), unit.getId()));
            if (unit.isAfternoon() && meal.isPresent()) {
                wishes.add(Wish.service(day.getId(), meal.get().getId()));
            }
        }
        return wishes;
    }

    /** Periods answered by staff are answered the morning after registrations close; the open ones still wait. */
    private void planStaffAnswers(Period period) {
        if (period.isAutoAccept()) {
            return;
        }
        Instant at = period.getRegistrationClosesOn().plusDays(1).atTime(9, 0).atZone(ParisTime.ZONE).toInstant();
        events.add(new Event(at, () -> staff.call(() -> {
            List<Long> waiting = answers.toAnswer(period.getId()).stream().map(BookingRequest::getId).toList();
            return waiting.isEmpty() ? 0 : answers.accept(waiting, DemoCentre.STAFF_EMAIL).accepted();
        })));
    }

    /**
     * The demo parent cancelled a past Wednesday ten days before (in time), and sent a certificate for the next one,
     * which staff validated: Inscriptions shows both, and invoicing leaves both days out.
     */
    private void planDemoFamilyFollowUp(Household demo, Child child, List<Activity> activities) {
        List<LocalDate> pastWednesdays = pastDays(activities, ActivityKind.WEDNESDAYS, 2);
        if (pastWednesdays.size() < 2) {
            return;
        }
        LocalDate cancelled = pastWednesdays.get(0);
        events.add(new Event(cancelled.minusDays(10).atTime(18, 0).atZone(ParisTime.ZONE).toInstant(), () -> accepted(child, cancelled)
                .ifPresent(ids -> parent.call(() -> cancellations.cancel(demo.getId(), ids, DemoCentre.PARENT_EMAIL)))));
        LocalDate excused = pastWednesdays.get(1);
        Long[] certificate = new Long[1];
        events.add(new Event(excused.plusDays(1).atTime(8, 30).atZone(ParisTime.ZONE).toInstant(), () -> accepted(child, excused)
                .ifPresent(ids -> certificate[0] = parent.call(() -> certificates.send(demo.getId(), ids, "certificat-medical.pdf",
                        DemoDocuments.medicalCertificate(child.getFullName(), excused), DemoCentre.PARENT_EMAIL)).getId())));
        events.add(new Event(excused.plusDays(2).atTime(10, 0).atZone(ParisTime.ZONE).toInstant(), () -> {
            if (certificate[0] != null) {
                staff.call(() -> {
                    certificates.validate(certificate[0], DemoCentre.STAFF_EMAIL);
                    return null;
                });
            }
        }));
    }

    /** An hour ago, another family sent a certificate for the latest day its child missed: it waits for staff. */
    private void planCertificateWaiting(List<Household> households, List<Activity> activities) {
        List<LocalDate> pastDays = new ArrayList<>(pastDays(activities, null, Integer.MAX_VALUE));
        Collections.reverse(pastDays);
        events.add(new Event(now.minusHours(1).toInstant(), () -> {
            for (LocalDate day : pastDays) {
                for (Household household : households) {
                    for (Child child : household.getChildren()) {
                        Optional<List<Long>> ids = accepted(child, day)
                                .filter(found -> em.find(BookingRequest.class, found.get(0)).getHouseholdId() == household.getId());
                        if (ids.isPresent()) {
                            String email = household.getGuardians().get(0).getEmail();
                            parent.call(() -> certificates.send(household.getId(), ids.get(), "certificat.pdf",
                                    DemoDocuments.medicalCertificate(child.getFullName(), day), email));
                            return;
                        }
                    }
                }
            }
        }));
    }

    /** A family moved two days ago and asked for its new phone number to be recorded. */
    private void planChangeRequest(Household household) {
        Instant at = now.minusDays(2).with(LocalTime.of(20, 30)).toInstant();
        String email = household.getGuardians().get(0).getEmail();
        events.add(new Event(at, () -> parent.call(() -> {
            changeRequests.submit(household.getId(), email, Map.of(HouseholdField.PHONE, "02 47 55 12 34"),
                    "Nouveau numéro depuis notre déménagement", null);
            return null;
        })));
    }

    /** The opening days of that kind of activity before today, earliest first (at most {@code max}, from the earliest). */
    private List<LocalDate> pastDays(List<Activity> activities, ActivityKind kind, int max) {
        LocalDate today = now.toLocalDate();
        return activities.stream().filter(a -> kind == null || a.getKind() == kind)
                .flatMap(a -> a.getPeriods().stream()).flatMap(p -> p.getOpeningDays().stream())
                .map(OpeningDay::getDate).filter(day -> day.isBefore(today)).distinct().sorted().limit(max).toList();
    }

    /** The child's unit requests on that day, when accepted. */
    private Optional<List<Long>> accepted(Child child, LocalDate day) {
        List<BookingRequest> units = made.getOrDefault(key(child, day), List.of()).stream()
                .map(id -> em.find(BookingRequest.class, id)).filter(r -> r.getUnit() != null).toList();
        return !units.isEmpty() && units.stream().allMatch(r -> r.getStatus() == BookingStatus.ACCEPTED)
                ? Optional.of(units.stream().map(BookingRequest::getId).toList()) : Optional.empty();
    }

    private static ActivityUnit unit(Activity activity, String label) {
        return activity.getUnits().stream().filter(u -> u.getLabel().equals(label)).findFirst().orElseThrow();
    }

    private static boolean sharedWithAnother(Child child, List<Household> households, Household household) {
        return households.stream().anyMatch(other -> other != household && other.getChildren().contains(child));
    }

    /** Of the two households sharing a child, the first is the mother's (see {@link DemoCentre}). */
    private static boolean isMother(Household household, List<Household> households) {
        return households.indexOf(household) == households.size() - 2;
    }

    private static String key(Child child, LocalDate day) {
        return child.getId() + "/" + day;
    }
}
