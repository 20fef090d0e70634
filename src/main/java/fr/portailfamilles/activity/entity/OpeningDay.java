package fr.portailfamilles.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A day the centre is open within a period ("jour d'ouverture"): one row of the parents' calendar. */
@Entity
@Table(name = "opening_day")
@NamedQuery(name = OpeningDay.FIND_FROM, query = "select d from OpeningDay d where d.period.activity.id = :activityId"
        + " and d.date >= :from order by d.date, d.id")
@NamedQuery(name = OpeningDay.FIND_ON, query = "select d from OpeningDay d where d.date = :date order by d.period.activity.name, d.id")
public class OpeningDay {

    public static final String FIND_FROM = "OpeningDay.findFrom";
    public static final String FIND_ON = "OpeningDay.findOn";

    @Id
    @SequenceGenerator(name = "opening_day_seq", sequenceName = "opening_day_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_day_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "period_id")
    private Period period;

    @Column(name = "opening_date", nullable = false)
    private LocalDate date;

    protected OpeningDay() {
    }

    OpeningDay(Period period, LocalDate date) {
        this.period = period;
        this.date = date;
    }

    public Long getId() { return id; }
    public Period getPeriod() { return period; }
    public LocalDate getDate() { return date; }
}
