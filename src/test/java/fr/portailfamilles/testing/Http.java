package fr.portailfamilles.testing;

import fr.portailfamilles.platform.control.PortailSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client for black-box tests: keeps cookies like a browser, names the portal as the origin of what it
 * posts as a browser does (unless told otherwise), never follows redirects by itself.
 */
public final class Http {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"jeton-formulaire\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String origin;

    public Http(URI base) {
        this.base = base;
        // HTTP/1.1 as most browsers' first request: over HTTP/2 a Host header sent by a test would be replaced.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.origin = base.getScheme() + "://" + base.getRawAuthority();
    }

    public static Http testServer() {
        return new Http(TestServer.baseUri());
    }

    /** From a test running inside the server: the portal at its public address, which its pages name as origin. */
    public static Http fromInside() {
        return new Http(URI.create(PortailSettings.fromSystem().publicUrl().url()));
    }

    /**
     * Sends this header with every request from now on, as a browser on another site or a forged request would
     * (a Host header needs -Djdk.httpclient.allowRestrictedHeaders=host, set by the build).
     */
    public Http sending(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Posts from now on naming no origin (a browser that hides it, or a client that is not a browser). */
    public Http namingNoOrigin() {
        origin = null;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return getInLanguage(path, "fr-FR,fr;q=0.9");
    }

    public HttpResponse<String> getInLanguage(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", acceptLanguage).GET());
    }

    /** A file as it came (a PDF), with its status and headers. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "fr-FR,fr;q=0.9").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(postRequest(path, form), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder postRequest(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return namingOrigin(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder namingOrigin(HttpRequest.Builder post) {
        return origin == null ? post : post.header("Origin", origin);
    }

    /**
     * Posts a form of a page as the browser does: with the page's view state and the CSP nonce that
     * PrimeFaces' script adds to every submission.
     */
    public HttpResponse<String> submit(String page, String path, Map<String, String> fields) {
        return post(path, formOf(page, fields));
    }

    /** A submission answered by a file (an export): its bytes as they came. */
    public HttpResponse<byte[]> submitForBytes(String page, String path, Map<String, String> fields) {
        return send(postRequest(path, formOf(page, fields)), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Posts a form of a page with a file, as a browser sends an {@code <input type="file">}: multipart, with the
     * page's view state, CSP nonce and form token.
     */
    public HttpResponse<String> submitWithFile(String page, String path, Map<String, String> fields,
                                               String fileField, String fileName, byte[] content) {
        String boundary = "----portail" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        formOf(page, fields).forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(namingOrigin(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "fr-FR,fr;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    private static Map<String, String> formOf(String page, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.ViewState", viewState(page));
        Matcher nonce = CSP_NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        Matcher token = FORM_TOKEN.matcher(page);
        if (token.find()) {
            form.put("jeton-formulaire", token.group(1));
        }
        return form;
    }

    /** Logs in through the real login form; returns the response to the form post. */
    public HttpResponse<String> login(String email, String password) {
        String page = get("connexion.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("email", email);
        form.put("password", password);
        form.put("login", "");
        return submit(page, "connexion.xhtml", form);
    }

    public static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No view state in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        headers.forEach(request::setHeader);
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
