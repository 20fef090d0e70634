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
 * The staff's household pages over 10,000+ households, as a browser asks for them: prints p50/p95 of the
 * list page, a search, a household's page and a guardian's save (its post and the household's page it leads to),
 * for a bench household and for the demo's DURAND (invoices, payments, history), and of the full CSV and Excel exports. Only the request a click sends is timed, not the page it is clicked on.
 * Run by bench/households; arguments: base URL, staff e-mail, password, and optionally the repetitions (30).
 */
public class HouseholdListBench {

    private static final int EXPORT_RUNS = 10;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    /** Named on every post, as a browser does: the portal refuses a form another site (or no page) posts. */
    private final String origin;

    HouseholdListBench(String base) {
        this.base = base;
        URI address = URI.create(base);
        this.origin = address.getScheme() + "://" + address.getRawAuthority();
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        HouseholdListBench bench = new HouseholdListBench(args[0]);
        bench.logIn(args[1], args[2]);
        String list = bench.get("gestion/familles.xhtml");
        if (!list.contains("Famille BANC")) {
            throw new IllegalStateException("the 10,000 bench households are not in the list");
        }
        String banc = find(list, "famille\\.xhtml\\?id=(\\d+)\">Famille BANC");
        String durand = find(bench.search("DURAND").get(), "famille\\.xhtml\\?id=(\\d+)\">Famille DURAND");
        bench.report("list_first_page_ms", runs, () -> () -> bench.get("gestion/familles.xhtml"));
        bench.report("search_by_name_ms", runs, () -> bench.search("BANC9876"));
        bench.report("household_page_ms", runs, () -> () -> bench.get("gestion/famille.xhtml?id=" + banc));
        bench.report("demo_household_page_ms", runs, () -> () -> bench.get("gestion/famille.xhtml?id=" + durand));
        bench.report("guardian_save_ms", runs, () -> bench.saveGuardian(banc));
        bench.report("demo_guardian_save_ms", runs, () -> bench.saveGuardian(durand));
        bench.report("export_csv_all_ms", EXPORT_RUNS, () -> bench.export("households-form:export-csv"));
        bench.report("export_excel_all_ms", EXPORT_RUNS, () -> bench.export("households-form:export-excel"));
    }

    /** Each run first prepares its request (loads the page it is sent from), then times the request alone. */
    private void report(String name, int runs, Supplier<Supplier<String>> prepare) {
        prepare.get().get();
        List<Long> times = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            Supplier<String> request = prepare.get();
            long start = System.nanoTime();
            size = request.get().length();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        System.out.printf("%s p50 %d p95 %d (%d runs, %d kB)%n", name, times.get(runs / 2),
                times.get((int) Math.ceil(runs * 0.95) - 1), runs, size / 1024);
    }

    /** As the browser sends it: an ajax request that processes the search field and renders the table. */
    private Supplier<String> search(String text) {
        String page = get("gestion/familles.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "households-form:find");
        form.put("jakarta.faces.partial.execute", "households-form:find households-form:search");
        form.put("jakarta.faces.partial.render", "households-form:households");
        form.put("households-form:find", "households-form:find");
        form.put("households-form", "households-form");
        form.put("households-form:search", text);
        return () -> {
            String found = post("gestion/familles.xhtml", page, form, true);
            if (!found.contains("Famille " + text + "<")) {
                throw new IllegalStateException("search did not find " + text);
            }
            return found;
        };
    }

    private Supplier<String> export(String button) {
        String page = get("gestion/familles.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("households-form", "households-form");
        form.put(button, "");
        return () -> post("gestion/familles.xhtml", page, form, false);
    }

    /**
     * The household's first guardian's form sent back as filled, its first name changed each time (a real change,
     * logged), then the household's page the save redirects to, as the browser follows it.
     */
    private Supplier<String> saveGuardian(String household) {
        String guardian = find(get("gestion/famille.xhtml?id=" + household), "responsable\\.xhtml\\?famille=" + household + "&amp;id=(\\d+)");
        String path = "gestion/responsable.xhtml?famille=" + household + "&id=" + guardian;
        String page = get(path);
        Map<String, String> form = fieldsOf(find(page, "(?s)(<form id=\"guardian-form\".*?</form>)"));
        String firstName = form.get("first-name");
        String changed = firstName.endsWith("-Bis") ? firstName.substring(0, firstName.length() - 4) : firstName + "-Bis";
        form.put("first-name", changed);
        form.put("save", "");
        return () -> {
            String saved = post(path, page, form, false);
            if (!saved.contains(changed)) {
                throw new IllegalStateException("the save did not lead to the household's page");
            }
            return saved;
        };
    }

    /** The values a browser sends for a form (its HTML): its text fields, the chosen options and the ticked boxes. */
    private static Map<String, String> fieldsOf(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input ([^>]*)>").matcher(page);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            boolean box = "checkbox".equals(type) || "radio".equals(type);
            if (name != null && !"submit".equals(type) && (!box || attributes.contains("checked"))) {
                String value = attribute(attributes, "value");
                fields.put(name, value == null ? (box ? "on" : "") : value.replace("&amp;", "&"));
            }
        }
        Matcher select = Pattern.compile("<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
            if (chosen.find()) {
                fields.put(select.group(1), chosen.group(1));
            }
        }
        return fields;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : null;
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
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request);
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept-Language", "fr").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
            }
            // A save redirects to the page that shows it: the browser asks for that page at once.
            if (response.statusCode() == 302 || response.statusCode() == 303) {
                return send(HttpRequest.newBuilder(response.uri().resolve(response.headers().firstValue("Location").orElseThrow())).GET());
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
