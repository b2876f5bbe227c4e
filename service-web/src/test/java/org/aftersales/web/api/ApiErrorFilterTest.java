package org.aftersales.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("API errors outside JAX-RS are problem+json in the caller's language, never the container's page")
class ApiErrorFilterTest {

    @Test
    @DisplayName("a sendError under /api (Jersey's bodiless error, the container's) answers the problem of its status")
    void sendErrorAnswersAProblem() throws Exception {
        Response response = new Response();

        new ApiErrorFilter()
                .doFilter(
                        request("/aftersales/api/projects", DispatcherType.REQUEST, Locale.ENGLISH),
                        response.fake(),
                        (req, res) -> ((HttpServletResponse) res).sendError(400));

        assertThat(response.status).isEqualTo(400);
        assertThat(response.contentType).startsWith("application/problem+json");
        JsonObject problem = response.json();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("title")).isEqualTo("The request is not valid JSON or a value has the wrong type");
    }

    @Test
    @DisplayName("an error status left without a body gets the problem of its status (zh-CN by default)")
    void emptyErrorGetsABody() throws Exception {
        Response response = new Response();

        new ApiErrorFilter()
                .doFilter(
                        request("/aftersales/api/documents", DispatcherType.REQUEST, null),
                        response.fake(),
                        (req, res) -> ((HttpServletResponse) res).setStatus(415));

        assertThat(response.status).isEqualTo(415);
        assertThat(response.json().getString("title")).isEqualTo("此处不接受该请求内容类型");
    }

    @Test
    @DisplayName("an exception escaping the application is a 500 problem without a stack trace")
    void escapedExceptionIsAProblem() throws Exception {
        Response response = new Response();
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("at org.aftersales.secret.Thing");
        };

        new ApiErrorFilter()
                .doFilter(
                        request("/aftersales/api/cases", DispatcherType.REQUEST, Locale.ENGLISH),
                        response.fake(),
                        failing);

        assertThat(response.status).isEqualTo(500);
        assertThat(response.body()).contains("\"status\":500").doesNotContain("org.aftersales", "Exception");
    }

    @Test
    @DisplayName("an error page for a request to the API (raised before the filter chain) is a problem; a page's stays")
    void errorPagesOfTheApi() throws Exception {
        Response api = new Response();
        HttpServletRequest failedApiCall =
                request("/aftersales/errors/500.xhtml", DispatcherType.ERROR, Locale.ENGLISH);
        failedApiCall.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/aftersales/api/projects");
        failedApiCall.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
        boolean[] pageShown = {false};

        new ApiErrorFilter().doFilter(failedApiCall, api.fake(), (req, res) -> pageShown[0] = true);

        assertThat(pageShown[0]).isFalse();
        assertThat(api.status).isEqualTo(404);
        assertThat(api.json().getString("title")).isEqualTo("Not found");

        Response portal = new Response();
        HttpServletRequest failedPage = request("/aftersales/errors/404.xhtml", DispatcherType.ERROR, Locale.ENGLISH);
        failedPage.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/aftersales/projects/list.xhtml");
        new ApiErrorFilter().doFilter(failedPage, portal.fake(), (req, res) -> pageShown[0] = true);

        assertThat(pageShown[0]).isTrue();
        assertThat(portal.body()).isEmpty();
    }

    @Test
    @DisplayName("a response the API wrote itself passes untouched")
    void writtenResponsesPass() throws Exception {
        Response response = new Response();

        new ApiErrorFilter()
                .doFilter(
                        request("/aftersales/api/projects", DispatcherType.REQUEST, null),
                        response.fake(),
                        (req, res) -> {
                            HttpServletResponse http = (HttpServletResponse) res;
                            http.setStatus(422);
                            http.getOutputStream().write("{\"own\":true}".getBytes(StandardCharsets.UTF_8));
                        });

        assertThat(response.status).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"own\":true}");
    }

    /** A request as the container passes it, made of the few things the filter asks. */
    private static HttpServletRequest request(String uri, DispatcherType dispatch, Locale language) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(
                ApiErrorFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/aftersales";
                    case "getDispatcherType" -> dispatch;
                    case "getMethod" -> "POST";
                    case "getHeader" ->
                        "Accept-Language".equals(arguments[0]) && language != null ? language.toLanguageTag() : null;
                    // without the header, the container offers its own default locale
                    case "getLocales" ->
                        Collections.enumeration(language == null ? List.of(Locale.US) : List.of(language));
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    default -> null;
                });
    }

    /** The container's response: status, content type and the bytes written. */
    private static final class Response {
        int status = 200;
        String contentType;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        HttpServletResponse fake() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
            return (HttpServletResponse) Proxy.newProxyInstance(
                    ApiErrorFilterTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "setStatus" -> {
                            status = (Integer) arguments[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setContentType" -> {
                            contentType = (String) arguments[0];
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "isCommitted" -> false;
                        case "resetBuffer" -> {
                            bytes.reset();
                            yield null;
                        }
                        default -> null;
                    });
        }

        String body() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }
    }
}
