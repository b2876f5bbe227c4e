package org.aftersales.paidservice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.aftersales.shared.Money;

/**
 * One priced line of a quotation (R-C6): what, which kind, how many (informative — {@code cost} is the line's cost,
 * not a unit cost), the company's cost, the price = cost × (1 + markup/100) rounded HALF_UP, the VAT rate and the VAT
 * on the price rounded HALF_UP. Lines are written once, priced by {@link QuotationPricing}; a revision replaces them.
 */
@Embeddable
public class QuotationLine {

    public static final int DESCRIPTION_LENGTH = 200;

    @Column(nullable = false, updatable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private LineKind kind;

    @Column(updatable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private Money cost;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private Money price;

    @Column(name = "vat_rate", nullable = false, updatable = false, precision = 7, scale = 4)
    private BigDecimal vatRate;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private Money vat;

    protected QuotationLine() {}

    QuotationLine(QuotationPricing.PricedLine priced, LineKind kind, BigDecimal quantity) {
        this.description = priced.description();
        this.kind = kind;
        this.quantity = quantity;
        this.cost = priced.cost();
        this.price = priced.price();
        this.vatRate = priced.vatRatePercent();
        this.vat = priced.vat();
    }

    public String getDescription() {
        return description;
    }

    public LineKind getKind() {
        return kind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Money getCost() {
        return cost;
    }

    public Money getPrice() {
        return price;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public Money getVat() {
        return vat;
    }

    public Money getPriceWithVat() {
        return price.plus(vat);
    }
}
