package org.aftersales.costplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.aftersales.cost.CostCategory;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.Money;

/**
 * One line of a cost plan: the amount planned for one cost category (the categories are those of the actual costs,
 * so that R-C3 compares like with like), with a note on how it was estimated. One line per category.
 */
@Entity
@Table(name = "cost_plan_line")
public class CostPlanLine extends BaseEntity {

    public static final int NOTE_LENGTH = 500;
    public static final Money MAX_AMOUNT = Money.of("9999999999.99");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cost_plan_id", nullable = false, updatable = false)
    private CostPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private CostCategory category;

    @Column(name = "planned_amount", nullable = false, precision = 19, scale = 2)
    private Money planned;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected CostPlanLine() {}

    CostPlanLine(CostPlan plan, CostCategory category, Money planned, String note) {
        if (category == null) {
            throw new BusinessException("category", "costPlan.error.categoryRequired");
        }
        this.plan = plan;
        this.category = category;
        change(planned, note);
    }

    void change(Money newPlanned, String newNote) {
        if (newPlanned == null || newPlanned.isNegative()) {
            throw new BusinessException("planned", "costPlan.error.plannedNotNegative");
        }
        if (newPlanned.isGreaterThan(MAX_AMOUNT)) {
            throw new BusinessException("planned", "cost.error.amountTooLarge");
        }
        String text = Inputs.stripToNull(newNote);
        if (text != null && text.length() > NOTE_LENGTH) {
            throw new BusinessException("note", "costPlan.error.tooLong", NOTE_LENGTH);
        }
        this.planned = newPlanned;
        this.note = text;
    }

    public CostPlan getPlan() {
        return plan;
    }

    public CostCategory getCategory() {
        return category;
    }

    public Money getPlanned() {
        return planned;
    }

    public String getNote() {
        return note;
    }
}
