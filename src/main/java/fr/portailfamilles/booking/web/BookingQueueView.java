package fr.portailfamilles.booking.web;

import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.boundary.BookingAnswers;
import fr.portailfamilles.booking.entity.BookingRequest;
import fr.portailfamilles.booking.boundary.DayFill;
import fr.portailfamilles.booking.boundary.FillRates;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.MailNotices;
import fr.portailfamilles.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Staff: the requests to answer, of every period or of one, one by one or several at once. */
@Named
@ViewScoped
public class BookingQueueView implements Serializable {

    @Inject
    BookingAnswers answers;

    @Inject
    MailNotices mailNotices;

    @Inject
    FillRates fillRates;

    private Long periodId;
    private String reason;
    private List<RequestRow> selected = new ArrayList<>();
    private List<RequestRow> requests;
    private List<DayFill> fills;
    /** Per request, not kept with the view (entities): read again after a view is restored. */
    private transient List<Period> periods;

    public List<Period> getPeriods() {
        if (periods == null) {
            periods = answers.periods();
        }
        return periods;
    }

    public List<RequestRow> getRequests() {
        if (requests == null) {
            requests = (periodId == null ? answers.toAnswer() : answers.toAnswer(periodId)).stream().map(RequestRow::new).toList();
        }
        return requests;
    }

    /** The period a request belongs to, as the period list names it, when every period is shown. */
    public Period periodOf(RequestRow row) {
        return getPeriods().stream().filter(period -> period.getId().equals(row.getPeriodId())).findFirst().orElse(null);
    }

    /** Per day and group, what was asked, accepted and the places, to answer with the numbers in sight. */
    public List<DayFill> getFills() {
        if (fills == null) {
            fills = periodId == null ? List.of() : fillRates.of(periodId);
        }
        return fills;
    }

    public void periodChosen() {
        requests = null;
        fills = null;
        selected = new ArrayList<>();
    }

    /** Says how many were accepted and, only when some were not, why they wait on the list. */
    public void accept() {
        answer(() -> {
            BookingAnswers.Accepted outcome = answers.accept(ids(), Caller.name());
            List<String> said = new ArrayList<>();
            said.add(Messages.text("bookingAnswers.accepted", outcome.accepted(), selected.size()));
            if (outcome.noPlace() > 0) {
                said.add(Messages.text("bookingAnswers.noPlace", outcome.noPlace()));
            }
            if (outcome.noUnit() > 0) {
                said.add(Messages.text("bookingAnswers.noUnit", outcome.noUnit()));
            }
            said.add(mailNotices.toFamilies());
            Messages.info(null, "bookingAnswers.outcome", String.join(" ", said));
        });
    }

    public void refuse() {
        answer(() -> {
            List<Long> ticked = ids();
            List<BookingRequest> refused = answers.refuse(ticked, reason, Caller.name());
            long withTheirDay = refused.stream().filter(r -> !ticked.contains(r.getId())).count();
            Messages.info(null, "bookingAnswers.refused", refused.size(), mailNotices.toFamilies(), withTheirDay);
            reason = null;
        });
    }

    public void putOnWaitingList() {
        answer(() -> {
            answers.putOnWaitingList(ids(), Caller.name());
            Messages.info(null, "bookingAnswers.waiting", selected.size(), mailNotices.toFamilies());
        });
    }

    /** A refused action leaves the ticked requests ticked, to correct and try again. */
    private void answer(Runnable action) {
        try {
            action.run();
            periodChosen();
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
            requests = null;
            fills = null;
        }
    }

    private List<Long> ids() {
        return selected.stream().map(RequestRow::getId).toList();
    }

    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<RequestRow> getSelected() { return selected; }
    public void setSelected(List<RequestRow> selected) { this.selected = selected; }
}
