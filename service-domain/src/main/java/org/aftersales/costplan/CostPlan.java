package org.aftersales.costplan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.cost.CostCategory;
import org.aftersales.cost.PlanDeviation;
import org.aftersales.policy.PolicyTimeline;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.InstantConverter;
import org.aftersales.shared.Money;

/**
 * The after-sales cost plan of one project (售后服务费用计划书, R-C1; 第四章第二条5): "售后服务专责负责在工程“临时移交生产”后
 * 一个月内完成《售后服务费用计划书》的编制，经审批后执行。因特殊原因追加售后服务费的，须提交报告，经特别审批后执行。"
 *
 * <ul>
 *   <li>One plan per project, with at most one line per cost category (the categories of the actual costs).</li>
 *   <li>Its {@code dueDate} — the last day on which submitting it is on time — is provisional handover + the policy's
 *       cost-plan months <em>in force at provisional handover</em> ({@code plusMonths}: 2026-01-31 + 1 month →
 *       2026-02-28; see {@link #dueDate(LocalDate, PolicyTimeline, ZoneId)}): the rule starts at handover, so a later
 *       policy edit moves it neither for a plan nor for a project still without one (R-O2).</li>
 *   <li>A plan submitted after its due date stays marked as submitted late ({@link #isSubmittedLate()}), through
 *       rejection, resubmission and approval.</li>
 *   <li>Costs booked after the due date while no plan is approved are flagged ({@link #judgeBooking(CostPlan,
 *       LocalDate, LocalDate, CostCategory, Money, Money)}); the drafting month is exempt.</li>
 *   <li>DRAFT → SUBMITTED → APPROVED or REJECTED (with a reason); a rejected plan is revised and submitted again. Only an
 *       approved plan is in execution, and only while drafting or revising can lines change.</li>
 *   <li>A plan not (or no longer) submitted after its due date is overdue — a rejected plan waiting for revision
 *       included, since the project still has no plan in front of the approvers.</li>
 *   <li>Extra costs (R-C2) are requested on an approved plan and raise its total only once the general manager has
 *       approved them; every request stays as history.</li>
 * </ul>
 * Who submitted, and who approved or rejected, and when, are kept on the plan (and in the audit trail).
 */
@Entity
@Table(name = "cost_plan")
public class CostPlan extends BaseEntity {

