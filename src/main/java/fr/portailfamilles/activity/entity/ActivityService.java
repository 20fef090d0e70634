package fr.portailfamilles.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A "prestation" booked with a unit: REPAS, CONVOYAGE MATIN… When it has seats (the bus), a daily capacity. */
@Entity
@Table(name = "activity_service")
public class ActivityService {

    @Id
    @SequenceGenerator(name = "activity_service_seq", sequenceName = "activity_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_service_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(nullable = false)
    private String label;

    /** Null when the service has no limit of its own (meals follow the groups' places). */
    @Column(name = "daily_capacity")
    private Integer dailyCapacity;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ActivityService() {
    }

    ActivityService(Activity activity, String label, Integer dailyCapacity, int sortOrder) {
        if (dailyCapacity != null && dailyCapacity < 0) {
            throw new IllegalArgumentException("A capacity is zero or more");
        }
        this.activity = activity;
        this.label = label;
        this.dailyCapacity = dailyCapacity;
        this.sortOrder = sortOrder;
    }

    /** Seats per day, for a service that has them: one without a limit keeps none (its requests were never counted). */
    public void changeDailyCapacity(int seats) {
        if (dailyCapacity == null || seats < 0) {
            throw new IllegalArgumentException("Only a service with seats changes them, to zero or more");
        }
        this.dailyCapacity = seats;
    }

    public void rename(String newLabel) {
        if (newLabel.isBlank()) {
            throw new IllegalArgumentException("A label is needed");
        }
        this.label = newLabel;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public Integer getDailyCapacity() { return dailyCapacity; }
}
