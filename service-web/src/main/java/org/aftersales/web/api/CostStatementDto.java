package org.aftersales.web.api;

import java.util.List;
import java.util.Map;
import org.aftersales.cost.CostStatement;

/** GET /api/cases/{id}/costs: the case's cost lines, the total of every category (zero where none) and the total. */
public class CostStatementDto {
    public long caseId;
    public String caseNumber;
    public List<CostDto> items;
    public List<CategoryTotalDto> totals;
    public String total;

    public static class CategoryTotalDto {
        public String category;
        public String amount;
    }

    static CostStatementDto of(CostStatement statement, Map<String, String> names) {
        CostStatementDto dto = new CostStatementDto();
        dto.caseId = statement.caseId();
        dto.caseNumber = statement.caseNumber();
        dto.items =
                statement.lines().stream().map(cost -> CostDto.of(cost, names)).toList();
        dto.totals = statement.totalsByCategory().entrySet().stream()
                .map(entry -> {
                    CategoryTotalDto total = new CategoryTotalDto();
                    total.category = entry.getKey().name();
                    total.amount = entry.getValue().toString();
                    return total;
                })
                .toList();
        dto.total = statement.total().toString();
        return dto;
    }
}
