package fr.portailfamilles.booking.boundary;

import fr.portailfamilles.booking.entity.BookingStatus;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How full one day is for a group (its morning and afternoon places) or a service with seats: what was asked,
 * accepted, left waiting, and the places taken.
 */
public final class DayFill implements Serializable {

    private final LocalDate date;
    private final String label;
    private final boolean group;
    private final int capacity;
    private final int morningTaken;
    private final int afternoonTaken;
    private final int requested;
    private final int accepted;
    private final int waiting;

    DayFill(LocalDate date, String label, boolean group, int capacity, int morningTaken, int afternoonTaken, Tally tally) {
        this.date = date;
        this.label = label;
        this.group = group;
        this.capacity = capacity;
        this.morningTaken = morningTaken;
        this.afternoonTaken = afternoonTaken;
        this.requested = tally.requested;
        this.accepted = tally.accepted;
        this.waiting = tally.waiting;
    }

    /** The fuller half-day, in percent: the one that turns new requests into waiting ones. */
    public int getRate() {
        return capacity == 0 ? 100 : Math.round(100f * Math.max(morningTaken, afternoonTaken) / capacity);
    }

    public LocalDate getDate() { return date; }
    public String getLabel() { return label; }
    /** A group has a morning and an afternoon; a service only its seats (counted as the morning). */
    public boolean isGroup() { return group; }
    public int getCapacity() { return capacity; }
    public int getMorningTaken() { return morningTaken; }
    public int getAfternoonTaken() { return afternoonTaken; }
    public int getRequested() { return requested; }
    public int getAccepted() { return accepted; }
    public int getWaiting() { return waiting; }

    /** Requests counted for one group or service on one day. */
    static final class Tally {
        private int requested;
        private int accepted;
        private int waiting;

        void count(BookingStatus status) {
            requested++;
            switch (status) {
                case ACCEPTED -> accepted++;
                case WAITING -> waiting++;
                default -> { }
            }
        }
    }
}
