package org.aftersales.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftersales.servicecase.IdempotencyKey;
import org.aftersales.servicecase.IdempotencyKeys;
import org.aftersales.web.i18n.Messages;

/**
 * {@code Idempotency-Key} on the acts of a case (API.md; issue 16: "every act carries an idempotency key … the same key
 * again answers the stored first response and records nothing new; the same key with another body, case or user
 * answers 422"), on every {@code POST} under {@code /api/cases} — intake included ({@code /api/cases/*} matches
 * {@code /api/cases} as well; a second pattern for it made Payara run the filter twice). The statuses follow the IETF draft
 * "The Idempotency-Key HTTP Header Field": 422 for a key used again for another request, 409 while the first request
 * with the key is still running.
 *
 * <p>The first request claims the key in a transaction of its own before the act runs ({@link IdempotencyKeys}); its
 * body is hashed as the act reads it and its response is kept once it answered. A request with a key already claimed
 * never runs the act: it waits up to {@link #WAIT} for the first to answer, then gets that answer (with
 * {@code Idempotent-Replayed: true}) if it is the same user, method, path and body. A first request that failed on the
 * server's side (5xx) or was throttled (429) gives its key up, so the same key may try again. A multipart body (a photo)
 * is compared without its boundary, which a browser draws anew for every send.
 */
