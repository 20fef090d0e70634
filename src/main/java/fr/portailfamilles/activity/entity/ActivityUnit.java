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

/**
 * A way of attending a day ("accueil"): Matin, Après-midi or Journée, by the half-days it takes. Two units
 * that share a half-day exclude each other (a booking holds its half-days): a child booked for the Journée
 * cannot also be booked for the Matin.
 */
@Entity
@Table(name = "activity_unit")
public class ActivityUnit {

    @Id
    @SequenceGenerator(name = "activity_unit_seq", sequenceName = "activity_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_unit_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private boolean morning;

    @Column(nullable = false)
    private boolean afternoon;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ActivityUnit() {
    }

    ActivityUnit(Activity activity, String label, boolean morning, boolean afternoon, int sortOrder) {
        if (!morning && !afternoon) {
            throw new IllegalArgumentException("A unit takes the morning, the afternoon or both");
        }
        this.activity = activity;
        this.label = label;
        this.morning = morning;
        this.afternoon = afternoon;
        this.sortOrder = sortOrder;
    }

    public void rename(String newLabel) {
        if (newLabel.isBlank()) {
            throw new IllegalArgumentException("A label is needed");
        }
        this.label = newLabel;
    }

    public Long getId() { return id; }
    public String getLabel() { return label; }
    public boolean isMorning() { return morning; }
    public boolean isAfternoon() { return afternoon; }
}
