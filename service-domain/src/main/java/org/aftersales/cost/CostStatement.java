package org.aftersales.cost;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.shared.Money;

/**
 * The after-sales cost statistics of one case (售后服务费统计表, R-S12): its cost lines, oldest first, the total of
 * every category — zero where none was booked — and the grand total.
 */
public record CostStatement(long caseId, String caseNumber, List<ServiceCost> lines) {

    public CostStatement {
        lines = List.copyOf(lines);
    }

    /** Every category, in the order of {@link CostCategory}, with its total. */
    public Map<CostCategory, Money> totalsByCategory() {
        Map<CostCategory, Money> totals = new EnumMap<>(CostCategory.class);
        Arrays.stream(CostCategory.values()).forEach(category -> totals.put(category, Money.ZERO));
        lines.forEach(line -> totals.merge(line.getCategory(), line.getAmount(), Money::plus));
        return Collections.unmodifiableMap(totals);
    }

    public Money total() {
        return lines.stream().map(ServiceCost::getAmount).reduce(Money.ZERO, Money::plus);
    }
}
