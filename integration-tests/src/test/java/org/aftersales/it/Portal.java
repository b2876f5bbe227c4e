package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
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
 * The portal over plain HTTP as one logged-in demo user (user name = password): the form login's session cookie, then
 * page requests with it — for what a browser hides, the status code and the headers. Redirects are not followed.
 */
final class Portal {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private Portal(URL deployment) {
        this.base = deployment.toString().replaceAll("/+$", "");
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A session without a login. */
    static Portal anonymous(URL deployment) {
        return new Portal(deployment);
    }

    /** Logs {@code user} in through the login form, as the browser does; fails the test if the login is refused. */
    static Portal login(URL deployment, String user) {
        Portal portal = new Portal(deployment);
        HttpResponse<String> login = portal.post(
                "/login.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:username",
                        user,
                        "login:password",
                        user,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(portal.get("/login.xhtml"))));
        assertThat(login.statusCode()).as("login of " + user).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/index.xhtml");
        return portal;
    }

    /** A GET of {@code path} (from the context root, e.g. {@code /projects/edit.xhtml?id=5}). */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /**
     * Switches this user's language with the top bar's link (stored on the account, as a person's click would), and
     * checks that the reloaded page speaks it.
     */
    void switchLanguage(String language) {
        HttpResponse<String> home = get("/index.xhtml");
        String link = "en".equals(language) ? "topbar:lang-en" : "topbar:lang-zh";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("topbar", "topbar");
        form.put(link, link);
        form.put("jakarta.faces.ViewState", viewState(home));
        HttpResponse<String> switched = post("/index.xhtml", form);
        assertThat(switched.statusCode()).as("language switch to " + language).isEqualTo(302);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher found = VIEW_STATE.matcher(page.body());
        assertThat(found.find()).as("a form on " + page.uri()).isTrue();
        return found.group(1);
    }
}
