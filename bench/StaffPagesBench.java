import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pages as a signed-in person opens them: after one warm-up request each, prints p50/p95 of each page's GET.
 * Run by bench/staff-pages; arguments: base URL, e-mail, password, repetitions, then the pages.
 */
public class StaffPagesBench {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;
    /** Named on every post, as a browser does: the portal refuses a form another site (or no page) posts. */
    private final String origin;

    StaffPagesBench(String base) {
        this.base = base;
        URI address = URI.create(base);
        this.origin = address.getScheme() + "://" + address.getRawAuthority();
    }

    public static void main(String[] args) throws Exception {
        StaffPagesBench bench = new StaffPagesBench(args[0]);
        bench.logIn(args[1], args[2]);
        int runs = Integer.parseInt(args[3]);
        for (int page = 4; page < args.length; page++) {
            bench.report(args[page], runs);
        }
    }

    private void report(String page, int runs) throws Exception {
        get(page);
        List<Long> times = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = get(page).length();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        System.out.printf("%s p50 %d ms p95 %d ms (%d runs, %d kB)%n", page, times.get(runs / 2),
                times.get((int) Math.ceil(runs * 0.95) - 1), runs, size / 1024);
    }

    private void logIn(String email, String password) throws Exception {
        String page = get("connexion.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", email);
        form.put("password", password);
        form.put("login", "");
        form.put("jakarta.faces.ViewState", find(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\""));
        form.put("jeton-formulaire", find(page, "name=\"jeton-formulaire\" value=\"([^\"]+)\""));
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        client.send(HttpRequest.newBuilder(URI.create(base + "connexion.xhtml")).header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (get("compte/mot-de-passe.xhtml").contains("login-form")) {
            throw new IllegalStateException("not signed in as " + email);
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "fr").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return matcher.group(1);
    }
}
