package org.aftersales.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    @DisplayName("Robustness: over TLS a response also carries Strict-Transport-Security (HSTS)")
    void hstsOverTls() {
        Map<String, String> headers = headersFor(true, "/aftersales/projects/list.xhtml");

        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
        assertThat(headers.get("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff");
    }

    @Test
    @DisplayName("Robustness: over plain HTTP no HSTS; static resources may be cached, pages not")
    void noHstsOverPlainHttp() {
        assertThat(headersFor(false, "/aftersales/projects/list.xhtml"))
                .doesNotContainKey("Strict-Transport-Security")
                .containsEntry("Cache-Control", "no-store");
        assertThat(headersFor(false, "/aftersales/jakarta.faces.resource/theme.css.xhtml"))
                .doesNotContainKey("Cache-Control")
                .containsKey("Content-Security-Policy");
    }

    /** The headers {@link SecurityHeaders#apply} sets for a request to {@code uri}, over TLS or not. */
    private static Map<String, String> headersFor(boolean secure, String uri) {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getRequestURI" -> uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) arguments[0], (String) arguments[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        SecurityHeaders.apply(request, response);
        return headers;
    }
}
