package org.aftersales.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One portal user of {@link ScaleBenchmark} over plain HTTP, as the browser's PrimeFaces would talk: the form login,
 * the case list page, then the data table's partial (Ajax) requests — page switch, sort, filter — with the page's
 * ViewState. The ids come from the rendered HTML (the sortable column headers, the filter menus), not from guesses.
 */
final class PortalSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"(?:jakarta|javax)\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE_UPDATE = Pattern.compile(
            "<update id=\"[^\"]*(?:jakarta|javax)\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final Pattern SORTABLE_COLUMN =
            Pattern.compile("<th id=\"(form:cases:[^\"]+)\"[^>]*class=\"[^\"]*ui-sortable-column");

    private final String base;
    private final HttpClient http;
    private String viewState;
    private final List<String> sortColumns = new ArrayList<>();

    private PortalSession(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** Logs {@code user} (user name = password, demo mode) in and opens the case list. */
    static PortalSession open(URI deployment, String user) throws IOException, InterruptedException {
        String base = deployment.toString().replaceAll("/+$", "");
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        PortalSession session = new PortalSession(base, http);
        HttpResponse<String> loginPage = session.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")));
        if (loginPage.statusCode() != 200) {
            throw new IllegalStateException("login.xhtml answered " + loginPage.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", user);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, loginPage.body(), "login page"));
        HttpResponse<String> login = session.send(formPost(base + "/login.xhtml", form, false));
        if (login.statusCode() != 302) {
            throw new IllegalStateException("login of " + user + " answered " + login.statusCode());
        }
        HttpResponse<String> list = session.send(HttpRequest.newBuilder(URI.create(base + "/cases/list.xhtml")));
        if (list.statusCode() != 200) {
            throw new IllegalStateException("cases/list.xhtml answered " + list.statusCode());
        }
        session.viewState = find(VIEW_STATE, list.body(), "cases/list.xhtml");
        Matcher column = SORTABLE_COLUMN.matcher(list.body());
        while (column.find()) {
            session.sortColumns.add(column.group(1));
        }
        return session;
    }

    List<String> sortColumns() {
        return sortColumns;
    }

    /** The table's page switch to the row {@code first}. */
    HttpRequest page(int first, int rows) {
        Map<String, String> params = partial("form:cases", "page", "form:cases");
        params.put("form:cases_pagination", "true");
        params.put("form:cases_first", String.valueOf(first));
        params.put("form:cases_rows", String.valueOf(rows));
        params.put("form:cases_skipChildren", "true");
        params.put("form:cases_encodeFeature", "true");
        return formPost(base + "/cases/list.xhtml", params, true).build();
    }

    /** A click on the sortable column {@code column} ({@code 1} ascending, {@code -1} descending). */
    HttpRequest sort(String column, int direction) {
        Map<String, String> params = partial("form:cases", "sort", "form:cases");
        params.put("form:cases_sorting", "true");
        params.put("form:cases_skipChildren", "true");
        params.put("form:cases_encodeFeature", "true");
        params.put("form:cases_sortKey", column);
        params.put("form:cases_sortDir", String.valueOf(direction));
        return formPost(base + "/cases/list.xhtml", params, true).build();
    }

    /** A choice in the status filter menu ({@code ""}: all), which updates the table. */
    HttpRequest statusFilter(String status) {
        Map<String, String> params = partial("form:statusFilter", "change", "form:cases");
        params.put("form:statusFilter_input", status);
        return formPost(base + "/cases/list.xhtml", params, true).build();
    }

    /** Checks a partial response and takes a new ViewState from it, if it sent one. */
    boolean accept(HttpResponse<String> response) {
        Matcher update = VIEW_STATE_UPDATE.matcher(response.body());
        if (update.find()) {
            viewState = update.group(1);
        }
        return response.statusCode() == 200
                && response.body().contains("<partial-response")
                && response.body().contains("<update id=\"form:cases\"")
                && !response.body().contains("<error>")
                && !response.body().contains("<redirect");
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(LoadRun.TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, String> partial(String source, String event, String render) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", source);
        params.put("jakarta.faces.partial.execute", source);
        params.put("jakarta.faces.partial.render", render);
        params.put("jakarta.faces.behavior.event", event);
        params.put("jakarta.faces.partial.event", event);
        params.put("form", "form");
        params.put("jakarta.faces.ViewState", viewState);
        return params;
    }

    private static HttpRequest.Builder formPost(String uri, Map<String, String> form, boolean ajax) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .timeout(LoadRun.TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return request;
    }

    private static String find(Pattern pattern, String html, String where) {
        Matcher found = pattern.matcher(html);
        if (!found.find()) {
            throw new IllegalStateException("no ViewState on " + where);
        }
        return found.group(1);
    }
}
