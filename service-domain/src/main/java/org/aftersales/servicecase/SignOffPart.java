package org.aftersales.servicecase;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Sign-off & after-service of a case (R-S8, R-S9): the service report and its amendments, the dispatch ticket and the
 * assessment live in their own rows; this row holds the part's version, which the acts on them force-increment.
 */
@Entity
@Table(name = "service_case_sign_off")
public class SignOffPart extends CasePart {

    protected SignOffPart() {}

    SignOffPart(ServiceCase serviceCase) {
        super(serviceCase);
    }

    @Override
    public Kind kind() {
        return Kind.SIGN_OFF;
    }
}
