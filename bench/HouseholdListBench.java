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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staff's household list over 10,000+ households, as a browser asks for it: prints p50/p95 of the
 * page, a search and a household's page, and the time of the full CSV and Excel exports.
 * Run by bench/households; arguments: base URL, staff e-mail, password.
 */
public class HouseholdListBench {

    private static final int RUNS = 30;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    HouseholdListBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        HouseholdListBench bench = new HouseholdListBench(args[0]);
        bench.logIn(args[1], args[2]);
        String list = bench.get("gestion/familles.xhtml");
        if (!list.contains("Famille BANC")) {
            throw new IllegalStateException("the 10,000 bench households are not in the list");
        }
        bench.report("list_first_page_ms", () -> bench.get("gestion/familles.xhtml"));
        bench.report("search_by_name_ms", () -> bench.search("BANC9876"));
        String id = find(list, "famille\\.xhtml\\?id=(\\d+)\">Famille BANC");
        bench.report("household_page_ms", () -> bench.get("gestion/famille.xhtml?id=" + id));
        bench.once("export_csv_all_ms", () -> bench.export("households-form:export-csv"));
        bench.once("export_excel_all_ms", () -> bench.export("households-form:export-excel"));
    }

    private void report(String name, Supplier<String> request) {
        request.get();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            request.get();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        System.out.printf("%s p50 %d p95 %d%n", name, times.get(RUNS / 2), times.get((int) Math.ceil(RUNS * 0.95) - 1));
    }

    private void once(String name, Supplier<String> request) {
        long start = System.nanoTime();
        int size = request.get().length();
        System.out.printf("%s %d (%d kB)%n", name, (System.nanoTime() - start) / 1_000_000, size / 1024);
    }

    /** As the browser sends it: an ajax request that processes the search field and renders the table. */
    private String search(String text) {
        String page = get("gestion/familles.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "households-form:find");
        form.put("jakarta.faces.partial.execute", "households-form:find households-form:search");
        form.put("jakarta.faces.partial.render", "households-form:households");
        form.put("households-form:find", "households-form:find");
        form.put("households-form", "households-form");
        form.put("households-form:search", text);
        String found = post("gestion/familles.xhtml", page, form, true);
        if (!found.contains("Famille " + text + "<")) {
            throw new IllegalStateException("search did not find " + text);
        }
        return found;
    }

    private String export(String button) {
        String page = get("gestion/familles.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("households-form", "households-form");
        form.put(button, "");
        return post("gestion/familles.xhtml", page, form, false);
    }

    private void logIn(String email, String password) {
        String page = get("connexion.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", email);
        form.put("password", password);
        form.put("login", "");
        post("connexion.xhtml", page, form, false);
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private String post(String path, String page, Map<String, String> fields, boolean ajax) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", find(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\""));
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        // The public forms (the login) carry a signed token, with its cookie.
        Matcher token = Pattern.compile("name=\"jeton-formulaire\" value=\"([^\"]+)\"").matcher(page);
        if (token.find()) {
            form.put("jeton-formulaire", token.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request);
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept-Language", "fr").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return matcher.group(1);
    }
}
