package org.aftersales.costplan;

import org.aftersales.cost.CostCategory;
import org.aftersales.shared.Money;

/** A supplemental cost request as written (R-C2): reason, category, amount and the written justification. */
public record SupplementInput(CostCategory category, Money amount, String reason, String justification) {}
