package fr.portailfamilles.billing.web;

import fr.portailfamilles.billing.batch.InvoiceRunListener;
import fr.portailfamilles.billing.boundary.InvoiceRuns;
import fr.portailfamilles.billing.boundary.RunTokens;
import fr.portailfamilles.billing.boundary.SkippedRow;
import fr.portailfamilles.billing.control.RunMonth;
import fr.portailfamilles.billing.entity.InvoiceRun;
import fr.portailfamilles.billing.entity.RunToken;
import fr.portailfamilles.platform.boundary.ActionRefused;
import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.boundary.Clock;
import fr.portailfamilles.platform.boundary.Settings;
import fr.portailfamilles.platform.web.Caller;
import fr.portailfamilles.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * IT's Facturation screen: start the run of a month, watch the executions live (the figures come from the run
 * table, so every node shows the same), stop and restart them, read a run's totals and skipped households; the
 * schedule of the automatic run and the tokens of the scripts.
 */
@Named
@ViewScoped
public class InvoiceRunsView implements Serializable {

    private static final int SHOWN = 30;

    @Inject
    InvoiceRuns invoiceRuns;

    @Inject
    RunTokens runTokens;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    MonthNames months;

    private String month;
    /** The month whose run IT asked for and has still to confirm: an invoice issued is never edited. */
    private YearMonth monthToConfirm;
    private Long selectedRunId;
    private String tokenName;
    private String newToken;

    @NotNull
    @Min(value = 1, message = "{billing.schedule.day.range}")
    @Max(value = 28, message = "{billing.schedule.day.range}")
    private Integer scheduleDay;

    @NotNull
    @Min(value = 0, message = "{billing.schedule.hour.range}")
    @Max(value = 23, message = "{billing.schedule.hour.range}")
    private Integer scheduleHour;

    private transient List<InvoiceRun> runs;
    private transient List<RunToken> tokens;

    @PostConstruct
    void init() {
        month = clock.month().minusMonths(1).toString();
        scheduleDay = settings.invoiceRunDay();
        scheduleHour = settings.invoiceRunHour();
    }

    /** Lancer: a month that may be invoiced is named back for confirmation; any other is refused at once. */
    public void askToStart() {
        monthToConfirm = null;
        RunMonth.typedProblem(month, clock.month()).ifPresentOrElse(
                key -> Messages.error(null, key, month == null ? "" : month.strip()),
                () -> monthToConfirm = RunMonth.of(month));
    }

    public void start() {
        if (monthToConfirm != null) {
            YearMonth confirmed = monthToConfirm;
            monthToConfirm = null;
            act(() -> selectedRunId = invoiceRuns.startTyped(confirmed.toString(), actor()).getId(), "billing.run.started",
                    months.of(confirmed));
        }
    }

    public void cancelStart() {
        monthToConfirm = null;
    }

    public YearMonth getMonthToConfirm() {
        return monthToConfirm;
    }

    public void stop(InvoiceRun run) {
        act(() -> invoiceRuns.stop(run.getId(), actor()), "billing.run.stopAsked", run.getMonth());
    }

    public void restart(InvoiceRun run) {
        act(() -> selectedRunId = invoiceRuns.restart(run.getId(), actor()).getId(), "billing.run.restarted",
                run.getMonth());
    }

    public void select(InvoiceRun run) {
        selectedRunId = run.getId();
    }

    /** The poll's call: the figures are read again from the run table. */
    public void refresh() {
        runs = null;
    }

    public void createToken() {
        try {
            newToken = runTokens.create(tokenName, actor());
            Messages.info(null, "billing.token.created", tokenName.strip());
            tokenName = null;
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
        tokens = null;
    }

    public void revoke(RunToken token) {
        runTokens.revoke(token.getId(), actor());
        Messages.info(null, "billing.token.revoked", token.getName());
        tokens = null;
    }

    public void saveSchedule() {
        settings.change(Settings.INVOICE_RUN_DAY, String.valueOf(scheduleDay), actor());
        settings.change(Settings.INVOICE_RUN_HOUR, String.valueOf(scheduleHour), actor());
        Messages.info(null, "billing.schedule.saved", scheduleDay, scheduleHour);
    }

    public List<InvoiceRun> getRuns() {
        if (runs == null) {
            runs = invoiceRuns.latest(SHOWN);
        }
        return runs;
    }

    public boolean isRunning() {
        return getRuns().stream().anyMatch(run -> run.getStatus().isActive());
    }

    public InvoiceRun getSelected() {
        return selectedRunId == null ? null : getRuns().stream().filter(run -> run.getId().equals(selectedRunId)).findFirst()
                .orElseGet(() -> invoiceRuns.find(selectedRunId).orElse(null));
    }

    /** The executions of the selected run: its first one and its restarts. */
    public List<InvoiceRun> getSelectedExecutions() {
        InvoiceRun selected = getSelected();
        return selected == null ? List.of() : invoiceRuns.executionsOf(selected);
    }

    public List<SkippedRow> getSkipped() {
        InvoiceRun selected = getSelected();
        return selected == null ? List.of() : invoiceRuns.skipped(selected);
    }

    public int getTotalInvoices() {
        return getSelectedExecutions().stream().mapToInt(InvoiceRun::getInvoicesWritten).sum();
    }

    public int getTotalRead() {
        return getSelectedExecutions().stream().mapToInt(InvoiceRun::getHouseholdsRead).sum();
    }

    public int getTotalAlreadyInvoiced() {
        return getSelectedExecutions().stream().mapToInt(InvoiceRun::getAlreadyInvoiced).sum();
    }

    public int getTotalSkipped() {
        return getSelectedExecutions().stream().mapToInt(InvoiceRun::getSkipped).sum();
    }

    public BigDecimal getTotalAmount() {
        return getSelectedExecutions().stream().map(InvoiceRun::getTotalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<RunToken> getTokens() {
        if (tokens == null) {
            tokens = runTokens.all();
        }
        return tokens;
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }

    /** Who started a run, as people read it: a person's login, the schedule, the CLI or a script's token. */
    public String startedBy(InvoiceRun run) {
        String by = run.getStartedBy();
        if (AuditLog.SCHEDULED.equals(by)) {
            return Messages.text("billing.run.by.schedule");
        }
        if (InvoiceRunListener.CLI.equals(by)) {
            return Messages.text("billing.run.by.cli");
        }
        if (by.startsWith(RunTokens.ACTOR_PREFIX)) {
            return Messages.text("billing.run.by.token", by.substring(RunTokens.ACTOR_PREFIX.length()));
        }
        return by;
    }

    private void act(Runnable action, String successKey, String subject) {
        try {
            action.run();
            Messages.info(null, successKey, subject);
        } catch (ActionRefused refused) {
            Messages.error(null, refused.messageKey(), refused.arguments());
        }
        runs = null;
    }

    private static String actor() {
        return Caller.name();
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public String getNewToken() { return newToken; }
    public Integer getScheduleDay() { return scheduleDay; }
    public void setScheduleDay(Integer scheduleDay) { this.scheduleDay = scheduleDay; }
    public Integer getScheduleHour() { return scheduleHour; }
    public void setScheduleHour(Integer scheduleHour) { this.scheduleHour = scheduleHour; }
}
