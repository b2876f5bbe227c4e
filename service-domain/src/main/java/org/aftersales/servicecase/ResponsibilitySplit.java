package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.aftersales.shared.BusinessException;

/**
 * Who answers for a fault, in percent (R-S9): the company, the equipment subcontractor, the design, the owner. Each
 * share is 0 … 100 with at most two decimals (a third is 33.33), and the four sum to exactly 100.
 */
@Embeddable
public class ResponsibilitySplit {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Column(name = "company_share", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal company;

    @Column(name = "subcontractor_share", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal subcontractor;

    @Column(name = "design_share", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal design;

    @Column(name = "owner_share", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal owner;

    protected ResponsibilitySplit() {}

    public ResponsibilitySplit(BigDecimal company, BigDecimal subcontractor, BigDecimal design, BigDecimal owner) {
        this.company = share("company", company);
        this.subcontractor = share("subcontractor", subcontractor);
        this.design = share("design", design);
        this.owner = share("owner", owner);
        BigDecimal sum = this.company.add(this.subcontractor).add(this.design).add(this.owner);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new BusinessException(
                    "split",
                    "factoryReturn.error.splitSum",
                    sum.stripTrailingZeros().toPlainString());
        }
    }

    private static BigDecimal share(String name, BigDecimal value) {
        String field = name + "Share";
        if (value == null) {
            throw new BusinessException(field, "factoryReturn.error.shareRequired");
        }
        if (value.signum() < 0
                || value.compareTo(HUNDRED) > 0
                || value.stripTrailingZeros().scale() > 2) {
            throw new BusinessException(field, "factoryReturn.error.shareRange", value.toPlainString());
        }
        return value.setScale(2);
    }

    public BigDecimal getCompany() {
        return company;
    }

    public BigDecimal getSubcontractor() {
        return subcontractor;
    }

    public BigDecimal getDesign() {
        return design;
    }

    public BigDecimal getOwner() {
        return owner;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResponsibilitySplit split
                && company.equals(split.company)
                && subcontractor.equals(split.subcontractor)
                && design.equals(split.design)
                && owner.equals(split.owner);
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, subcontractor, design, owner);
    }
}
