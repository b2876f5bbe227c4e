package org.aftersales.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Set;
import org.aftersales.shared.BaseEntity;
import org.aftersales.staff.Role;

/**
 * Who registered a quality cost. The regulation names one registrant: "由售后服务部登记备案" — after-sales (R-C4,
 * 第四章第二条6). A person of after-sales registers in their own name. The ERP's system account may register too, but
 * only for after-sales, whose register it feeds: the record keeps both the account that sent the cost and that it
 * acted on after-sales' behalf, so that nobody reads an ERP entry as a person's judgement, and the Engineering
 * Department, which confirms it, knows where it came from.
 */
@Embeddable
public class Registrant {

    @Column(name = "registered_by", nullable = false, updatable = false, length = BaseEntity.USER_NAME_LENGTH)
    private String username;

    @Column(name = "on_behalf_of_after_sales", nullable = false, updatable = false)
    private boolean onBehalfOfAfterSales;

    protected Registrant() {}

    private Registrant(String username, boolean onBehalfOfAfterSales) {
        this.username = Objects.requireNonNull(username, "username");
        this.onBehalfOfAfterSales = onBehalfOfAfterSales;
    }

    /**
     * The registrant as whom {@code username} with {@code roles} registers: in their own name when they belong to
     * after-sales, else — the system account the permission table lets register — on after-sales' behalf.
     */
    public static Registrant of(String username, Set<Role> roles) {
        boolean afterSales = roles.contains(Role.AFTER_SALES_SPECIALIST) || roles.contains(Role.AFTER_SALES_ENGINEER);
        return new Registrant(username, !afterSales);
    }

    /** The login that registered the cost: a person of after-sales, or the system account ({@code erp}). */
    public String getUsername() {
        return username;
    }

    /** True when a system account (the ERP) registered the cost for after-sales, not a person of after-sales. */
    public boolean isOnBehalfOfAfterSales() {
        return onBehalfOfAfterSales;
    }
}
