package fr.portailfamilles.platform.boundary;

import fr.portailfamilles.platform.control.ClockSetting;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.PortailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.logging.Logger;

/**
 * The portal's one clock, in Paris time: every rule, page, batch and e-mail reads "now" and "today" here. A demo
 * or test server may start it at another moment (PORTAIL_CLOCK, the moment the server process started) and tests
 * may move it; it then runs on at the real pace. A production server always tells the real time: moving it is refused.
 */
@ApplicationScoped
public class Clock {

    private static final Logger LOG = Logger.getLogger(Clock.class.getName());

    private volatile Duration offset = Duration.ZERO;
    private Duration startOffset = Duration.ZERO;
    private boolean movable;

    @PostConstruct
    void start() {
        PortailSettings settings = PortailSettings.fromSystem();
        movable = settings.isDemo();
        ClockSetting setting = settings.clock();
        if (setting.isSet() && setting.problem().isEmpty()) {
            // From the server's start, not this deployment's: a redeployment must not send the clock back.
            Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
            startOffset = Duration.between(serverStart, setting.start());
            offset = startOffset;
        }
    }

    public Instant now() {
        return Instant.now().plus(offset);
    }

    public ZonedDateTime zonedNow() {
        return now().atZone(ParisTime.ZONE);
    }

    public LocalDate today() {
        return zonedNow().toLocalDate();
    }

    public YearMonth month() {
        return YearMonth.from(zonedNow());
    }

    /** Demo and test servers only: the clock shows this moment now, and runs on from it. */
    public void moveTo(Instant moment) {
        if (!movable) {
            throw new IllegalStateException("The clock of a production server cannot be moved");
        }
        offset = Duration.between(Instant.now(), moment);
        LOG.fine(() -> "Clock moved: it is now " + ParisTime.moment(now()) + " (Paris) for the portal");
    }

    /** Back to the real time (or to PORTAIL_CLOCK's moment when the server started with one). */
    public void reset() {
        offset = startOffset;
    }

    public boolean isMoved() {
        return !offset.isZero();
    }
}
