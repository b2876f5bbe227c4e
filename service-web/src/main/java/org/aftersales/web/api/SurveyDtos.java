package org.aftersales.web.api;

import java.util.List;
import java.util.Map;
import org.aftersales.staff.PersonNames;
import org.aftersales.survey.SupplierScorecard;
import org.aftersales.survey.SurveyQuestion;
import org.aftersales.survey.SurveyResponse;
import org.aftersales.survey.SurveyTemplate;

/** The survey DTOs of the API (R-B3). */
final class SurveyDtos {

    private SurveyDtos() {}

    /** A survey template with its questions, whose ids a response's answers name. */
    public record Template(long id, String name, String purpose, boolean active, List<Question> questions) {

        static Template of(SurveyTemplate template) {
            return new Template(
                    template.getId(),
                    template.getName(),
                    template.getPurpose().name(),
                    template.isActive(),
                    template.getQuestions().stream().map(Question::of).toList());
        }
    }

    /** {@code type}: RATING (1–5), YES_NO or TEXT. */
    public record Question(long id, int position, String type, String textZh, String textEn, boolean required) {

        static Question of(SurveyQuestion q) {
            return new Question(
                    q.getId(), q.getPosition(), q.getType().name(), q.getTextZh(), q.getTextEn(), q.isRequired());
        }
    }

    /** The body of {@code POST /surveys/{templateId}/responses}. */
    public static class ResponseBody {
        public Long projectId;
        public Long subcontractorId;
        public Long serviceCaseId;
        public String respondent;
        public String answeredDate;
        public List<AnswerBody> answers;
    }

    /** One answer: {@code rating} for RATING questions, {@code yes} for YES_NO, {@code text} for TEXT. */
    public static class AnswerBody {
        public Long questionId;
        public Integer rating;
        public Boolean yes;

        @MultiLine
        public String text;
    }

    /** An archived response; {@code score} is the mean of its ratings as a string with two decimals. */
    public record Response(
            long id,
            long templateId,
            long projectId,
            Long subcontractorId,
            Long serviceCaseId,
            String respondent,
            String answeredDate,
            String score,
            String createdAt,
            String createdBy,
            String createdByName) {

        /** With the display name beside the login (issue 18 item 4). */
        static Response of(SurveyResponse r, Map<String, String> names) {
            return new Response(
                    r.getId(),
                    r.getTemplate().getId(),
                    r.getProject().getId(),
                    r.getSubcontractor() == null ? null : r.getSubcontractor().getId(),
                    r.getServiceCase() == null ? null : r.getServiceCase().getId(),
                    r.getRespondent(),
                    r.getAnsweredDate().toString(),
                    r.getScore() == null ? null : r.getScore().toPlainString(),
                    ApiInstants.format(r.getCreatedAt()),
                    r.getCreatedBy(),
                    PersonNames.shown(names, r.getCreatedBy()));
        }
    }

    /**
     * A supplier's scorecard of the period, ranked (1 = best); {@code averageScore} a string with two decimals,
     * {@code retentionDeducted} money (R-C4), {@code meanResponseHours} to forwarded cases (R-S2; null when none answered).
     */
    public record Scorecard(
            int rank,
            long subcontractorId,
            String name,
            String averageScore,
            long responses,
            long qualityDefects,
            String retentionDeducted,
            java.math.BigDecimal meanResponseHours,
            long unansweredForwardings) {

        static Scorecard of(SupplierScorecard c) {
            return new Scorecard(
                    c.rank(),
                    c.subcontractorId(),
                    c.name(),
                    c.averageScore() == null ? null : c.averageScore().toPlainString(),
                    c.responses(),
                    c.qualityDefects(),
                    c.retentionDeducted().toPlainString(),
                    c.meanResponseHours(),
                    c.unansweredForwardings());
        }
    }
}
