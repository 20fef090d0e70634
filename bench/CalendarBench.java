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
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pré-inscrire as browsers ask for it: parents at once show the calendar of the demo's summer (ÉTÉ 2027: 39 days, 3 units,
 * 3 services) several times each, pausing 1 to 2 s between two as a person reading it does, then again with
 * no pause at all (every parent's request on the server at the same time: saturation); then each, one at a
 * time, ticks Journée and the three services over the whole period with the bulk selection and validates
 * (156 boxes in 2027). Prints p50/p95/max of each.
 * Run by bench/calendar; arguments: base URL, password, then the parents' e-mails.
 * <p>
 * With {@code --rush} first, then the base URL, the portal's public URL, the password and the e-mails (bench/load):
 * the registration rush. Every parent given is made ready on the calendar
 * with everything ticked, then their validations are all sent within one minute, one every 60 s / parents, each on
 * its own thread; prints p50/p95/p99/max of the validations and how many failed.
 */
public class CalendarBench {

    /** The summer's activity of the demo (its scripts start the clock when its pre-registration is open). */
    private static final String ACTIVITY = "ÉTÉ \\d{4}";
    private static final int CALENDARS_PER_PARENT = 10;
    /** The demo's summer activity has three units a day (Matin, Après-midi, Journée) and three services. */
    private static final int UNITS = 3;
    private static final int BOXES_PER_DAY_TICKED = 4;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    /** Named on every post, as a browser does: the portal refuses a form another site (or no page) posts. */
    private final String origin;
    private String page;
    private final Map<String, String> choice = new LinkedHashMap<>();

    CalendarBench(String base) {
        this(base, base);
    }

    /** The origin is the portal's public address: a node reached directly still expects the balancer's. */
    CalendarBench(String base, String publicAddress) {
        this.base = base;
        URI address = URI.create(publicAddress);
        this.origin = address.getScheme() + "://" + address.getRawAuthority();
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--rush")) {
            rush(args[1], args[2], args[3], List.of(args).subList(4, args.length));
            return;
        }
        List<CalendarBench> parents = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            CalendarBench parent = new CalendarBench(args[0]);
            parent.logIn(args[i], args[1]);
            if (parent.chooseSummer()) {
                parents.add(parent);
            }
        }
        System.out.printf("parents_with_a_child_for_the_summer %d%n", parents.size());

        for (int i = 0; i < 60; i++) {
            parents.get(i % parents.size()).showCalendar();
        }
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long begin = System.nanoTime();
            parents.get(0).showCalendar();
            alone.add((System.nanoTime() - begin) / 1_000_000);
        }
        print("calendar_one_parent_alone_ms", alone.subList(1, alone.size()));
        print("calendar_" + parents.size() + "_parents_at_once_ms", together(parents, 1000, 2000));
        print("calendar_" + parents.size() + "_requests_at_once_no_pause_ms", together(parents, 0, 0));

        List<Long> validations = new ArrayList<>();
        for (CalendarBench parent : parents) {
            validations.add(parent.tickEverythingAndValidate());
        }
        print("validation_every_day_x_4_boxes_ms", validations);
    }

    private static void rush(String base, String publicAddress, String password, List<String> emails) throws Exception {
        ExecutorService preparing = Executors.newFixedThreadPool(4);
        List<Future<Ready>> preparations = new ArrayList<>();
        for (String email : emails) {
            CalendarBench parent = new CalendarBench(base, publicAddress);
            preparations.add(preparing.submit(() -> {
                parent.logIn(email, password);
                return parent.chooseSummer() ? new Ready(parent, parent.tickEverything()) : null;
            }));
        }
        List<Ready> ready = new ArrayList<>();
        for (Future<Ready> preparation : preparations) {
            if (preparation.get() != null) {
                ready.add(preparation.get());
            }
        }
        preparing.shutdown();
        if (ready.isEmpty()) {
            throw new IllegalStateException("no parent could pre-register a child for the summer: is its pre-registration open?");
        }

        ExecutorService validating = Executors.newFixedThreadPool(ready.size());
        long start = System.nanoTime();
        long spacing = 60_000_000_000L / ready.size();
        List<Future<Long>> validations = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            Ready parent = ready.get(i);
            long at = start + i * spacing;
            validations.add(validating.submit(() -> {
                Thread.sleep(Math.max(0, (at - System.nanoTime()) / 1_000_000));
                return parent.bench().validate(parent.form());
            }));
        }
        List<Long> times = new ArrayList<>();
        int failed = 0;
        for (Future<Long> validation : validations) {
            try {
                times.add(validation.get());
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
                System.err.println("rush: " + e.getCause().getMessage());
            }
        }
        validating.shutdown();
        System.out.printf("rush %d %d %d %d %d %d %.1f%n", ready.size(), percentile(times, 50), percentile(times, 95),
                percentile(times, 99), percentile(times, 100), failed, (System.nanoTime() - start) / 1e9);
    }

    /** A parent of the rush, on the calendar with everything ticked: the form Valider et sortir will send. */
    private record Ready(CalendarBench bench, Map<String, String> form) {
    }

    private static long percentile(List<Long> times, int percent) {
        if (times.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    /**
     * Every parent shows the calendar CALENDARS_PER_PARENT times, all starting within the longest pause, and
     * pausing between two calendars as long as a person reads one (a random pause between the bounds, in ms;
     * none at all starts every request at the same instant); answers every time.
     */
    private static List<Long> together(List<CalendarBench> parents, int minPause, int maxPause) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parents.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> runs = new ArrayList<>();
        for (CalendarBench parent : parents) {
            runs.add(pool.submit(() -> {
                start.await();
                if (maxPause > 0) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(maxPause));
                }
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < CALENDARS_PER_PARENT; i++) {
                    long begin = System.nanoTime();
                    parent.showCalendar();
                    times.add((System.nanoTime() - begin) / 1_000_000);
                    if (maxPause > 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(minPause, maxPause));
                    }
                }
                return times;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> run : runs) {
            all.addAll(run.get());
        }
        pool.shutdown();
        return all;
    }

    private static void print(String name, List<Long> times) {
        System.out.printf("%s p50 %d p95 %d max %d (n=%d)%n", name, percentile(times, 50), percentile(times, 95), percentile(times, 100),
                times.size());
    }

    /** Child, activity and period as the page's ajax selects send them: false when no child may go to the summer. */
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
        String calendar = ajax("show-calendar", "show-calendar child activity period shown-days", Map.of("show-calendar", "show-calendar"));
        int boxes = count(calendar, "class=\"unit-box\"");
        if (boxes == 0 || boxes % UNITS != 0) {
            throw new IllegalStateException("expected " + UNITS + " unit boxes a day, got " + boxes + ":\n" + calendar.substring(0, Math.min(3000, calendar.length())));
        }
        return calendar;
    }

    /** Sélection en masse: Journée and every service on every day, applied, then Valider et sortir. */
    private long tickEverythingAndValidate() {
        return validate(tickEverything());
    }

    /** Sélection en masse: Journée and every service on every day, applied: the form Valider et sortir sends. */
    private Map<String, String> tickEverything() {
        String calendar = showCalendar();
        Map<String, String> bulk = new LinkedHashMap<>();
        String fullDay = find(calendar, "name=\"bulk-units\" id=\"[^\"]*\" value=\"(\\d+)\"[^>]*>\\s*<label[^>]*>\\s*Journée");
        bulk.put("bulk-units", fullDay);
        List<String> services = all(section(calendar, "id=\"bulk-services\"", "</table>"), "value=\"(\\d+)\"");
        String applied = ajaxMany("apply", "apply bulk-days bulk-units bulk-services calendar", fullDay, services);
        List<String> ticked = all(applied, "<input[^>]*name=\"([^\"]+)\"[^>]*checked=\"checked\"");
        int expected = count(calendar, "class=\"unit-box\"") / UNITS * BOXES_PER_DAY_TICKED;
        if (ticked.size() != expected) {
            throw new IllegalStateException("expected " + expected + " ticked boxes, got " + ticked.size());
        }
        Map<String, String> form = new LinkedHashMap<>(choice);
        form.put("prereg", "prereg");
        ticked.forEach(name -> form.put(name, "on"));
        form.put("validate-exit", "");
        return form;
    }

    /** Valider et sortir: the time until the portal answers, which must lead to Inscriptions. */
    private long validate(Map<String, String> form) {
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
        form.put("jakarta.faces.partial.render", source.equals("show-calendar") ? "prereg-messages calendar-area" : "prereg");
        if (!source.equals("show-calendar")) {
            form.put("jakarta.faces.behavior.event", "change");
            form.put("jakarta.faces.partial.event", "change");
        }
        form.put("prereg", "prereg");
        form.putAll(choice);
        form.putAll(extra);
        return body(send(post("portail/pre-inscrire.xhtml", form, true)));
    }

    private String ajaxMany(String source, String execute, String unit, List<String> services) {
        StringBuilder body = new StringBuilder(encode(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", source,
                "jakarta.faces.partial.execute", execute, "jakarta.faces.partial.render", "calendar", source, source, "prereg", "prereg")));
        body.append('&').append(encode(choice)).append("&bulk-units=").append(unit);
        services.forEach(s -> body.append("&bulk-services=").append(s));
        body.append('&').append(encode(stateOf(page)));
        return body(send(HttpRequest.newBuilder(URI.create(base + "portail/pre-inscrire.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin).header("Faces-Request", "partial/ajax")
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
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
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
        // The public forms (the login) carry a signed token, with its cookie.
        Matcher token = Pattern.compile("name=\"jeton-formulaire\" value=\"([^\"]+)\"").matcher(page);
        if (token.find()) {
            state.put("jeton-formulaire", token.group(1));
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

    /** Keeps the view state the page or the partial response carries, as the browser does. */
    private String body(HttpResponse<String> response) {
        String body = response.body();
        Matcher partial = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>").matcher(body);
        if (partial.find()) {
            page = page.replaceFirst("(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")[^\"]*", "$1" + Matcher.quoteReplacement(partial.group(1)));
        } else if (body.contains("name=\"jakarta.faces.ViewState\"")) {
            page = body;
        }
        return body;
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
