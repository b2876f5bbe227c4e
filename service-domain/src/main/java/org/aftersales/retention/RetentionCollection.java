package org.aftersales.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.Money;

/** One payment received from the owner against the company's retention (R-C5). */
@Entity
@Table(name = "retention_collection")
public class RetentionCollection extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_retention_id", nullable = false)
    private ProjectRetention retention;

    @Column(nullable = false, precision = 19, scale = 2)
    private Money amount;

    @Column(name = "collected_on", nullable = false)
    private LocalDate collectedOn;

    protected RetentionCollection() {}

    RetentionCollection(ProjectRetention retention, Money amount, LocalDate collectedOn) {
        this.retention = retention;
        this.amount = amount;
        this.collectedOn = collectedOn;
    }

    public ProjectRetention getRetention() {
        return retention;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getCollectedOn() {
        return collectedOn;
    }
}
