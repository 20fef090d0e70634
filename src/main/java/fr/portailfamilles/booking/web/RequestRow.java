package fr.portailfamilles.booking.web;

import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.entity.BookingStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A request as the staff's queue shows and selects it (kept in the view, so serializable). */
public final class RequestRow implements Serializable {

    private final long id;
    private final Long periodId;
    private final LocalDate date;
    private final String child;
    private final String what;
    private final BookingStatus status;
    private final Instant requestedAt;

    RequestRow(BookingRequest request) {
        this.id = request.getId();
        this.periodId = request.getPeriodId();
        this.date = request.getDay().getDate();
        this.child = request.getChild().getFullName();
        this.what = request.what();
        this.status = request.getStatus();
        this.requestedAt = request.getRequestedAt();
    }

    public long getId() { return id; }
    public Long getPeriodId() { return periodId; }
    public LocalDate getDate() { return date; }
    public String getChild() { return child; }
    public String getWhat() { return what; }
    public BookingStatus getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
}
