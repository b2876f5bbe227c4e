package org.aftersales.contract;

/**
 * The two kinds of contract service (合同服务, R-L4): while one is in force, service is free to the owner under the
 * contract, also after the warranty (R-L3).
 */
public enum ServiceContractKind {
    /** 保养合同. */
    MAINTENANCE_CONTRACT,
    /** 技术支持协议. */
    TECHNICAL_SUPPORT_AGREEMENT
}
