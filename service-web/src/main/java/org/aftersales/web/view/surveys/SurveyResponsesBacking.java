package org.aftersales.web.view.surveys;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.survey.ResponseFilter;
import org.aftersales.survey.SurveyResponse;
import org.aftersales.survey.SurveyService;
import org.aftersales.survey.SurveyTemplate;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/** surveys/responses.xhtml: the archive of satisfaction surveys per project and supplier (R-B3), and new ones. */
@Named
@ViewScoped
public class SurveyResponsesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SurveyService surveys;

    @Inject
    transient Caller caller;

    private Long templateId;
    private List<SurveyTemplate> templates = List.of();

    private final PagedModel<SurveyResponse> list =
            new PagedModel<>(request -> surveys.responses(new ResponseFilter(templateId, null, null), request));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.SURVEY_VIEW)) {
            Pages.sendError(403);
            return;
        }
        templates = surveys.templates(null, false);
    }

    public boolean isAnswerAllowed() {
        return caller.may(Permission.SURVEY_ANSWER);
    }

    public List<SurveyTemplate> getActiveTemplates() {
        return templates.stream().filter(SurveyTemplate::isActive).toList();
    }

    public List<SurveyTemplate> getTemplates() {
        return templates;
    }

    public PagedModel<SurveyResponse> getList() {
        return list;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
