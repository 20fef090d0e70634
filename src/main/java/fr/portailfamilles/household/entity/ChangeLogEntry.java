package fr.portailfamilles.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Who changed which detail of a household's file, when, from what to what. */
@Entity
@Table(name = "change_log")
@NamedQuery(name = ChangeLogEntry.FIND_FOR_HOUSEHOLD,
        query = "select e from ChangeLogEntry e where e.householdId = :householdId order by e.changedAt desc, e.id desc")
public class ChangeLogEntry {

    public static final String FIND_FOR_HOUSEHOLD = "ChangeLogEntry.findForHousehold";

    private static final int VALUE_LENGTH = 200;
    private static final int SUBJECT_LENGTH = 160;

    @Id
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(nullable = false)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** The guardian or child a change concerns; none for the household's own details. */
    private String subject;

    protected ChangeLogEntry() {
    }

    public ChangeLogEntry(long householdId, String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
        this.householdId = householdId;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** A change of a guardian's or a child's file, logged in a household it belongs to. */
    public static ChangeLogEntry about(String subject, long householdId, String field, String oldValue, String newValue,
                                       String changedBy, Instant changedAt) {
        ChangeLogEntry entry = new ChangeLogEntry(householdId, field, oldValue, newValue, changedBy, changedAt);
        entry.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        return entry;
    }

    /** Long lists (the people who may collect a child) are cut to the column, marked by an ellipsis. */
    private static String clip(String value) {
        return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH - 1) + "…";
    }

    /** A new family quotient: the value in force that day before, and the new one with its first day. */
    public static ChangeLogEntry ofQuotient(Household household, int amount, LocalDate validFrom, String changedBy, Instant changedAt) {
        String before = household.quotientOn(validFrom).map(q -> String.valueOf(q.getAmount())).orElse(null);
        return new ChangeLogEntry(household.getId(), "QUOTIENT", before, amount + " (" + validFrom + ")", changedBy, changedAt);
    }

    public String getField() { return field; }
    public String getSubject() { return subject; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
