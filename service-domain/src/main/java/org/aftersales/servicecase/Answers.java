package org.aftersales.servicecase;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/** The checks an answer to a forwarding or a hand-off passes: some text, not too long, not before the question. */
final class Answers {

    private Answers() {}

    static String required(String text, int maxLength) {
        String answer = Inputs.stripToNull(text);
        if (answer == null) {
            throw new BusinessException("answer", "case.error.answerRequired");
        }
        if (answer.length() > maxLength) {
            throw new BusinessException("answer", "case.error.tooLong", maxLength);
        }
        return answer;
    }

    static void notBefore(Instant at, Instant sentAt) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(sentAt)) {
            throw new BusinessException("at", "case.error.timeOrder", at, sentAt);
        }
    }
}
