package fr.portailfamilles.booking.web;

import fr.portailfamilles.activity.entity.Period;
import fr.portailfamilles.booking.boundary.BookingAnswers;
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

/** Staff: a period's requests to answer, one by one or several at once. */
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

    public List<Period> getPeriods() {
        return answers.periods();
    }

    public List<RequestRow> getRequests() {
        if (requests == null) {
            requests = periodId == null ? List.of() : answers.toAnswer(periodId).stream().map(RequestRow::new).toList();
        }
        return requests;
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

    public void accept() {
        answer(() -> Messages.info(null, "bookingAnswers.accepted", answers.accept(ids(), Caller.name()), selected.size(),
                mailNotices.toFamilies()));
    }

    public void refuse() {
        answer(() -> {
            answers.refuse(ids(), reason, Caller.name());
            Messages.info(null, "bookingAnswers.refused", selected.size(), mailNotices.toFamilies());
            reason = null;
        });
    }

    public void putOnWaitingList() {
        answer(() -> {
            answers.putOnWaitingList(ids(), Caller.name());
            Messages.info(null, "bookingAnswers.waiting", selected.size(), mailNotices.toFamilies());
        });
    }

    private void answer(Runnable action) {
        try {
            action.run();
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
        periodChosen();
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
