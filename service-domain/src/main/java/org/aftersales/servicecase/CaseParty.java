package org.aftersales.servicecase;

/**
 * Who takes part in handling a case (R-L5; 第四章第二条1–4): the parties a {@link Responsibility} names, coded so
 * the pages can translate them. The project department and the commissioning lead are those of the case's project.
 */
public enum CaseParty {
    /** 售后服务专责: the one person in the Engineering Department who runs after-sales for all projects. */
    AFTER_SALES_SPECIALIST,
    /** 售后服务人员: the after-sales engineers. */
    AFTER_SALES_STAFF,
    /** 项目部: the project's own project department. */
    PROJECT_DEPARTMENT,
    /** 工程部. */
    ENGINEERING_DEPARTMENT,
    /** 设计部. */
    DESIGN_DEPARTMENT,
    /** 调试负责人: the project's commissioning lead. */
    COMMISSIONING_LEAD
}
