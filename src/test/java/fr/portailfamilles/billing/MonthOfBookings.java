package fr.portailfamilles.billing;

import fr.portailfamilles.platform.control.SearchText;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic month of bookings written straight into the database (JDBC batches), for the invoice run's crash test
 * and its bench: households each with a billed guardian, their children, one activity open on the month's first
 * weekdays, and accepted requests — a unit on one day in two, a meal on one day in four — so that each child has
 * {@code days / 2} units and {@code days / 4} meals. Ids start far above what the sequences hand out.
 */
public final class MonthOfBookings {

    private static final int BATCH = 1000;

    private final YearMonth month;
    private final int households;
    private final int children;
    private final int days;
    private final long base;

    /**
     * @param base the first id used; each table's ids run from there, so two months generated in one database need
     *             bases at least {@code children * days} apart
     */
    public MonthOfBookings(YearMonth month, int households, int children, int days, long base) {
        if (children < households) {
            throw new IllegalArgumentException("Every household has a child");
        }
        this.month = month;
        this.households = households;
        this.children = children;
        this.days = days;
        this.base = base;
    }

    /** Writes the month; answers the ids of its households. */
    public List<Long> write(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<LocalDate> openingDays = openingDays();
            activity(connection, openingDays);
            families(connection);
            requests(connection, openingDays);
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        List<Long> ids = new ArrayList<>(households);
        for (int h = 1; h <= households; h++) {
            ids.add(base + h);
        }
        return ids;
    }

    /** What the flat prices of {@link KnownCharges} make the month cost, all households together. */
    public BigDecimal flatTotal() {
        BigDecimal total = BigDecimal.ZERO;
        for (int c = 1; c <= children; c++) {
            for (int d = 0; d < days; d++) {
                if (unitOn(c, d)) {
                    total = total.add(new BigDecimal(KnownCharges.UNIT));
                }
                if (mealOn(c, d)) {
                    total = total.add(new BigDecimal(KnownCharges.SERVICE));
                }
            }
        }
        return total;
    }

    /** The number of charges (units and meals) of the month. */
    public int charges() {
        int count = 0;
        for (int c = 1; c <= children; c++) {
            for (int d = 0; d < days; d++) {
                count += (unitOn(c, d) ? 1 : 0) + (mealOn(c, d) ? 1 : 0);
            }
        }
        return count;
    }

    private static boolean unitOn(int child, int day) {
        return (child + day) % 2 == 0;
    }

    private static boolean mealOn(int child, int day) {
        return (child + day) % 4 == 0;
    }

