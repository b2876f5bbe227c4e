package org.aftersales.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * A filled-in survey: the project, the supplier it evaluates (supplier surveys), the service case it follows (owner
 * surveys, optional), who answered and when, and the answers.
 */
public record ResponseData(
        Long projectId,
        Long subcontractorId,
        Long serviceCaseId,
        String respondent,
        LocalDate answeredDate,
        List<AnswerData> answers) {}
