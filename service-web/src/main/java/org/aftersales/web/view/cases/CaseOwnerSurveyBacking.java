package org.aftersales.web.view.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.survey.SurveyPurpose;
import org.aftersales.survey.SurveyService;
import org.aftersales.survey.SurveyTemplate;

/**
 * R-B3 owner satisfaction after a service: a closed case offers the active owner-satisfaction surveys, each opening
 * surveys/answer.xhtml for this case (include {@code WEB-INF/includes/cases/owner-survey.xhtml}).
 */
@Named
@RequestScoped
public class CaseOwnerSurveyBacking {

    @Inject
    SurveyService surveys;

    @Inject
    Caller caller;

    private List<SurveyTemplate> templates;

    /** The active owner surveys when the case is closed and the caller may answer surveys; otherwise none. */
    public List<SurveyTemplate> templatesFor(ServiceCase serviceCase) {
        if (templates == null) {
            boolean offered = serviceCase != null
                    && serviceCase.getStatus() == CaseStatus.CLOSED
                    && caller.may(Permission.SURVEY_ANSWER)
                    && caller.may(Permission.SURVEY_VIEW);
            templates = offered ? surveys.templates(SurveyPurpose.OWNER_SATISFACTION, true) : List.of();
        }
        return templates;
    }
}
