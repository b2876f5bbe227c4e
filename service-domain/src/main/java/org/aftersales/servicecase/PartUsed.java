package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * One line of the parts used on a visit (R-S7): what, and how many. Quantities may have decimals (2.5 m of cable), up
 * to three, and are more than zero.
 */
@Embeddable
public class PartUsed {

    public static final int NAME_LENGTH = 200;
    public static final int QUANTITY_SCALE = 3;
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999");

    @Column(name = "part_name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, updatable = false, precision = 12, scale = QUANTITY_SCALE)
    private BigDecimal quantity;

    protected PartUsed() {}

    /** @param line the line's number from 1, for the message should the line be refused */
    public PartUsed(int line, String name, BigDecimal quantity) {
        String text = Inputs.stripToNull(name);
        if (text == null) {
            throw new BusinessException("parts", "visit.error.partNameRequired", line);
        }
        if (text.length() > NAME_LENGTH) {
            throw new BusinessException("parts", "case.error.tooLong", NAME_LENGTH);
        }
        if (quantity == null
                || quantity.signum() <= 0
                || quantity.compareTo(MAX_QUANTITY) > 0
                || quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw new BusinessException("parts", "visit.error.partQuantity", line, text);
        }
        this.name = text;
        this.quantity = plain(quantity);
    }

    /** Without trailing zeros, as people write it: 2.5, 20 — the column keeps three decimals. */
    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getQuantity() {
        return plain(quantity);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartUsed part && name.equals(part.name) && quantity.compareTo(part.quantity) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, plain(quantity));
    }

    @Override
    public String toString() {
        return name + " × " + plain(quantity).toPlainString();
    }
}
