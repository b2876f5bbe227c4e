package org.aftersales.web.view.projects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.cost.CostCategory;
import org.aftersales.costplan.CostPlanLineInput;
import org.aftersales.costplan.CostPlanService;
import org.aftersales.costplan.CostPlanState;
import org.aftersales.costplan.CostPlanSummary;
import org.aftersales.costplan.SupplementInput;
import org.aftersales.costplan.SupplementState;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Permission;
import org.aftersales.web.reports.CostPlanExport;
import org.aftersales.web.view.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * projects/cost-plan.xhtml?project=ID: the project's after-sales cost plan (售后服务费用计划书, R-C1 … R-C3). The
 * specialist fills in the planned amount of each cost category while drafting or revising, and submits; the division
 * leader or the general manager approves or rejects with a reason; on an approved plan the specialist requests
 * supplemental costs, which the general manager approves. Plan vs actual per category is always shown, and the plan
 * downloads as the company's Excel form. The buttons follow the role and the state; the service checks both again.
 */
@Named
@ViewScoped
public class CostPlanBacking extends ProjectScopedBacking {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient CostPlanService plans;

    @Inject
    transient CostPlanExport export;

    @Inject
    transient AftersalesConfig config;

    private CostPlanSummary plan;
    private List<LineRow> rows = new ArrayList<>();
    private String rejectionReason;
    private SupplementDraft supplement = new SupplementDraft();
    /** R-C1, R-C2: the project's cost lines flagged against the plan. */
    private List<org.aftersales.cost.ServiceCost> flaggedCosts = List.of();

    private Long decidingSupplement;
    private String supplementRejection;

    @Override
    protected Permission viewPermission() {
        return Permission.COST_PLAN_VIEW;
    }

    @Override
    public void load() {
        super.load();
        if (getProject() != null) {
            reload();
        }
    }

    private void reload() {
        plan = plans.summary(projectId()).orElse(null);
        flaggedCosts = plans.flaggedCosts(projectId());
        rows = new ArrayList<>();
        if (plan != null) {
            plan.lines().forEach(line -> rows.add(new LineRow(line)));
        }
    }

    public void create() {
        plans.create(projectId());
        reload();
        Pages.info("costPlan.created");
    }

    public void saveLines() {
        plans.planLines(projectId(), plan.version(), inputs());
        reload();
        Pages.info("costPlan.saved");
    }

    /** Saves what is on screen, then submits: the specialist should not lose edits by submitting. */
    public void submit() {
        plans.planLines(projectId(), plan.version(), inputs());
        plans.submit(projectId());
        reload();
        Pages.info("costPlan.submitted");
    }

    public void approve() {
        plans.approve(projectId());
        reload();
        Pages.info("costPlan.approved");
    }

    public void reject() {
        plans.reject(projectId(), rejectionReason);
        rejectionReason = null;
        reload();
        Pages.info("costPlan.rejected");
    }

    public void startSupplement() {
        supplement = new SupplementDraft();
    }

    public void requestSupplement() {
        plans.requestSupplement(
                projectId(),
                new SupplementInput(
                        supplement.category,
                        supplement.amount == null ? null : Money.of(supplement.amount),
                        supplement.reason,
                        supplement.justification));
        supplement = new SupplementDraft();
        reload();
        Pages.info("costPlan.supplement.requested");
    }

    public void approveSupplement(long id) {
        plans.approveSupplement(projectId(), id);
        reload();
        Pages.info("costPlan.supplement.approved");
    }

    public void startRejectSupplement(long id) {
        decidingSupplement = id;
        supplementRejection = null;
    }

    public void rejectSupplement() {
        if (decidingSupplement == null) {
            throw new BusinessException("costPlan.error.notSubmitted");
        }
        plans.rejectSupplement(projectId(), decidingSupplement, supplementRejection);
        decidingSupplement = null;
        reload();
        Pages.info("costPlan.supplement.rejected");
    }

    /** The 售后服务费用计划书 in the page's language. */
    public StreamedContent getWorkbook() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        CostPlanExport.Export file = export.export(projectId(), locale);
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(CostPlanExport.CONTENT_TYPE)
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content()))
                .build();
    }

    private List<CostPlanLineInput> inputs() {
        return rows.stream()
                .map(row -> new CostPlanLineInput(
                        row.category, Money.of(row.planned == null ? BigDecimal.ZERO : row.planned), row.note))
                .toList();
    }

    // ---- what the page asks ----

    public boolean isEditable() {
        return plan != null && plan.state().isEditable() && caller().may(Permission.COST_PLAN_EDIT);
    }

    public boolean isMayCreate() {
        return plan == null && caller().may(Permission.COST_PLAN_EDIT);
    }

    public boolean isDecidable() {
        return plan != null && plan.state() == CostPlanState.SUBMITTED && caller().may(Permission.COST_PLAN_APPROVE);
    }

    public boolean isMayRequestSupplement() {
        return plan != null && plan.inExecution() && caller().may(Permission.COST_PLAN_EDIT);
    }

    public boolean mayDecideSupplement(CostPlanSummary.Supplement request) {
        return request.state() == SupplementState.REQUESTED && caller().may(Permission.COST_SUPPLEMENT_APPROVE);
    }

    public String stateSeverity() {
        return switch (plan.state()) {
            case DRAFT -> "info";
            case SUBMITTED -> "warning";
            case APPROVED -> "success";
            case REJECTED -> "danger";
        };
    }

    public String supplementSeverity(CostPlanSummary.Supplement request) {
        return switch (request.state()) {
            case REQUESTED -> "warning";
            case APPROVED -> "success";
            case REJECTED -> "danger";
        };
    }

    public String money(Money amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.amount());
    }

    public String time(Instant instant) {
        ZoneId zone = config.zone();
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public List<CostCategory> getCategories() {
        return List.of(CostCategory.values());
    }

    public List<org.aftersales.cost.ServiceCost> getFlaggedCosts() {
        return flaggedCosts;
    }

    public CostPlanSummary getPlan() {
        return plan;
    }

    public List<LineRow> getRows() {
        return rows;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public SupplementDraft getSupplement() {
        return supplement;
    }

    public String getSupplementRejection() {
        return supplementRejection;
    }

    public void setSupplementRejection(String supplementRejection) {
        this.supplementRejection = supplementRejection;
    }

    /** One category on screen: the editable planned amount and note, and the read-only comparison (R-C3). */
    public static class LineRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final CostCategory category;
        private BigDecimal planned;
        private String note;
        private final CostPlanSummary.Line line;

        LineRow(CostPlanSummary.Line line) {
            this.category = line.category();
            this.planned = line.planned().amount();
            this.note = line.note();
            this.line = line;
        }

        public CostCategory getCategory() {
            return category;
        }

        public BigDecimal getPlanned() {
            return planned;
        }

        public void setPlanned(BigDecimal planned) {
            this.planned = planned;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public CostPlanSummary.Line getLine() {
            return line;
        }
    }

    /** The supplemental cost request dialog (R-C2). */
    public static class SupplementDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private CostCategory category;
        private BigDecimal amount;
        private String reason;
        private String justification;

        public CostCategory getCategory() {
            return category;
        }

        public void setCategory(CostCategory category) {
            this.category = category;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }
    }
}
