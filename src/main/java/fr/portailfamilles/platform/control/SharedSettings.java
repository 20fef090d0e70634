package fr.portailfamilles.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The settings every server of a cluster must share (the portal's address, its clock, mail and PayFiP), as a line
 * each node writes beside its heartbeat: each setting's name and a digest of its value, so that two nodes can tell
 * which settings differ without the database holding their values. A setting is read as the portal reads it: the
 * system property (PORTAIL_SMTP_HOST → portail.smtp.host), else the environment variable.
 */
public final class SharedSettings {

    private static final List<String> NAMES = List.of("PORTAIL_DEMO", "PORTAIL_CLOCK", "PORTAIL_PUBLIC_URL", "PORTAIL_HTTPS",
            "PORTAIL_BEHIND_PROXY", "PORTAIL_SMTP_HOST", "PORTAIL_SMTP_PORT", "PORTAIL_PAYFIP_NUMCLI", "PORTAIL_PAYFIP_SAISIE",
            "PORTAIL_PAYFIP_SERVICE_URL", "PORTAIL_PAYFIP_PAGE_URL");

    private static final String UNSET = "-";

    private SharedSettings() {
    }

    /** This server's line. */
    public static String ofThisServer() {
        return of(System.getenv(), System.getProperties());
    }

    static String of(Map<String, String> environment, Properties properties) {
        return NAMES.stream().map(name -> name + "=" + digest(properties.getProperty(propertyOf(name), environment.get(name))))
                .collect(Collectors.joining(";"));
    }

    /** The names of the settings whose values differ between two lines (a line of an older version may lack some). */
    public static List<String> differing(String mine, String theirs) {
        Map<String, String> these = parse(mine);
        Map<String, String> those = parse(theirs);
        List<String> differing = new ArrayList<>();
        for (String name : these.keySet()) {
            if (those.containsKey(name) && !Objects.equals(these.get(name), those.get(name))) {
                differing.add(name);
            }
        }
        return differing;
    }

    private static Map<String, String> parse(String line) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (line != null) {
            for (String setting : line.split(";")) {
                int equals = setting.indexOf('=');
                if (equals > 0) {
                    settings.put(setting.substring(0, equals), setting.substring(equals + 1));
                }
            }
        }
        return settings;
    }

    private static String propertyOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    private static String digest(String value) {
        if (value == null || value.isBlank()) {
            return UNSET;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
