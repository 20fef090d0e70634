package fr.portailfamilles.activity.entity;

import fr.portailfamilles.activity.control.CancellationRule;
import fr.portailfamilles.activity.control.OpeningDays;
import fr.portailfamilles.activity.control.WeekdayChange;
import fr.portailfamilles.platform.control.ParisTime;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A span of an activity parents register for ("du 06/01/2027 au 10/02/2027, ouvertes jusqu'au 20/12/2026"):
 * its opening days, the registration window, the cancellation rule and whether requests within capacity are
 * accepted at once or answered by staff.
 */
@Entity
@NamedQuery(name = Period.FIND_ALL, query = "select p from Period p order by p.firstDay, p.id")
public class Period {

    public static final String FIND_ALL = "Period.findAll";

    @Id
    @SequenceGenerator(name = "period_seq", sequenceName = "period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "period_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "registration_opens_on", nullable = false)
    private LocalDate registrationOpensOn;

    /** "Ouvertes jusqu'au": the last day requests are taken. */
    @Column(name = "registration_closes_on", nullable = false)
    private LocalDate registrationClosesOn;

    @Column(name = "cancel_days_before", nullable = false)
    private int cancelDaysBefore;

    @Column(name = "cancel_at", nullable = false)
    private LocalTime cancelAt;

    @Column(name = "auto_accept", nullable = false)
    private boolean autoAccept;

    /** The weekdays the period opens, e.g. "WEDNESDAY" or "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY". */
    @Column(nullable = false)
    private String weekdays;

    /** The days staff closed (a strike, a training day): a weekday removed then added again leaves them closed. */
    @ElementCollection
    @CollectionTable(name = "period_closure", joinColumns = @JoinColumn(name = "period_id"))
    @Column(name = "closed_on")
    private Set<LocalDate> closures = new HashSet<>();

    @OneToMany(mappedBy = "period", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("date")
    private List<OpeningDay> openingDays = new ArrayList<>();

    @Version
    private long version;

    protected Period() {
    }

    Period(Activity activity, LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
        this.activity = activity;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.weekdays = names(weekdays);
        openingDays(OpeningDays.between(firstDay, lastDay, weekdays, Set.of()));
        registrationWindow(firstDay.minusMonths(1), firstDay.minusDays(7));
        cancellation(new CancellationRule(7, LocalTime.NOON));
    }

    public final void registrationWindow(LocalDate opensOn, LocalDate closesOn) {
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("The registration window is reversed");
        }
        this.registrationOpensOn = opensOn;
        this.registrationClosesOn = closesOn;
    }

    public final void cancellation(CancellationRule rule) {
        this.cancelDaysBefore = rule.daysBefore();
        this.cancelAt = rule.at();
    }

    public void acceptAutomatically(boolean automatically) {
        this.autoAccept = automatically;
    }

    private void openingDays(List<LocalDate> days) {
        days.forEach(day -> openingDays.add(new OpeningDay(this, day)));
    }

    private static String names(Set<DayOfWeek> weekdays) {
        return weekdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    /** What opening on those weekdays from today on would add and remove; nothing changes yet. */
    public WeekdayChange weekdayChange(Set<DayOfWeek> newWeekdays, LocalDate today) {
        return WeekdayChange.of(firstDay, lastDay, Set.copyOf(getWeekdays()), newWeekdays,
                openingDays.stream().map(OpeningDay::getDate).toList(), closures, today);
    }

    /** The days the change would remove, for the areas that must free them first. */
    public List<OpeningDay> openingDaysOn(List<LocalDate> dates) {
        return openingDays.stream().filter(d -> dates.contains(d.getDate())).toList();
    }

    public void changeWeekdays(WeekdayChange change) {
        weekdays = names(change.weekdays());
        openingDays.removeIf(d -> change.removed().contains(d.getDate()));
        openingDays(change.added());
        openingDays.sort(Comparator.comparing(OpeningDay::getDate));
    }

    /** A day added by hand (a Saturday outing) must fall within the period and not be open already. */
    public void open(LocalDate day) {
        if (day.isBefore(firstDay) || day.isAfter(lastDay) || isOpenOn(day)) {
            throw new IllegalArgumentException("Not a day this period can add: " + day);
        }
        openingDays.add(new OpeningDay(this, day));
        openingDays.sort(Comparator.comparing(OpeningDay::getDate));
        closures.remove(day);
    }

    /** A closure (a strike, a training day): the day leaves the calendar, and stays out when weekdays change. */
    public void close(LocalDate day) {
        if (openingDays.removeIf(d -> d.getDate().equals(day))) {
            closures.add(day);
        }
    }

    /** Its days are all past: they are the families' history and keep their weekdays. */
    public boolean isFinishedOn(LocalDate today) {
        return lastDay.isBefore(today);
    }

    public boolean isOpenOn(LocalDate day) {
        return openingDays.stream().anyMatch(d -> d.getDate().equals(day));
    }

    /** Registration is judged in Paris time, at the moment of the request. */
    public boolean takesRequestsOn(ZonedDateTime now) {
        LocalDate today = now.withZoneSameInstant(ParisTime.ZONE).toLocalDate();
        return !today.isBefore(registrationOpensOn) && !today.isAfter(registrationClosesOn);
    }

    public CancellationRule getCancellationRule() {
        return new CancellationRule(cancelDaysBefore, cancelAt);
    }

    public Long getId() { return id; }
    public Activity getActivity() { return activity; }
    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public LocalDate getRegistrationOpensOn() { return registrationOpensOn; }
    public LocalDate getRegistrationClosesOn() { return registrationClosesOn; }
    public boolean isAutoAccept() { return autoAccept; }
    public List<DayOfWeek> getWeekdays() { return Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).toList(); }
    public List<OpeningDay> getOpeningDays() { return Collections.unmodifiableList(openingDays); }
    public long getVersion() { return version; }
}
