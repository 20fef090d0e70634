package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.boundary.AuditLog;
import fr.portailfamilles.platform.control.ParisTime;
import fr.portailfamilles.platform.control.Texts;
import fr.portailfamilles.platform.entity.AuditAction;
import fr.portailfamilles.platform.entity.AuditEvent;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journal entry in words. The areas record subjects and details in a fixed technical form ("STAFF",
 * "until 2026-10-14T08:00:00Z", "payment 12"), kept as stored so that old entries stay comparable; this is where
 * they are read out in the page's language. A detail of a form not known here is shown as recorded.
 */
final class AuditWording {

    private static final Map<String, String> PHRASES = Map.of(
            "link sent", "audit.detail.linkSent",
            "no active account", "audit.detail.noActiveAccount",
            "not sent: too many requests", "audit.detail.tooManyRequests",
            "refused: too many requests from this client", "audit.detail.tooManyFromClient");
    private static final Pattern ROLE = Pattern.compile("PARENT|STAFF|IT");
    private static final Pattern UNTIL = Pattern.compile("until (\\S+)");
    private static final Pattern EXECUTION = Pattern.compile("execution (\\d+)");
    private static final Pattern PAYMENT_DETAIL = Pattern.compile("([A-Z_]+) ([\\d.]+) household (\\d+)");
    private static final Pattern PAYMENT = Pattern.compile("payment (\\d+)");
    private static final Pattern HOUSEHOLD = Pattern.compile("household (\\d+)");

    private final ResourceBundle bundle;
    /** The names of the households these entries mention, by id: a family is read by its name. */
    private final Map<Long, String> householdNames;

    AuditWording(Locale locale, Map<Long, String> householdNames) {
        this.bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        this.householdNames = householdNames;
    }

    /** The households these entries mention, as subject or in a payment's detail. */
    static Set<Long> householdIds(Collection<AuditEvent> events) {
        Set<Long> ids = new TreeSet<>();
        for (AuditEvent event : events) {
            Matcher subject = HOUSEHOLD.matcher(event.getSubject() == null ? "" : event.getSubject());
            if (subject.matches()) {
                ids.add(Long.valueOf(subject.group(1)));
            }
            Matcher payment = PAYMENT_DETAIL.matcher(event.getDetail() == null ? "" : event.getDetail());
            if (payment.matches()) {
                ids.add(Long.valueOf(payment.group(3)));
            }
        }
        return ids;
    }

    AuditRow row(AuditEvent event) {
        return new AuditRow(event.getOccurredAt(), action(event.getAction()), actor(event.getActor()),
                subject(event.getAction(), event.getSubject()), detail(event.getAction(), event.getDetail()),
                event.getClientAddress());
    }

    String actor(String actor) {
        return AuditLog.SCHEDULED.equals(actor) ? text("audit.actor.scheduled") : actor;
    }

    String action(AuditAction action) {
        return orAsIs("audit.action." + action.name(), action.name());
    }

    String subject(AuditAction action, String subject) {
        if (subject == null) {
            return "";
        }
        if (action == AuditAction.SETTING_CHANGED) {
            return orAsIs("audit.setting." + subject, subject);
        }
        Matcher payment = PAYMENT.matcher(subject);
        if (payment.matches()) {
            return text("audit.subject.payment", payment.group(1));
        }
        Matcher household = HOUSEHOLD.matcher(subject);
        return household.matches() ? household(household.group(1)) : subject;
    }

    String detail(AuditAction action, String detail) {
        if (detail == null) {
            return "";
        }
        if (action == AuditAction.SETTING_CHANGED && (detail.equals("true") || detail.equals("false"))) {
            return text("audit.detail." + detail);
        }
        if (PHRASES.containsKey(detail)) {
            return text(PHRASES.get(detail));
        }
        if ((action == AuditAction.ACCOUNT_CREATED || action == AuditAction.ROLE_CHANGED) && ROLE.matcher(detail).matches()) {
            return text("role." + detail);
        }
        Matcher until = UNTIL.matcher(detail);
        if (until.matches()) {
            try {
                return text("audit.detail.until", ParisTime.moment(Instant.parse(until.group(1))));
            } catch (DateTimeParseException notAnInstant) {
                return detail;
            }
        }
        Matcher execution = EXECUTION.matcher(detail);
        if (execution.matches()) {
            return text("audit.detail.execution", execution.group(1));
        }
        Matcher payment = PAYMENT_DETAIL.matcher(detail);
        if (payment.matches()) {
            return text("audit.detail.payment", orAsIs("payments.method." + payment.group(1), payment.group(1)),
                    payment.group(2).replace('.', ','), household(payment.group(3)));
        }
        return detail;
    }

    /** "Famille MARTIN (n° 12)", or "famille n° 12" for a household no longer known. */
    private String household(String id) {
        String name = householdNames.get(Long.valueOf(id));
        return name == null ? text("audit.subject.household", id) : text("audit.subject.householdNamed", id, name);
    }

    private String orAsIs(String key, String asIs) {
        return bundle.containsKey(key) ? bundle.getString(key) : asIs;
    }

    /** Numbers are passed as text: an id is not written with thousands separators. */
    private String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
