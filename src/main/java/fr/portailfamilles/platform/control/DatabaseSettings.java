package fr.portailfamilles.platform.control;

import java.util.Map;
import java.util.Optional;

/**
 * Checks the PORTAIL_DB_* variables before anything connects, so that a wrong setting is reported as one
 * line naming the variable rather than as a connection pool's stack trace.
 */
public final class DatabaseSettings {

    public static final String URL = "PORTAIL_DB_URL";
    public static final String USER = "PORTAIL_DB_USER";
    public static final String PASSWORD = "PORTAIL_DB_PASSWORD";
    public static final String DRIVER = "PORTAIL_DB_DRIVER";

    private final Map<String, String> environment;

    public DatabaseSettings(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The first problem found, worded for the server log, or empty when the settings are usable. */
    public Optional<String> problem() {
        for (String name : new String[]{URL, USER, PASSWORD, DRIVER}) {
            String value = environment.get(name);
            if (value != null && value.isBlank() && !PASSWORD.equals(name)) {
                return Optional.of(name + " is set but empty: unset it to use the embedded database, or give it a value");
            }
        }
        String url = environment.get(URL);
        String driver = environment.getOrDefault(DRIVER, "h2");
        if (url == null) {
            if (!"h2".equals(driver)) {
                return Optional.of(DRIVER + "=" + driver + " needs " + URL + " (for example jdbc:postgresql://localhost:5432/portail)");
            }
            return Optional.empty();
        }
        String expectedDriver = driverFor(url);
        if (expectedDriver == null) {
            return Optional.of(URL + " must start with jdbc:postgresql: or jdbc:h2: (found '" + scheme(url) + "')");
        }
        if (!expectedDriver.equals(driver)) {
            return Optional.of(DRIVER + " must be '" + expectedDriver + "' for " + URL + "=" + scheme(url) + "... (found '" + driver + "')");
        }
        if ("postgresql".equals(expectedDriver) && environment.get(USER) == null) {
            return Optional.of(USER + " is missing: PostgreSQL needs a user name");
        }
        if ("postgresql".equals(expectedDriver) && environment.get(PASSWORD) == null) {
            return Optional.of(PASSWORD + " is missing: PostgreSQL needs the user's password");
        }
        return Optional.empty();
    }

    public boolean isPostgreSql() {
        String url = environment.get(URL);
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    private static String driverFor(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        return null;
    }

    /** Only the scheme of a URL goes into the log: the rest may carry a password. */
    private static String scheme(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? url : url.substring(0, second + 1);
    }
}
