package org.aftersales.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.aftersales.web.i18n.Messages;

/** Builds problem+json responses in the language of {@code Accept-Language} (zh-CN by default). */
final class ProblemResponses {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private ProblemResponses() {}

    static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Messages.CHINESE;
        }
        List<Locale> acceptable = headers.getAcceptableLanguages();
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
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
