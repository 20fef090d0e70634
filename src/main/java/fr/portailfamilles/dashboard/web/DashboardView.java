package fr.portailfamilles.dashboard.web;

import fr.portailfamilles.activity.boundary.Activities;
import fr.portailfamilles.billing.boundary.Invoices;
import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.boundary.FillRates;
import fr.portailfamilles.booking.boundary.MedicalCertificates;
import fr.portailfamilles.contact.boundary.Contact;
import fr.portailfamilles.household.boundary.ChangeRequests;
import fr.portailfamilles.household.boundary.Households;
import fr.portailfamilles.payment.boundary.Payments;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Outbox;
import fr.portailfamilles.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The staff's first page: what waits for them today, each a link to its queue; then the centre at a glance: the
 * coming weeks' fill rate and what was invoiced and collected each month, as charts with their figures in a table
 * (what a screen reader reads), each linking to its screen.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    Households households;

    @Inject
    Activities activities;

    @Inject
    BookingAnswers bookingAnswers;

    @Inject
    ChangeRequests changeRequests;

    @Inject
    MedicalCertificates certificates;

    @Inject
    Outbox outbox;

    @Inject
    Contact contact;

    @Inject
    FillRates fillRates;

    @Inject
    Invoices invoices;

    @Inject
    Payments payments;

    @Inject
    Clock clock;

    /** How many weeks the fill chart shows, this one first. */
    static final int WEEKS = 4;
    /** How many months the money chart shows, this one last. */
    static final int MONTHS = 6;

    private List<WeekFill> weeks;
    private List<MonthMoney> months;

    public long getRequestsToAnswer() {
        return bookingAnswers.pendingCount();
    }

    public long getChangesToExamine() {
        return changeRequests.pendingCount();
    }

    public long getCertificatesToExamine() {
        return certificates.toExamineCount();
    }

    public long getUndeliveredMails() {
        return outbox.undeliveredCount();
    }

    public long getHouseholdCount() {
        return households.count();
    }

    public long getChildCount() {
        return households.childCount();
    }

    public int getActivityCount() {
        return activities.all().size();
    }

    public long getChildrenExpectedToday() {
        return bookingAnswers.childrenExpectedOn(clock.today());
    }

    public long getUnreadMessages() {
        return contact.unreadCount();
    }

    public BigDecimal getUnpaidBalance() {
        return payments.unpaidBalance();
    }

    /** This week and the next three: half-days taken in the groups out of their places, every activity together. */
    public List<WeekFill> getWeeks() {
        if (weeks == null) {
            LocalDate monday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate end = monday.plusWeeks(WEEKS);
            int[] taken = new int[WEEKS];
            int[] places = new int[WEEKS];
            bookingAnswers.periods().stream()
                    .filter(period -> period.getFirstDay().isBefore(end) && !period.getLastDay().isBefore(monday))
                    .flatMap(period -> fillRates.of(period.getId()).stream())
                    .filter(fill -> fill.isGroup() && !fill.getDate().isBefore(monday) && fill.getDate().isBefore(end))
                    .forEach(fill -> {
                        int week = (int) (ChronoUnit.DAYS.between(monday, fill.getDate()) / 7);
                        taken[week] += fill.getMorningTaken() + fill.getAfternoonTaken();
                        places[week] += 2 * fill.getCapacity();
                    });
            weeks = new ArrayList<>();
            for (int week = 0; week < WEEKS; week++) {
                weeks.add(new WeekFill(monday.plusWeeks(week), taken[week], places[week]));
            }
        }
        return weeks;
    }

    /** The last six months, this one included: invoiced (credit notes deducted) and collected. */
    public List<MonthMoney> getMonths() {
        if (months == null) {
            YearMonth from = clock.month().minusMonths(MONTHS - 1L);
            Map<YearMonth, BigDecimal> invoiced = invoices.invoicedByMonth(from);
            Map<YearMonth, BigDecimal> collected = payments.collectedByMonth(from);
            months = invoiced.keySet().stream().map(month -> new MonthMoney(month, invoiced.get(month),
                    collected.getOrDefault(month, BigDecimal.ZERO))).toList();
        }
        return months;
    }

    /** The fill chart for PrimeFaces' p:chart (Chart.js): one bar a week, in percent. */
    public String getFillChart() {
        JsonArrayBuilder rates = Json.createArrayBuilder();
        getWeeks().forEach(week -> rates.add(week.getRate()));
        return chart(labels(getWeeks(), week -> Messages.text("dashboard.week", week.getMondayLabel())),
                Json.createArrayBuilder().add(dataset(Messages.text("dashboard.fill.rate"), rates, "#1f6f8b")),
                Json.createObjectBuilder().add("min", 0).add("max", 100));
    }

    /** The money chart: two bars a month, invoiced and collected, in euros. */
    public String getMoneyChart() {
        JsonArrayBuilder invoiced = Json.createArrayBuilder();
        JsonArrayBuilder collected = Json.createArrayBuilder();
        getMonths().forEach(month -> {
            invoiced.add(month.invoiced());
            collected.add(month.collected());
        });
        return chart(labels(getMonths(), MonthMoney::getLabel), Json.createArrayBuilder()
                        .add(dataset(Messages.text("dashboard.money.invoiced"), invoiced, "#1f6f8b"))
                        .add(dataset(Messages.text("dashboard.money.collected"), collected, "#2e7d32")),
                Json.createObjectBuilder().add("beginAtZero", true));
    }

    private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        items.forEach(item -> labels.add(label.apply(item)));
        return labels;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder yAxis) {
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", yAxis)))
                .build().toString();
    }

    /** A week of the fill chart, from its Monday. */
    public record WeekFill(LocalDate monday, int taken, int places) {

        public int getRate() {
            return places == 0 ? 0 : Math.round(100f * taken / places);
        }

        public String getMondayLabel() {
            return monday.format(DateTimeFormatter.ofPattern("dd/MM"));
        }

        public int getTaken() { return taken; }
        public int getPlaces() { return places; }
    }

    /** A month of the money chart. */
    public record MonthMoney(YearMonth month, BigDecimal invoiced, BigDecimal collected) {

        public String getLabel() {
            return month.getMonth().getDisplayName(TextStyle.SHORT, locale()) + " " + month.getYear();
        }

        public BigDecimal getInvoiced() { return invoiced; }
        public BigDecimal getCollected() { return collected; }

        private static Locale locale() {
            return FacesContext.getCurrentInstance().getViewRoot().getLocale();
        }
    }
}
