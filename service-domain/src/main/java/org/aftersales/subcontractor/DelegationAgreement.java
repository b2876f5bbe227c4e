package org.aftersales.subcontractor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * The after-sales delegation agreement (售后服务委托协议) signed with a contracted subcontractor for one project (R-B2,
 * 第四章4.6): which after-sales work the company may hand to the firm, or do itself at the firm's cost, and for how
 * long. Valid from its first to its last day, both included; an agreement without an end stays valid.
 *
 * <p>The regulation adds that a dispute between the company and a subcontractor must not delay service to the owner:
 * a missing or expired agreement is therefore flagged for after-sales to settle, and never blocks a service case.
 */
@Embeddable
public class DelegationAgreement {

    public static final int NUMBER_LENGTH = 60;
    public static final int SCOPE_LENGTH = 500;

    @Column(name = "agreement_number", length = NUMBER_LENGTH)
    private String number;

    @Column(name = "agreement_scope", length = SCOPE_LENGTH)
    private String scope;

    @Column(name = "agreement_valid_from")
    private LocalDate validFrom;

    @Column(name = "agreement_valid_until")
    private LocalDate validUntil;

    protected DelegationAgreement() {}

    public DelegationAgreement(String number, String scope, LocalDate validFrom, LocalDate validUntil) {
        String strippedNumber = Inputs.stripToNull(number);
        String strippedScope = Inputs.stripToNull(scope);
        if (strippedNumber == null) {
            throw new BusinessException("agreementNumber", "delegationAgreement.error.numberRequired");
        }
        if (strippedNumber.length() > NUMBER_LENGTH) {
            throw new BusinessException("agreementNumber", "delegationAgreement.error.tooLong", NUMBER_LENGTH);
        }
        if (strippedScope == null) {
            throw new BusinessException("agreementScope", "delegationAgreement.error.scopeRequired");
        }
        if (strippedScope.length() > SCOPE_LENGTH) {
            throw new BusinessException("agreementScope", "delegationAgreement.error.tooLong", SCOPE_LENGTH);
        }
        if (validFrom == null) {
            throw new BusinessException("agreementValidFrom", "delegationAgreement.error.validFromRequired");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new BusinessException(
                    "agreementValidUntil", "delegationAgreement.error.validUntilBeforeFrom", validFrom);
        }
        this.number = strippedNumber;
        this.scope = strippedScope;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Whether the agreement covers {@code day}: from its first day up to and including its last. */
    public boolean isValidOn(LocalDate day) {
        return number != null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public String getNumber() {
        return number;
    }

    public String getScope() {
        return scope;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
