package org.aftersales.web.view.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnStatus;
import org.aftersales.retention.SubcontractorRetention;
import org.aftersales.retention.SubcontractorReturnRow;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.SubcontractorService;
import org.aftersales.web.registers.RetentionRegisters;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;
import org.aftersales.web.view.UserSession;
import org.omnifaces.util.Faces;

/**
 * retention/subcontractors.xhtml: the subcontractor retention register (R-C4) — per subcontractor and project what is
 * held, deducted and released and the balance — with a project filter, a new-retention dialog and the register as an
 * Excel workbook (R-O3).
 */
@Named
@ViewScoped
public class SubcontractorRetentionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    transient RetentionService retentions;

    @Inject
    transient ProjectService projects;

    @Inject
    transient SubcontractorService subcontractors;

    @Inject
    transient RetentionRegisters registers;

    @Inject
    transient Caller caller;

    @Inject
    UserSession session;

    private Choice projectFilter;
    private final ChoiceConverter projectChoices = new ChoiceConverter();
    private final ChoiceConverter firmChoices = new ChoiceConverter();
    private Choice holdProject;
    private Choice holdFirm;
    private BigDecimal holdAmount;
    private LocalDate holdReleaseDate;
    private String holdEarlyReleaseReason;

    private final PagedModel<SubcontractorRetention> list = new PagedModel<>(request ->
            retentions.listSubcontractorRetentions(projectFilter == null ? null : projectFilter.id(), request));

    private List<SubcontractorReturnRow> toAnswer = List.of();

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.RETENTION_VIEW)) {
            Pages.sendError(403);
            return;
        }
        toAnswer = retentions.subcontractorApplicationsToAnswer(retentions.today());
    }

    /** R-C8: subcontractors' applications the company has not answered yet, nearest deadline first. */
    public List<SubcontractorReturnRow> getToAnswer() {
        return toAnswer;
    }

    public String daysText(ReturnStatus status) {
        Long days = status.daysLeft();
        if (days == null) {
            return "";
        }
        return days >= 0
                ? Pages.text("returnProcedure.daysLeft.value", days)
                : Pages.text("returnProcedure.daysOver.value", -days);
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(p -> new Choice(p.getId(), p.getCode() + " " + p.getName()))
                        .toList());
    }

    /** The firms on the chosen project's register (R-B1): a retention is held from one of them. */
    public List<Choice> getHoldFirms() {
        if (holdProject == null) {
            return List.of();
        }
        return firmChoices.offer(
                subcontractors.listForProject(holdProject.id(), PageRequest.first(200)).items().stream()
                        .map(r -> new Choice(
                                r.getSubcontractor().getId(),
                                r.getSubcontractor().getName()))
                        .toList());
    }

    public void startHold() {
        holdProject = null;
        holdFirm = null;
        holdAmount = null;
        holdReleaseDate = null;
        holdEarlyReleaseReason = null;
    }

    public void hold() {
        if (holdProject == null) {
            throw new BusinessException("holdProject", "retention.error.projectRequired");
        }
        if (holdFirm == null) {
            throw new BusinessException("holdFirm", "retention.error.subcontractorRequired");
        }
        if (holdAmount == null) {
            throw new BusinessException("holdAmount", "retention.error.heldPositive");
        }
        SubcontractorRetention held = retentions.holdFromSubcontractor(
                holdProject.id(), holdFirm.id(), Money.of(holdAmount), holdReleaseDate, holdEarlyReleaseReason);
        Pages.info(
                "retention.heldSaved",
                held.getSubcontractor().getName(),
                held.getProject().getCode());
    }

    /** The whole register as .xlsx, headers in the user's language. */
    public void downloadExcel() throws IOException {
        Faces.sendFile(
                RetentionRegisters.SUBCONTRACTOR_FILE,
                true,
                out -> registers.writeSubcontractorRegister(out, session.getLocale()));
    }

    public boolean isEditable() {
        return caller.may(Permission.SUBCONTRACTOR_RETENTION_EDIT);
    }

    public PagedModel<SubcontractorRetention> getList() {
        return list;
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public ChoiceConverter getFirmChoices() {
        return firmChoices;
    }

    public Choice getProjectFilter() {
        return projectFilter;
    }

    public void setProjectFilter(Choice projectFilter) {
        this.projectFilter = projectFilter;
    }

    public Choice getHoldProject() {
        return holdProject;
    }

    public void setHoldProject(Choice holdProject) {
        this.holdProject = holdProject;
    }

    public Choice getHoldFirm() {
        return holdFirm;
    }

    public void setHoldFirm(Choice holdFirm) {
        this.holdFirm = holdFirm;
    }

    public BigDecimal getHoldAmount() {
        return holdAmount;
    }

    public void setHoldAmount(BigDecimal holdAmount) {
        this.holdAmount = holdAmount;
    }

    public LocalDate getHoldReleaseDate() {
        return holdReleaseDate;
    }

    public void setHoldReleaseDate(LocalDate holdReleaseDate) {
        this.holdReleaseDate = holdReleaseDate;
    }

    public String getHoldEarlyReleaseReason() {
        return holdEarlyReleaseReason;
    }

    public void setHoldEarlyReleaseReason(String holdEarlyReleaseReason) {
        this.holdEarlyReleaseReason = holdEarlyReleaseReason;
    }
}
