package org.aftersales.web.api;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.costplan.CostPlanSummary;

/** A project's after-sales cost plan as the API shows it (R-C1 … R-C3); money as strings with two decimals. */
final class CostPlanDtos {

    private CostPlanDtos() {}

    /** One line of PUT /projects/{id}/cost-plan/lines. */
    public static class LineRequest {
        public String category;
        public String planned;

        @MultiLine
        public String note;
    }

    /** Request of PUT /projects/{id}/cost-plan/lines: the plan's version and the lines to change. */
    public static class LinesRequest {
        public Long version;
        public List<LineRequest> lines;
    }

    /** Request of POST …/reject and …/supplements/{id}/reject. */
    public static class ReasonRequest {
        @MultiLine
        public String reason;
    }

    /** Request of POST /projects/{id}/cost-plan/supplements. */
    public static class SupplementRequest {
        public String category;
        public String amount;

        @MultiLine
        public String reason;

        @MultiLine
        public String justification;
    }

    public static class CostPlanLineDto {
        public String category;
        public String planned;
        public String supplements;
        public String budget;
        public String actual;
        public String variance;
        public String note;

        static CostPlanLineDto of(CostPlanSummary.Line line) {
            CostPlanLineDto dto = new CostPlanLineDto();
            dto.category = line.category().name();
            dto.planned = line.planned().toString();
            dto.supplements = line.supplements().toString();
            dto.budget = line.budget().toString();
            dto.actual = line.actual().toString();
            dto.variance = line.variance().toString();
            dto.note = line.note();
            return dto;
        }
    }

    public static class SupplementDto {
        public Long id;
        public String category;
        public String amount;
        public String reason;
        public String justification;
        public String state;
        public String requestedBy;
        public String requestedAt;
        public String decidedBy;
        public String decidedAt;
        public String decisionNote;

        static SupplementDto of(CostPlanSummary.Supplement supplement) {
            SupplementDto dto = new SupplementDto();
            dto.id = supplement.id();
            dto.category = supplement.category().name();
            dto.amount = supplement.amount().toString();
            dto.reason = supplement.reason();
            dto.justification = supplement.justification();
            dto.state = supplement.state().name();
            dto.requestedBy = supplement.requestedBy();
            dto.requestedAt = ApiInstants.format(supplement.requestedAt());
            dto.decidedBy = supplement.decidedBy();
            dto.decidedAt = ApiInstants.format(supplement.decidedAt());
            dto.decisionNote = supplement.decisionNote();
            return dto;
        }
    }

    public static class TotalsDto {
        public String planned;
        public String supplements;
        public String budget;
        public String actual;
        public String variance;
    }

    public static class CostPlanDto {
        public Long id;
        public long version;
        public Long projectId;
        public String projectCode;
        public String state;
        public boolean inExecution;
        public LocalDate provisionalHandoverDate;
        public LocalDate dueDate;
        public boolean overdue;
        /** R-C1: submitted after the due date; stays true through rejection, resubmission and approval. */
        public boolean submittedLate;

        public List<CostPlanLineDto> lines;
        public TotalsDto totals;
        public List<SupplementDto> supplements;
        public String draftedBy;
        public String submittedBy;
        public String submittedAt;
        public String decidedBy;
        public String decidedAt;
        public String rejectionReason;
        /** R-C1, R-C2: the project's cost lines flagged against the plan when booked, newest first. */
        public List<CostDto> flaggedCosts;

        static CostPlanDto of(CostPlanSummary plan) {
            CostPlanDto dto = new CostPlanDto();
            dto.id = plan.planId();
            dto.version = plan.version();
            dto.projectId = plan.projectId();
            dto.projectCode = plan.projectCode();
            dto.state = plan.state().name();
            dto.inExecution = plan.inExecution();
            dto.provisionalHandoverDate = plan.provisionalHandoverDate();
            dto.dueDate = plan.dueDate();
            dto.overdue = plan.overdue();
            dto.submittedLate = plan.submittedLate();
            dto.lines = plan.lines().stream().map(CostPlanLineDto::of).toList();
            dto.totals = new TotalsDto();
            dto.totals.planned = plan.plannedTotal().toString();
            dto.totals.supplements = plan.supplementsTotal().toString();
            dto.totals.budget = plan.budgetTotal().toString();
            dto.totals.actual = plan.actualTotal().toString();
            dto.totals.variance = plan.varianceTotal().toString();
            dto.supplements = plan.supplements().stream().map(SupplementDto::of).toList();
            dto.draftedBy = plan.draftedBy();
            dto.submittedBy = plan.submittedBy();
            dto.submittedAt = ApiInstants.format(plan.submittedAt());
            dto.decidedBy = plan.decidedBy();
            dto.decidedAt = ApiInstants.format(plan.decidedAt());
            dto.rejectionReason = plan.rejectionReason();
            return dto;
        }
    }
}