@WebFilter(urlPatterns = "/api/cases/*", asyncSupported = true)
public class IdempotentActFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Idempotency-Key";

    static final String REPLAYED = "Idempotent-Replayed";

    /** How long a request waits for the first one with its key before it is told that one is still running. */
    static final Duration WAIT = Duration.ofSeconds(10);

    /**
     * A claim still running after this long was left by an instance that stopped in the middle of the act: whether
     * the act was recorded cannot be told from here, so the key is refused (422) and the client looks at the case.
     */
    static final Duration ABANDONED = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(IdempotentActFilter.class.getName());

    /** Transient: a filter is never serialized; the container injects it into the one instance it makes. */
    @Inject
    transient IdempotencyKeys keys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader(HEADER);
        String user = request.getRemoteUser();
        // The owner's link (issue 16) is not kept for a replay: its answer carries the token, which is never stored
        // in the clear. A repeated request simply makes a newer link, which revokes the first.
        if (key == null
                || user == null
                || !"POST".equals(request.getMethod())
                || request.getRequestURI().endsWith("/owner-link")) {
            chain.doFilter(request, response);
            return;
        }
        if (!wellFormed(key)) {
            refuse(request, response, 400, "problem.badRequest", "idempotencyKey.invalid");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Instant waitUntil = Instant.now().plus(WAIT);
        for (int attempt = 0; ; attempt++) {
            Optional<IdempotencyKey> claimed = keys.find(key);
            if (claimed.isEmpty()) {
                if (claim(key, user, request.getMethod(), path)) {
                    run(key, request, response, chain);
                    return;
                }
                continue; // another request claimed it between the two steps: read that one
            }
            IdempotencyKey first = claimed.get();
            if (!first.sameSender(user, request.getMethod(), path)) {
                refuse(request, response, 422, "problem.unprocessable", "idempotencyKey.reused");
                return;
            }
            if (first.getState() == IdempotencyKey.State.DONE) {
                answerAgain(first, request, response);
                return;
            }
            if (first.getCreatedAt().isBefore(Instant.now().minus(ABANDONED))) {
                refuse(request, response, 422, "problem.unprocessable", "idempotencyKey.unfinished");
                return;
            }
            if (Instant.now().isAfter(waitUntil) || attempt > 1_000) {
                refuse(request, response, 409, "problem.idempotencyKeyInProgress", "idempotencyKey.inProgress");
                return;
            }
            pause();
        }
    }

    private boolean claim(String key, String user, String method, String path) {
        try {
            keys.claim(key, user, method, path);
            return true;
        } catch (RuntimeException taken) {
            if (keys.find(key).isPresent()) {
                return false;
            }
            throw taken; // not a clash: the database failed (ApiErrorFilter answers 503)
        }
    }

    /** The first request with the key: the act runs; its answer is kept, or the key given up when the server failed. */
    private void run(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HashedRequest hashed = new HashedRequest(request);
        KeptResponse kept = new KeptResponse(response);
        boolean answered = false;
        try {
            chain.doFilter(hashed, kept);
            int status = kept.getStatus();
            if (status >= 500 || status == 429) {
                keys.release(key);
            } else {
                keys.complete(
                        key, hashed.hash(), status, kept.getContentType(), kept.getHeader("Location"), kept.body());
            }
            answered = true;
        } finally {
            if (!answered) {
                try {
                    keys.release(key);
                } catch (RuntimeException alsoFailed) {
                    LOG.log(Level.WARNING, "Idempotency key " + key + " not given up", alsoFailed);
                }
            }
        }
    }

    private void answerAgain(IdempotencyKey first, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String hash = RequestHash.of(request.getContentType(), request.getInputStream());
        if (!first.sameRequest(request.getRemoteUser(), request.getMethod(), pathOf(request), hash)) {
            refuse(request, response, 422, "problem.unprocessable", "idempotencyKey.reused");
            return;
        }
        response.setStatus(first.getResponseStatus());
        response.setHeader(REPLAYED, "true");
        if (first.getResponseLocation() != null) {
            response.setHeader("Location", first.getResponseLocation());
        }
        if (first.getResponseType() != null) {
            response.setContentType(first.getResponseType());
        }
        byte[] body = first.getResponseBody() == null
                ? new byte[0]
                : first.getResponseBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A key is 1 … 100 visible ASCII characters (a UUID, say). */
    static boolean wellFormed(String key) {
        if (key.isEmpty() || key.length() > IdempotencyKey.KEY_LENGTH) {
            return false;
        }
        return key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String code)
            throws IOException {
        Locale locale = request.getHeader("Accept-Language") == null
                ? ProblemResponses.locale(List.of())
                : ProblemResponses.locale(Collections.list(request.getLocales()));
        String message = Messages.text(locale, "api.error." + code);
        Problem problem = new Problem(
                "about:blank",
                Messages.text(locale, titleKey),
                status,
                message,
                List.of(new Problem.FieldError(HEADER, code, message)));
        byte[] body = ProblemResponses.json(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request as the act reads it, its body hashed on the way ({@link RequestHash}). */
    private static final class HashedRequest extends HttpServletRequestWrapper {

        private final RequestHash hash;
        private ServletInputStream stream;

        HashedRequest(HttpServletRequest request) {
            super(request);
            this.hash = new RequestHash(request.getContentType());
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream real = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = real.read();
                        if (b >= 0) {
                            hash.update(new byte[] {(byte) b}, 0, 1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] bytes, int offset, int length) throws IOException {
                        int read = real.read(bytes, offset, length);
                        if (read > 0) {
                            hash.update(bytes, offset, read);
                        }
                        return read;
                    }

                    @Override
                    public boolean isFinished() {
                        return real.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        real.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        /** The hash of the whole body: what the act left unread is read now. */
        String hash() throws IOException {
            InputStream rest = getInputStream();
            byte[] buffer = new byte[8192];
            while (rest.read(buffer) >= 0) {
                // read for the hash only
            }
            return hash.finish();
        }
    }

    /** The response as it goes to the client, its body also kept (up to {@link IdempotencyKey#BODY_LENGTH} bytes). */
    private static final class KeptResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean tooLong;
        private ServletOutputStream stream;
        private PrintWriter writer;

        KeptResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        keep(new byte[] {(byte) b}, 0, 1);
                        real.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        keep(bytes, offset, length);
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
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            copy.reset();
            tooLong = false;
        }

        @Override
        public void reset() {
            super.reset();
            copy.reset();
            tooLong = false;
        }

        private void keep(byte[] bytes, int offset, int length) {
            if (tooLong || copy.size() + length > IdempotencyKey.BODY_LENGTH) {
                tooLong = true;
                return;
            }
            copy.write(bytes, offset, length);
        }

        /** The body as the client got it, or null when it was longer than is kept. */
        String body() {
            if (writer != null) {
                writer.flush();
            }
            return tooLong ? null : copy.toString(StandardCharsets.UTF_8);
        }
    }
}
