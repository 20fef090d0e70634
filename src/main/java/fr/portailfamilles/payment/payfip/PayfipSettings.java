package fr.portailfamilles.payment.payfip;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the portal reaches PayFiP, from the server's settings (system properties portail.payfip.*, set by
 * wildfly-config/configure-payfip.cli from the PORTAIL_PAYFIP_* environment variables): the centre's client number
 * (numcli, 6 digits), the mode (saisie: T test, X activation, W production), the SOAP service's address and the
 * payment page's. Online payment is offered only when numcli and saisie are both set and valid.
 */
public record PayfipSettings(String numcli, String saisie, String serviceUrl, String pageUrl) {

    private static final Pattern NUMCLI = Pattern.compile("\\d{6}");
    private static final Pattern SAISIE = Pattern.compile("[TXW]");
    public static final String SERVICE_URL = "https://www.payfip.gouv.fr/tpa/services/securite";
    public static final String PAGE_URL = "https://www.payfip.gouv.fr/tpa/paiementws.web";

    public static PayfipSettings fromSystem() {
        return of(System.getenv());
    }

    static PayfipSettings of(Map<String, String> environment) {
        return new PayfipSettings(read("portail.payfip.numcli", "PORTAIL_PAYFIP_NUMCLI", environment, null),
                read("portail.payfip.saisie", "PORTAIL_PAYFIP_SAISIE", environment, null),
                read("portail.payfip.service.url", "PORTAIL_PAYFIP_SERVICE_URL", environment, SERVICE_URL),
                read("portail.payfip.page.url", "PORTAIL_PAYFIP_PAGE_URL", environment, PAGE_URL));
    }

    private static String read(String property, String variable, Map<String, String> environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public boolean enabled() {
        return problem().isEmpty();
    }

    /** Why online payment is not offered, in one line for IT; empty when it is. */
    public Optional<String> problem() {
        if (numcli == null || saisie == null) {
            return Optional.of("PORTAIL_PAYFIP_NUMCLI and PORTAIL_PAYFIP_SAISIE are not both set: online payment is off");
        }
        if (!NUMCLI.matcher(numcli).matches()) {
            return Optional.of("PORTAIL_PAYFIP_NUMCLI must be the 6-digit client number PayFiP gave, not '" + numcli + "'");
        }
        if (!SAISIE.matcher(saisie).matches()) {
            return Optional.of("PORTAIL_PAYFIP_SAISIE must be T (test), X (activation) or W (production), not '" + saisie + "'");
        }
        return Optional.empty();
    }

    /** The page the family's browser goes to for this operation. */
    public String pageFor(String idOp) {
        return pageUrl + (pageUrl.contains("?") ? "&" : "?") + "idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8);
    }
}
