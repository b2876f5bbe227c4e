package org.aftersales.costplan;

import org.aftersales.cost.CostCategory;
import org.aftersales.shared.Money;

/** One line as the specialist enters it: the category, the planned amount (zero for none) and a note. */
public record CostPlanLineInput(CostCategory category, Money planned, String note) {}
