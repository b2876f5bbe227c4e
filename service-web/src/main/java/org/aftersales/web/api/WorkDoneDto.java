package org.aftersales.web.api;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.List;

/** The body of POST /api/cases/{id}/work-done (R-S7): the work, the parts used and the result. */
public class WorkDoneDto {
    public String at;
    /** Why an act claimed longer ago than the policy's late-entry bound (24 h) is entered only now; required then. */
    public String lateReason;

    @MultiLine
    public String work;

    public List<PartDto> parts;

    @MultiLine
    public String result;

    /** One part used: name and quantity (a number, decimals allowed). */
    public static class PartDto {
        public String name;

        @Digits(integer = 9, fraction = 3) // on_site_visit_part.quantity DECIMAL(12,3)
        public BigDecimal quantity;
    }
}
