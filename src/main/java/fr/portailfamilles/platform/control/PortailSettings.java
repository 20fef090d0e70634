package fr.portailfamilles.platform.control;

import java.util.Map;
import java.util.Optional;

/** Switches read from the environment, or from system properties of the same meaning. */
public final class PortailSettings {

    private final Map<String, String> environment;

    public PortailSettings(Map<String, String> environment) {
        this.environment = environment;
    }

    public static PortailSettings fromSystem() {
        return new PortailSettings(System.getenv());
    }

    /** Demo data is loaded only when PORTAIL_DEMO=true (or -Dportail.demo=true). */
    public boolean isDemo() {
        String value = System.getProperty("portail.demo", environment.get("PORTAIL_DEMO"));
        return value != null && Boolean.parseBoolean(value.strip());
    }

    /**
     * Whether a mail relay was named (PORTAIL_SMTP_HOST or PORTAIL_SMTP_PORT, or -Dportail.smtp.host / -Dportail.smtp.port):
     * without one the server falls back to localhost:25, where a demonstration machine has no mail server.
     */
    public boolean namesMailRelay() {
        return System.getProperty("portail.smtp.host", environment.get("PORTAIL_SMTP_HOST")) != null
                || System.getProperty("portail.smtp.port", environment.get("PORTAIL_SMTP_PORT")) != null;
    }

    /** A demonstration with no mail relay named keeps its e-mails in the outbox instead of failing to send them. */
    public boolean keepsMail() {
        return isDemo() && !namesMailRelay();
    }

    public ClockSetting clock() {
        return new ClockSetting(System.getProperty("portail.clock", environment.get(ClockSetting.VARIABLE)), isDemo());
    }

    public PublicUrlSetting publicUrl() {
        int localHttpPort = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new PublicUrlSetting(System.getProperty("portail.public.url", environment.get(PublicUrlSetting.VARIABLE)),
                isDemo(), localHttpPort);
    }

    /** The first setting that stops the portal from starting, in one line for the administrator. */
    public Optional<String> problem() {
        return database().problem().or(() -> clock().problem()).or(() -> publicUrl().problem());
    }

    public DatabaseSettings database() {
        return new DatabaseSettings(environment);
    }

    /** Seconds to wait at start for the database to answer (a container's database may start later). */
    public int databaseStartupWaitSeconds() {
        String value = environment.getOrDefault("PORTAIL_DB_STARTUP_WAIT", "30");
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 30;
        }
    }
}
