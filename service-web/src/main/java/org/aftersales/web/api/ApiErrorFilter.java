package org.aftersales.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * API.md: every error of the API is problem+json in the caller's language — also those that JAX-RS does not answer
 * itself. The exception mappers answer what reaches a resource; this filter catches the rest under {@code /api}:
 *
 * <ul>
 *   <li>a {@code sendError} (Jersey's way of answering an error without a body, and the container's) would show the
 *       server's HTML error page, which names the server and its version: it is answered as a problem instead;
 *   <li>an error status left without a body (a 400 with nothing to read) gets the problem of its status;
 *   <li>an exception that escapes the application is logged and answered 500 (503 while the database cannot be
 *       reached), never as a stack trace;
 *   <li>an error raised before the filter chain (in the authentication step, say) reaches the web.xml error pages
 *       under {@code /errors/}: for a request to the API the problem is written there instead of the portal's page.
 * </ul>
 */
@WebFilter(
        urlPatterns = {"/api/*", "/errors/*"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        asyncSupported = true)
public class ApiErrorFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiErrorFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (isApi(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
                answerErrorPage(request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (!isApi(request, request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        ProblemOnError guarded = new ProblemOnError(request, response);
        try {
            chain.doFilter(request, guarded);
        } catch (IOException | ServletException | RuntimeException | Error escaped) {
            if (response.isCommitted()) {
                throw escaped;
            }
            int status = UnexpectedExceptionMapper.unavailable(escaped) ? 503 : 500;
            LOG.log(Level.SEVERE, "API call failed outside JAX-RS: " + request.getRequestURI(), escaped);
            write(request, response, status);
            return;
        }
        if (guarded.getStatus() >= 400 && !guarded.bodyWritten && !response.isCommitted()) {
            write(request, response, guarded.getStatus());
        }
    }

    private static void answerErrorPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer number && number >= 400 ? number : 500;
        if (thrown instanceof Throwable failure) {
            LOG.log(Level.SEVERE, "API call failed before reaching the API", failure);
            status = UnexpectedExceptionMapper.unavailable(failure) ? 503 : 500;
        }
        write(request, response, status);
    }

    private static boolean isApi(HttpServletRequest request, String uri) {
        if (uri == null) {
            return false;
        }
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Writes the problem of {@code status} to the real response, whatever the application had put in its buffer. */
    static void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        // Without Accept-Language the container offers its own default locale; the API's default is zh-CN.
        Locale locale = request.getHeader("Accept-Language") == null
                ? ProblemResponses.locale(List.of())
                : ProblemResponses.locale(Collections.list(request.getLocales()));
        byte[] body = ProblemResponses.json(status, null, locale).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        if (status == 503) {
            response.setHeader("Retry-After", UnexpectedExceptionMapper.RETRY_AFTER_SECONDS);
        }
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(body.length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    /** The response as the API sees it: {@code sendError} answers a problem, and bytes written are noticed. */
    private static final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean bodyWritten;
        private ServletOutputStream counting;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String reason) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("response already committed");
            }
            write(request, (HttpServletResponse) getResponse(), status);
            bodyWritten = true;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyWritten = true;
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (counting == null) {
                ServletOutputStream real = super.getOutputStream();
                counting = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        bodyWritten = true;
                        real.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        bodyWritten |= length > 0;
                        real.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        real.close();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return counting;
        }
    }
}
