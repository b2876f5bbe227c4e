package org.aftersales.servicecase;

/**
 * Who signs or stamps the service report on the owner's side (主管人, 第三章2(3); R-S8): the owner's project manager,
 * the owner's operations supervisor, the project department's manager, or another person with a stated title.
 */
public enum SignerRole {
    OWNER_PROJECT_MANAGER,
    OWNER_OPERATIONS_SUPERVISOR,
    PROJECT_DEPARTMENT_MANAGER,
    /** Anyone else the owner names: their title must be stated. */
    OTHER;

    /** Whether the signer's title must be written down because the role alone does not say it. */
    public boolean needsTitle() {
        return this == OTHER;
    }
}
