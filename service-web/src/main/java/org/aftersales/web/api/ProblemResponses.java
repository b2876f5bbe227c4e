package org.aftersales.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.aftersales.web.i18n.Messages;

/** Builds problem+json responses in the language of {@code Accept-Language} (zh-CN by default). */
final class ProblemResponses {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private ProblemResponses() {}

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.CHINESE : locale(headers.getAcceptableLanguages());
    }

    /** The first of the caller's languages (in the order of preference) that the bundles speak; zh-CN otherwise. */
    static Locale locale(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage()) || "zh".equals(locale.getLanguage())) {
                return Messages.supported(locale);
            }
        }
        return Messages.CHINESE;
    }

    static Response problem(
            int status, String titleKey, String detail, List<Problem.FieldError> errors, Locale locale) {
        Problem problem = new Problem("about:blank", Messages.text(locale, titleKey), status, detail, errors);
        return Response.status(status, reason(status))
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }

    /** The reason phrase of the status line: JAX-RS knows none for 422 and 429 and would send "CUSTOM". */
    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> known == null ? "Error" : known.getReasonPhrase();
        };
    }

    /** A problem with the title that {@code status} has, no detail and no field. */
    static Response problem(int status, Locale locale) {
        return problem(status, titleKey(status), null, List.of(), locale);
    }

    /**
     * The title of a status the API answers (API.md: every error is problem+json, 400 … 503 alike); an unusual client
     * error reads as a bad request, an unusual server error as an internal one.
     */
    static String titleKey(int status) {
        return switch (status) {
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 409 -> "problem.conflict";
            case 413 -> "problem.tooLarge";
            case 415 -> "problem.unsupportedMediaType";
            case 422 -> "problem.unprocessable";
            case 429 -> "problem.tooManyRequests";
            case 503 -> "problem.unavailable";
            default -> status >= 500 ? "problem.internal" : "problem.badRequest";
        };
    }

    /**
     * The same problem as JSON text, for the places outside JAX-RS that must answer with it (the servlet filter in
     * front of the API): built with JSON-P so that any text is escaped as JSON wants.
     */
    static String json(int status, String detail, Locale locale) {
        return json(new Problem("about:blank", Messages.text(locale, titleKey(status)), status, detail, List.of()));
    }

    static String json(Problem problem) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status());
        if (problem.detail() != null) {
            json.add("detail", problem.detail());
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (Problem.FieldError error :
                problem.errors() == null ? Collections.<Problem.FieldError>emptyList() : problem.errors()) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            item.add("field", error.field() == null ? "" : error.field());
            item.add("code", error.code() == null ? "" : error.code());
            item.add("message", error.message() == null ? "" : error.message());
            if (error.index() != null) {
                item.add("index", error.index());
            }
            errors.add(item);
        }
        return json.add("errors", errors).build().toString();
    }
}