    public static final int REASON_LENGTH = 500;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false, unique = true)
    private Project project;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CostPlanState state = CostPlanState.DRAFT;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("category")
    private List<CostPlanLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<SupplementalCostRequest> supplements = new ArrayList<>();

    @Column(name = "submitted_by", length = USER_NAME_LENGTH)
    private String submittedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = USER_NAME_LENGTH)
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason", length = REASON_LENGTH)
    private String rejectionReason;

    /** R-C1: submitted (the first time, or any time) after the due date; never cleared. */
    @Column(name = "submitted_late", nullable = false)
    private boolean submittedLate;

    protected CostPlan() {}

    /**
     * @param costPlanMonths the policy's months in force at the project's provisional handover (see {@link
     *     #dueDate(LocalDate, PolicyTimeline, ZoneId)}), fixed into the due date here
     */
    public CostPlan(Project project, int costPlanMonths) {
        if (project == null) {
            throw new BusinessException("projectId", "costPlan.error.projectRequired");
        }
        if (project.getProvisionalHandoverDate() == null) {
            throw new BusinessException("projectId", "costPlan.error.noProvisionalHandover", project.getCode());
        }
        this.project = project;
        this.dueDate = dueDate(project.getProvisionalHandoverDate(), costPlanMonths);
        // A new plan shows every category, so the specialist fills in amounts rather than adding rows.
        for (CostCategory category : CostCategory.values()) {
            lines.add(new CostPlanLine(this, category, Money.ZERO, null));
        }
    }

    /** Provisional handover + months, the Civil Code way (month end where the day does not exist). */
    public static LocalDate dueDate(LocalDate provisionalHandover, int months) {
        return provisionalHandover.plusMonths(months);
    }

    /**
     * R-C1 — the one place the due date is computed. 第四章第二条5: “售后服务专责负责在工程“临时移交生产”后一个月内完成
     * 《售后服务费用计划书》的编制，经审批后执行。” The month count is a policy number (R-O2); the one that applies is the one in
     * force on the day of provisional handover, when the month starts to run — for a plan and for a project without one
     * alike, so a later policy edit moves neither. A handover before the policy's recorded history takes the value the
     * history starts from.
     */
    public static LocalDate dueDate(LocalDate provisionalHandover, PolicyTimeline costPlanMonths, ZoneId zone) {
        return dueDate(provisionalHandover, costPlanMonths.wholeOn(provisionalHandover, zone));
    }

    /**
     * R-C1 and R-C2 on one booking of the project on {@code day}: with a plan in execution, R-C2's budget ({@link
     * #judgeBooking(CostCategory, Money, Money)}); without an approved plan, a booking after the due date is flagged
     * BOOKED_BEFORE_APPROVAL — "经审批后执行": the plan is executed only once approved — while the drafting month (up to
     * and including the due date) is exempt.
     *
     * @param planOrNull the project's plan, if any
     * @param dueDate the plan's due date, or for a project without a plan the one it would get; {@code null} before
     *     provisional handover (nothing is flagged then)
     */
    public static Optional<PlanDeviation.Finding> judgeBooking(
            CostPlan planOrNull,
            LocalDate dueDate,
            LocalDate day,
            CostCategory category,
            Money actualBefore,
            Money amount) {
        if (planOrNull != null && planOrNull.isInExecution()) {
            return planOrNull.judgeBooking(category, actualBefore, amount);
        }
        if (dueDate == null || !day.isAfter(dueDate)) {
            return Optional.empty();
        }
        return Optional.of(new PlanDeviation.Finding(
                PlanDeviation.BOOKED_BEFORE_APPROVAL,
                day + " > " + dueDate + " · "
                        + (planOrNull == null
                                ? "no plan"
                                : planOrNull.getState().name())));
    }

    /** Sets the planned amount and note of one category (while drafting or revising). */
    public void plan(CostCategory category, Money planned, String note) {
        requireEditable();
        Optional<CostPlanLine> existing = line(category);
        if (existing.isPresent()) {
            existing.get().change(planned, note);
        } else {
            lines.add(new CostPlanLine(this, category, planned, note));
        }
    }

    /**
     * Submits the plan for approval on {@code on} (the day of {@code at} in the configured zone); a plan with nothing
     * planned is not a plan. After the due date it is marked submitted late, for good.
     */
    public void submit(String by, Instant at, LocalDate on) {
        requireEditable();
        if (!plannedTotal().isGreaterThan(Money.ZERO)) {
            throw new BusinessException("lines", "costPlan.error.nothingPlanned");
        }
        if (on.isAfter(dueDate)) {
            submittedLate = true;
        }
        state = CostPlanState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        decidedBy = null;
        decidedAt = null;
    }

    public void approve(String by, Instant at) {
        requireSubmitted();
        state = CostPlanState.APPROVED;
        decidedBy = by;
        decidedAt = at;
        rejectionReason = null;
    }

    public void reject(String reason, String by, Instant at) {
        requireSubmitted();
        rejectionReason = SupplementalCostRequest.required(
                "reason", reason, REASON_LENGTH, "costPlan.error.rejectionReasonRequired");
        state = CostPlanState.REJECTED;
        decidedBy = by;
        decidedAt = at;
    }

    /** R-C2: a written request for extra costs; only an approved plan is in execution and can be supplemented. */
    public SupplementalCostRequest requestSupplement(
            CostCategory category, Money amount, String reason, String justification, String by, Instant at) {
        if (!isInExecution()) {
            throw new BusinessException("costPlan.error.supplementNeedsApprovedPlan");
        }
        SupplementalCostRequest request =
                new SupplementalCostRequest(this, category, amount, reason, justification, by, at);
        supplements.add(request);
        return request;
    }

    public SupplementalCostRequest approveSupplement(long requestId, String by, Instant at) {
        SupplementalCostRequest request = supplement(requestId);
        request.approve(by, at);
        return request;
    }

    public SupplementalCostRequest rejectSupplement(long requestId, String note, String by, Instant at) {
        SupplementalCostRequest request = supplement(requestId);
        request.reject(note, by, at);
        return request;
    }

    private SupplementalCostRequest supplement(long requestId) {
        return supplements.stream()
                .filter(s -> s.getId() != null && s.getId() == requestId)
                .findFirst()
                .orElseThrow(() -> new org.aftersales.shared.NotFoundException("supplementalCostRequest", requestId));
    }

    private void requireEditable() {
        if (!state.isEditable()) {
            throw new BusinessException("costPlan.error.notEditable", state);
        }
    }

    private void requireSubmitted() {
        if (state != CostPlanState.SUBMITTED) {
            throw new BusinessException("costPlan.error.notSubmitted");
        }
    }

    /** Only an approved plan is executed (第四章第二条5: "经审批后执行"). */
    public boolean isInExecution() {
        return state == CostPlanState.APPROVED;
    }

    /** R-C1: submitted after the due date (stays so after a rejection, a resubmission or the approval). */
    public boolean isSubmittedLate() {
        return submittedLate;
    }

    /** Not submitted (nor approved) and the due date has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return state.isEditable() && today.isAfter(dueDate);
    }

    /** The approved budget of one category: its planned amount plus its approved supplements (R-C2). */
    public Money approvedBudget(CostCategory category) {
        return line(category)
                .map(CostPlanLine::getPlanned)
                .orElse(Money.ZERO)
                .plus(approvedSupplementsByCategory().get(category));
    }

    /**
     * R-C2 — the one place extra costs are judged. 第四章第二条5: “因特殊原因追加售后服务费的，须提交报告，经特别审批后执行。”
     * On a plan in execution, a booking that takes its category's actual costs ({@code actualBefore} + {@code amount})
     * over the approved budget (planned + the general manager's approved supplements) is extra cost without the
     * special approval: flagged, with the figures. A pending supplement does not count until approved.
     *
     * <p>Flagged rather than refused: the cost was incurred in the field (often under the 24 h / 72 h clocks) and must
     * be booked for R-C3's plan-against-actual comparison and the engineer's expense claim to be true; refusing it
     * would hide the overspend instead of putting it before the specialist and the general manager, who can still ask
     * for and give the special approval.
     */
    public Optional<PlanDeviation.Finding> judgeBooking(CostCategory category, Money actualBefore, Money amount) {
        if (!isInExecution()) {
            return Optional.empty();
        }
        Money after = actualBefore.plus(amount);
        Money budget = approvedBudget(category);
        if (after.isGreaterThan(budget)) {
            return Optional.of(new PlanDeviation.Finding(PlanDeviation.OVER_APPROVED_BUDGET, after + " > " + budget));
        }
        return Optional.empty();
    }

    public Optional<CostPlanLine> line(CostCategory category) {
        return lines.stream().filter(l -> l.getCategory() == category).findFirst();
    }

    public Money plannedTotal() {
        return lines.stream().map(CostPlanLine::getPlanned).reduce(Money.ZERO, Money::plus);
    }

    /** The approved supplements of each category (zero where none). */
    public Map<CostCategory, Money> approvedSupplementsByCategory() {
        Map<CostCategory, Money> totals = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            totals.put(category, Money.ZERO);
        }
        supplements.stream()
                .filter(SupplementalCostRequest::isApproved)
                .forEach(s -> totals.merge(s.getCategory(), s.getAmount(), Money::plus));
        return Collections.unmodifiableMap(totals);
    }

    public Money approvedSupplementsTotal() {
        return supplements.stream()
                .filter(SupplementalCostRequest::isApproved)
                .map(SupplementalCostRequest::getAmount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The budget in force: the planned amounts plus the approved supplements. */
    public Money total() {
        return plannedTotal().plus(approvedSupplementsTotal());
    }

    public Project getProject() {
        return project;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public CostPlanState getState() {
        return state;
    }

    public List<CostPlanLine> getLines() {
        return List.copyOf(lines);
    }

    public List<SupplementalCostRequest> getSupplements() {
        return List.copyOf(supplements);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
