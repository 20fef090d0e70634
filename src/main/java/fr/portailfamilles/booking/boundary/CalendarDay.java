package fr.portailfamilles.booking.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** One row of the parent's calendar: an opening day, what the child already holds on it, and whether it is still open. */
public final class CalendarDay implements Serializable {

    private final long openingDayId;
    private final LocalDate date;
    private final boolean open;
    private final boolean full;
    private final Set<Long> heldUnits;
    private final Set<Long> heldServices;

    CalendarDay(long openingDayId, LocalDate date, boolean open, boolean full, Set<Long> heldUnits, Set<Long> heldServices) {
        this.openingDayId = openingDayId;
        this.date = date;
        this.open = open;
        this.full = full;
        this.heldUnits = Set.copyOf(heldUnits);
        this.heldServices = Set.copyOf(heldServices);
    }

    public long getOpeningDayId() { return openingDayId; }
    public LocalDate getDate() { return date; }
    /** False once the deadline has passed: the day is shown, not offered. */
    public boolean isOpen() { return open; }
    /** Every place of the child's group is taken: a request goes to the waiting list. */
    public boolean isFull() { return full; }
    public Set<Long> getHeldUnits() { return heldUnits; }
    public Set<Long> getHeldServices() { return heldServices; }
}
