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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pré-inscrire as browsers ask for it: parents at once show the calendar of ÉTÉ 2027 (36 days, 3 units,
 * 3 services) several times each; then each, one at a time, ticks Journée and the three services over the
 * whole period with the bulk selection and validates (144 boxes). Prints p50/p95/max of both.
 * Run by bench/calendar; arguments: base URL, password, then the parents' e-mails.
 */
public class CalendarBench {

    private static final String ACTIVITY = "ÉTÉ 2027";
    private static final int CALENDARS_PER_PARENT = 10;
    private static final int DAYS = 36;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String page;
    private final Map<String, String> choice = new LinkedHashMap<>();

    CalendarBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        List<CalendarBench> parents = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            CalendarBench parent = new CalendarBench(args[0]);
            parent.logIn(args[i], args[1]);
            if (parent.chooseSummer()) {
                parents.add(parent);
            }
        }
        System.out.printf("parents_with_a_child_for_%s %d%n", ACTIVITY.replace(' ', '_'), parents.size());

        parents.get(0).showCalendar();
        ExecutorService pool = Executors.newFixedThreadPool(parents.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> runs = new ArrayList<>();
        for (CalendarBench parent : parents) {
            runs.add(pool.submit(() -> {
                start.await();
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < CALENDARS_PER_PARENT; i++) {
                    long begin = System.nanoTime();
                    parent.showCalendar();
                    times.add((System.nanoTime() - begin) / 1_000_000);
                }
                return times;
            }));
        }
        start.countDown();
        List<Long> calendars = new ArrayList<>();
        for (Future<List<Long>> run : runs) {
            calendars.addAll(run.get());
        }
        pool.shutdown();
        print("calendar_" + parents.size() + "_parents_at_once_ms", calendars);

        List<Long> validations = new ArrayList<>();
        for (CalendarBench parent : parents) {
            validations.add(parent.tickEverythingAndValidate());
        }
        print("validation_36_days_x_4_boxes_ms", validations);
    }

    private static void print(String name, List<Long> times) {
        Collections.sort(times);
        System.out.printf("%s p50 %d p95 %d max %d (n=%d)%n", name, times.get(times.size() / 2),
                times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1), times.size());
    }

    /** Child, activity and period as the page's ajax selects send them: false when no child may go to ÉTÉ 2027. */
    private boolean chooseSummer() {
        page = get("portail/pre-inscrire.xhtml");
        for (String child : all(section(page, "id=\"child\"", "</select>"), "<option value=\"(\\d+)\"")) {
            choice.clear();
            choice.put("child", child);
            String activities = ajax("child", "child", Map.of());
            Matcher summer = Pattern.compile("<option value=\"(\\d+)\">" + ACTIVITY + "</option>").matcher(activities);
            if (summer.find()) {
                choice.put("activity", summer.group(1));
                String periods = ajax("activity", "activity", Map.of());
                choice.put("period", find(section(periods, "id=\"period\"", "</select>"), "<option value=\"(\\d+)\""));
                ajax("period", "period", Map.of());
                return true;
            }
        }
        return false;
    }

    private String showCalendar() {
        String calendar = ajax("show-calendar", "@form", Map.of("show-calendar", "show-calendar"));
        int boxes = count(calendar, "class=\"unit-box\"");
        if (boxes != DAYS * 3) {
            throw new IllegalStateException("expected " + DAYS * 3 + " unit boxes, got " + boxes);
        }
        return calendar;
    }

    /** Sélection en masse: Journée and every service on every day, applied, then Valider et sortir. */
    private long tickEverythingAndValidate() {
        String calendar = showCalendar();
        Map<String, String> bulk = new LinkedHashMap<>();
        String fullDay = find(calendar, "name=\"bulk-units\" value=\"(\\d+)\"[^>]*>\\s*<label[^>]*>Journée");
        bulk.put("bulk-units", fullDay);
        List<String> services = all(section(calendar, "id=\"bulk-services\"", "</table>"), "value=\"(\\d+)\"");
        String applied = ajaxMany("apply", "@this bulk-days bulk-units bulk-services calendar", fullDay, services);
        List<String> ticked = all(applied, "<input[^>]*name=\"([^\"]+)\"[^>]*checked=\"checked\"");
        if (ticked.size() != DAYS * 4) {
            throw new IllegalStateException("expected " + DAYS * 4 + " ticked boxes, got " + ticked.size());
        }
        Map<String, String> form = new LinkedHashMap<>(choice);
        form.put("prereg", "prereg");
        ticked.forEach(name -> form.put(name, "on"));
        form.put("validate-exit", "");
        long begin = System.nanoTime();
        HttpResponse<String> sent = send(post("portail/pre-inscrire.xhtml", form, false));
        long elapsed = (System.nanoTime() - begin) / 1_000_000;
        if (sent.statusCode() != 302) {
            throw new IllegalStateException("the validation did not redirect to Inscriptions: " + sent.statusCode());
        }
        return elapsed;
    }

    private String ajax(String source, String execute, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", "prereg");
        if (!source.equals("show-calendar")) {
            form.put("jakarta.faces.behavior.event", "change");
            form.put("jakarta.faces.partial.event", "change");
        }
        form.put("prereg", "prereg");
        form.putAll(choice);
        form.putAll(extra);
        return body(post("portail/pre-inscrire.xhtml", form, true));
    }

    private String ajaxMany(String source, String execute, String unit, List<String> services) {
        StringBuilder body = new StringBuilder(encode(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", source,
                "jakarta.faces.partial.execute", execute, "jakarta.faces.partial.render", "calendar", source, source, "prereg", "prereg")));
        body.append('&').append(encode(choice)).append("&bulk-units=").append(unit);
        services.forEach(s -> body.append("&bulk-services=").append(s));
        body.append('&').append(encode(stateOf(page)));
        return body(send(HttpRequest.newBuilder(URI.create(base + "portail/pre-inscrire.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
    }

    private void logIn(String email, String password) {
        String login = get("connexion.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", email);
        form.put("password", password);
        form.put("login", "");
        page = login;
        HttpResponse<String> answer = send(post("connexion.xhtml", form, false));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException(email + " could not log in");
        }
    }

    private String get(String path) {
        return body(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    private HttpRequest.Builder post(String path, Map<String, String> fields, boolean ajax) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putAll(stateOf(page));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return request;
    }

    private static Map<String, String> stateOf(String page) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("jakarta.faces.ViewState", find(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\""));
        Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        if (nonce.find()) {
            state.put("primefaces.nonce", nonce.group(1));
        }
        return state;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept-Language", "fr").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
            }
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(HttpResponse<String> response) {
        return response.body();
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        if (start < 0) {
            throw new IllegalStateException("not found: " + from);
        }
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return matcher.group(1);
    }
}