    private List<LocalDate> openingDays() {
        List<LocalDate> openingDays = new ArrayList<>();
        for (LocalDate day = month.atDay(1); openingDays.size() < days && !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                openingDays.add(day);
            }
        }
        if (openingDays.size() < days) {
            throw new IllegalArgumentException(month + " has fewer than " + days + " weekdays");
        }
        return openingDays;
    }

    private void activity(Connection connection, List<LocalDate> openingDays) throws SQLException {
        LocalDate first = openingDays.get(0);
        LocalDate last = openingDays.get(openingDays.size() - 1);
        try (PreparedStatement activity = connection.prepareStatement("insert into activity (id, name, kind, season, starts_on, ends_on,"
                + " age_min, age_max, version) values (?, ?, 'HOLIDAYS', ?, ?, ?, 3, 17, 0)")) {
            activity.setLong(1, base);
            activity.setString(2, "BANC FACTURATION " + month + " " + base);
            activity.setString(3, month.getYear() + "/" + (month.getYear() + 1));
            activity.setDate(4, Date.valueOf(first));
            activity.setDate(5, Date.valueOf(last));
            activity.executeUpdate();
        }
        execute(connection, "insert into activity_unit (id, activity_id, label, morning, afternoon, sort_order) values (?, ?, 'Journée', true, true, 1)",
                base, base);
        execute(connection, "insert into activity_service (id, activity_id, label, daily_capacity, sort_order) values (?, ?, 'REPAS', null, 1)",
                base, base);
        try (PreparedStatement period = connection.prepareStatement("insert into period (id, activity_id, first_day, last_day,"
                + " registration_opens_on, registration_closes_on, cancel_days_before, cancel_at, auto_accept, weekdays, version)"
                + " values (?, ?, ?, ?, ?, ?, 7, ?, true, 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', 0)")) {
            period.setLong(1, base);
            period.setLong(2, base);
            period.setDate(3, Date.valueOf(first));
            period.setDate(4, Date.valueOf(last));
            period.setDate(5, Date.valueOf(first.minusMonths(2)));
            period.setDate(6, Date.valueOf(first.minusDays(1)));
            period.setTime(7, Time.valueOf("12:00:00"));
            period.executeUpdate();
        }
        try (PreparedStatement day = connection.prepareStatement("insert into opening_day (id, period_id, opening_date) values (?, ?, ?)")) {
            for (int d = 0; d < openingDays.size(); d++) {
                day.setLong(1, base + d);
                day.setLong(2, base);
                day.setDate(3, Date.valueOf(openingDays.get(d)));
                day.addBatch();
            }
            day.executeBatch();
        }
    }

    private void families(Connection connection) throws SQLException {
        Timestamp created = Timestamp.valueOf(month.atDay(1).minusMonths(3).atStartOfDay());
        try (PreparedStatement household = connection.prepareStatement("insert into household (id, name, address_line, postcode, town,"
                + " email, family_situation, benefits_body, created_at, search_text, version) values (?, ?, ?, '37250', 'Montbazon', ?, 'MARRIED', 'CAF', ?, ?, 0)");
             PreparedStatement guardian = connection.prepareStatement("insert into guardian (id, household_id, civility, last_name,"
                     + " first_name, email, relationship, billed, search_text, version) values (?, ?, 'MME', ?, 'Camille', ?, 'MOTHER', true, ?, 0)")) {
            for (int h = 1; h <= households; h++) {
                long id = base + h;
                household.setLong(1, id);
                household.setString(2, "Famille BANC" + id);
                household.setString(3, h + " rue des Essais");
                // Not famille.…@exemple.fr: those addresses are the demo's families, which DemoDataIT counts.
                household.setString(4, "foyer.banc" + id + "@exemple.fr");
                household.setTimestamp(5, created);
                // The staff's search column, as the entities keep it.
                household.setString(6, SearchText.column("Famille BANC" + id, "foyer.banc" + id + "@exemple.fr", "Montbazon"));
                household.addBatch();
                guardian.setLong(1, id);
                guardian.setLong(2, id);
                guardian.setString(3, "BANC" + id);
                guardian.setString(4, "camille.banc" + id + "@exemple.fr");
                guardian.setString(5, SearchText.column("Camille BANC" + id, "BANC" + id + " Camille", "camille.banc" + id + "@exemple.fr", "Famille BANC" + id));
                guardian.addBatch();
                if (h % BATCH == 0) {
                    household.executeBatch();
                    guardian.executeBatch();
                }
            }
            household.executeBatch();
            guardian.executeBatch();
        }
        try (PreparedStatement child = connection.prepareStatement("insert into child (id, last_name, first_name, birth_date, sex, search_text,"
                + " version) values (?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement link = connection.prepareStatement("insert into household_child (household_id, child_id) values (?, ?)")) {
            for (int c = 1; c <= children; c++) {
                child.setLong(1, base + c);
                child.setString(2, "BANC" + householdOf(c));
                child.setString(3, c % 2 == 0 ? "Jules" : "Lou");
                child.setDate(4, Date.valueOf(month.atDay(1).minusYears(5 + c % 7)));
                child.setString(5, c % 2 == 0 ? "M" : "F");
                String firstName = c % 2 == 0 ? "Jules" : "Lou";
                child.setString(6, SearchText.column(firstName + " BANC" + householdOf(c), "BANC" + householdOf(c) + " " + firstName));
                child.addBatch();
                link.setLong(1, householdOf(c));
                link.setLong(2, base + c);
                link.addBatch();
                if (c % BATCH == 0) {
                    child.executeBatch();
                    link.executeBatch();
                }
            }
            child.executeBatch();
            link.executeBatch();
        }
    }

    private void requests(Connection connection, List<LocalDate> openingDays) throws SQLException {
        Timestamp requested = Timestamp.valueOf(openingDays.get(0).minusDays(20).atTime(20, 0));
        try (PreparedStatement request = connection.prepareStatement("insert into booking_request (id, household_id, child_id,"
                + " opening_day_id, unit_id, service_id, status, requested_by, requested_at, answered_by, answered_at, version, period_id,"
                + " opening_date) values (?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, 'automatique', ?, 0, ?, ?)")) {
            long id = base;
            int pending = 0;
            for (int c = 1; c <= children; c++) {
                for (int d = 0; d < openingDays.size(); d++) {
                    for (boolean unit : new boolean[]{true, false}) {
                        if (unit ? !unitOn(c, d) : !mealOn(c, d)) {
                            continue;
                        }
                        request.setLong(1, id++);
                        request.setLong(2, householdOf(c));
                        request.setLong(3, base + c);
                        request.setLong(4, base + d);
                        request.setObject(5, unit ? base : null, Types.BIGINT);
                        request.setObject(6, unit ? null : base, Types.BIGINT);
                        request.setString(7, "camille.banc" + householdOf(c) + "@exemple.fr");
                        request.setTimestamp(8, requested);
                        request.setTimestamp(9, requested);
                        request.setLong(10, base);
                        request.setDate(11, Date.valueOf(openingDays.get(d)));
                        request.addBatch();
                        if (++pending % BATCH == 0) {
                            request.executeBatch();
                        }
                    }
                }
            }
            request.executeBatch();
        }
    }

    /** Children are shared out over the households in turn: the first ones get two when there are more children. */
    private long householdOf(int child) {
        return base + 1 + (child - 1) % households;
    }

    private static void execute(Connection connection, String sql, long... ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setLong(i + 1, ids[i]);
            }
            statement.executeUpdate();
        }
    }
}
