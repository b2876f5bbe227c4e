package org.aftersales.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.Money;

/**
 * One setting of an expense standard (R-C7) from a day on: the amount (or, for the travel class, the class) and why it
 * was set. Settings are never edited: a new one is added, so the history says what was in force on any day, and a
 * cost line is checked against the standard in force the day it is booked.
 */
@Entity
@Table(name = "expense_standard")
public class ExpenseStandard extends BaseEntity {

    public static final int REASON_LENGTH = 500;
    public static final Money MAX_AMOUNT = Money.of("99999999.99");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private ExpenseKind kind;

    @Column(updatable = false, precision = 19, scale = 2)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "travel_class", updatable = false, length = 30)
    private TravelClass travelClass;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(updatable = false, length = REASON_LENGTH)
    private String reason;

    protected ExpenseStandard() {}

    public ExpenseStandard(
            ExpenseKind kind, Money amount, TravelClass travelClass, LocalDate validFrom, String reason) {
        if (kind == null) {
            throw new BusinessException("kind", "expense.error.kindRequired");
        }
        if (kind.isTravelClass()) {
            if (travelClass == null) {
                throw new BusinessException("travelClass", "expense.error.travelClassRequired");
            }
            amount = null;
        } else {
            if (amount == null || !amount.isGreaterThan(Money.ZERO) || amount.isGreaterThan(MAX_AMOUNT)) {
                throw new BusinessException("amount", "expense.error.amount");
            }
            travelClass = null;
        }
        if (validFrom == null) {
            throw new BusinessException("validFrom", "expense.error.validFromRequired");
        }
        String text = Inputs.stripToNull(reason);
        if (text != null && text.length() > REASON_LENGTH) {
            throw new BusinessException("reason", "case.error.tooLong", REASON_LENGTH);
        }
        this.kind = kind;
        this.amount = amount;
        this.travelClass = travelClass;
        this.validFrom = validFrom;
        this.reason = text;
    }

    public ExpenseKind getKind() {
        return kind;
    }

    public Money getAmount() {
        return amount;
    }

    public TravelClass getTravelClass() {
        return travelClass;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getReason() {
        return reason;
    }
}
