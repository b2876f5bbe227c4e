package org.aftersales.staff;

import static org.aftersales.staff.Role.ADMIN;
import static org.aftersales.staff.Role.AFTER_SALES_ENGINEER;
import static org.aftersales.staff.Role.AFTER_SALES_SPECIALIST;
import static org.aftersales.staff.Role.DESIGN;
import static org.aftersales.staff.Role.DIVISION_LEADER;
import static org.aftersales.staff.Role.ENGINEERING;
import static org.aftersales.staff.Role.FINANCE;
import static org.aftersales.staff.Role.GENERAL_MANAGER;
import static org.aftersales.staff.Role.INTEGRATION;
import static org.aftersales.staff.Role.PROJECT_DEPT;

import java.util.EnumSet;
import java.util.Set;

/**
 * What each role may do (R-O1), in one place. Services check it before acting, pages use it to show only the
 * menus and buttons a role may use — and because the service checks too, an ajax call behind a hidden button is
 * refused all the same.
 */
public enum Permission {
    PROJECT_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    /** Projects, owners, contacts, equipment items: the specialist, Engineering, the project department (own only). */
    PROJECT_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, PROJECT_DEPT, INTEGRATION),
    /**
     * R-F2, R-F3: the owner follow-up planner and the return visits; dashboards show them to leadership (a project
     * department sees only its own projects').
     */
    FOLLOW_UP_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            PROJECT_DEPT,
            INTEGRATION),
    /**
     * R-F2: after-sales contacts the owner every two weeks (第四章第二条3) — the specialist and the engineers, and the
     * project department for its own projects; the same roles record an owner's decline of follow-ups.
     */
    FOLLOW_UP_LOG(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, PROJECT_DEPT, INTEGRATION),
    /** R-F3: return visits are arranged by the project department (own projects), with the after-sales specialist. */
    RETURN_VISIT_EDIT(PROJECT_DEPT, AFTER_SALES_SPECIALIST),
    SUBCONTRACTOR_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    SUBCONTRACTOR_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, PROJECT_DEPT, INTEGRATION),
    CONTRACT_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    CONTRACT_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, INTEGRATION),
    POLICY_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE),
    /** R-O2: the Engineering Department proposes, the GM office meeting approves (reference recorded). */
    POLICY_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, GENERAL_MANAGER),
    /** Service cases (R-S1 … R-S12): every portal role sees them (a project department only its own projects'). */
    CASE_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    /** R-S1: calls come in to after-sales and to the project departments (第四章第四条2). */
    CASE_REGISTER(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, PROJECT_DEPT, INTEGRATION),
    /** Reply, leader report, on-site confirmation, arrival, pausing the arrival clock, closing and cancelling. */
    CASE_WORK(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, INTEGRATION),
    /**
     * R-L5: the same acts, for the departments that carry out the work of a case's phase (具体实施) — the project
     * department on its own projects' construction-phase calls and handover defects, Design and Engineering on
     * warranty defects. Record-level: whether a case is one of theirs is {@code servicecase.CaseWork}'s to say.
     */
    CASE_WORK_BY_PHASE(PROJECT_DEPT, ENGINEERING, DESIGN),
    /** R-L3: changing the automatic class, with a reason. */
    CASE_CLASSIFY_OVERRIDE(AFTER_SALES_SPECIALIST, DIVISION_LEADER),
    /**
     * R-S6: the after-sales specialist proposes whom to send (人员调配建议). Not INTEGRATION: the proposal is the
     * specialist's own judgement and the record names them; the specialist may use the API with their own login.
     */
    DISPATCH_PROPOSE(AFTER_SALES_SPECIALIST),
    /**
     * R-S6: the division leader or the general manager decides whether to dispatch and whom. Not INTEGRATION: a system
     * account that could approve what it proposed would dispatch with no leader having decided.
     */
    DISPATCH_APPROVE(DIVISION_LEADER, GENERAL_MANAGER),
    /** R-S12: the engineer records the service's costs by category and the trip report. */
    COST_RECORD(AFTER_SALES_ENGINEER, AFTER_SALES_SPECIALIST, INTEGRATION),
    /**
     * R-C6: the after-sales specialist makes (and revises) the quotation of a paid service and records the owner's
     * acceptance; the ERP may send a quotation priced there.
     */
    QUOTATION_EDIT(AFTER_SALES_SPECIALIST, INTEGRATION),
    /** R-C6: settlement, invoice and payment of paid service: Finance issues and collects, the specialist settles. */
    PAID_SERVICE_BILLING(AFTER_SALES_SPECIALIST, FINANCE, INTEGRATION),
    /**
     * R-C7: the company's expense standards (daily allowance, accommodation per city tier, travel class, labour rate)
     * are set by Finance and the general manager.
     */
    EXPENSE_STANDARD_EDIT(FINANCE, GENERAL_MANAGER),
    /** R-C7: costs outside the expense standards, flagged for the supervisor (主管领导) and those who follow costs. */
    EXPENSE_FLAG_VIEW(AFTER_SALES_SPECIALIST, DIVISION_LEADER, GENERAL_MANAGER, FINANCE, INTEGRATION),
    /** R-S12: the company's supervising leader (主管领导) assesses workload, service quality and cost control. */
    CASE_ASSESS(DIVISION_LEADER, GENERAL_MANAGER),
    /** R-C4, R-C5: both retention registers. */
    RETENTION_VIEW(
            AFTER_SALES_SPECIALIST, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING, PROJECT_DEPT, FINANCE, INTEGRATION),
    /** R-C4: recording and releasing what is held from a subcontractor. */
    SUBCONTRACTOR_RETENTION_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, FINANCE, INTEGRATION),
    /**
     * R-C4: costs caused by equipment quality are registered by after-sales (由售后服务部登记备案), then confirmed by
     * Engineering. The ERP may send a cost for after-sales, and the record says so (retention.Registrant).
     */
    QUALITY_COST_REGISTER(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, INTEGRATION),
    /**
     * R-C4: "报工程部相关负责人确认，并由工程部……扣除" — the Engineering Department confirms (or rejects) a registered
     * quality cost, and its confirmation is the only way a deduction reaches the retention. Not INTEGRATION: an account
     * that may register a cost and also confirm it would deduct with no one of Engineering having looked at it.
     */
    QUALITY_COST_CONFIRM(ENGINEERING),
    /** R-C5: the project department with Finance records and collects the company's retention. */
    PROJECT_RETENTION_EDIT(PROJECT_DEPT, FINANCE, INTEGRATION),
    /**
     * R-C1 … R-C3: the project's after-sales cost plan, its supplements and plan vs actual — the roles that see the
     * project's contracts and costs (not Design, which has no part in the cost plan).
     */
    COST_PLAN_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    /**
     * R-C1, R-C2: 第四章第二条5 "售后服务专责负责……完成《售后服务费用计划书》的编制": the specialist drafts and submits the plan
     * and writes the report (报告) of a supplemental cost. Not INTEGRATION: the plan is the specialist's own.
     */
    COST_PLAN_EDIT(AFTER_SALES_SPECIALIST),
    /**
     * R-C1: "经审批后执行" — the regulation names no approver; as for dispatch (第四章第三条3, "由分管领导或总经理确定") the
     * division leader or the general manager approves or rejects.
     */
    COST_PLAN_APPROVE(DIVISION_LEADER, GENERAL_MANAGER),
    /** R-C2: "因特殊原因追加售后服务费的，须提交报告，经特别审批后执行" — the special approval is the general manager's. */
    COST_SUPPLEMENT_APPROVE(GENERAL_MANAGER),
    AUDIT_VIEW(AFTER_SALES_SPECIALIST, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING, ADMIN),
    /** R-K1, R-B4: the document store and the equipment document archive (a project's documents: own projects only). */
    DOCUMENT_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    DOCUMENT_UPLOAD(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, ENGINEERING, DESIGN, PROJECT_DEPT, INTEGRATION),
    /** R-K3: the knowledge base is company-wide reference, read by every portal role. */
    KNOWLEDGE_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    /** R-K3: written summaries of repair cases and design defects come from after-sales, Engineering and Design. */
    KNOWLEDGE_WRITE(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, ENGINEERING, DESIGN, INTEGRATION),
    /** R-K3: the summaries are reported to leadership, which acknowledges them. */
    KNOWLEDGE_ACKNOWLEDGE(DIVISION_LEADER, GENERAL_MANAGER),
    /** Rebuilding the search index from the database on demand. */
    KNOWLEDGE_REINDEX(AFTER_SALES_SPECIALIST, ADMIN),
    /**
     * R-K3 (issue 18): the search vocabulary — Chinese and English names of equipment and faults — is kept by the
     * administrator, and by the specialist who runs the knowledge base.
     */
    KNOWLEDGE_SYNONYM_EDIT(ADMIN, AFTER_SALES_SPECIALIST),
    /** R-K2: company manuals, their versions and the training they require. */
    MANUAL_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            FINANCE,
            INTEGRATION),
    MANUAL_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING, DESIGN),
    /** R-K2: a changed manual is approved promptly by leadership (never by the author of the version). */
    MANUAL_APPROVE(DIVISION_LEADER, GENERAL_MANAGER),
    TRAINING_RECORD(AFTER_SALES_SPECIALIST, ENGINEERING),
    /** R-K4, R-S6: the skills matrix and training history. */
    SKILLS_VIEW(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING),
    SKILLS_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING),
    /** R-B3: satisfaction surveys (a project department sees its own projects' responses only) and scorecards. */
    SURVEY_VIEW(
            AFTER_SALES_SPECIALIST,
            AFTER_SALES_ENGINEER,
            DIVISION_LEADER,
            GENERAL_MANAGER,
            ENGINEERING,
            DESIGN,
            PROJECT_DEPT,
            INTEGRATION),
    SURVEY_TEMPLATE_EDIT(AFTER_SALES_SPECIALIST, ENGINEERING),
    SURVEY_ANSWER(AFTER_SALES_SPECIALIST, AFTER_SALES_ENGINEER, ENGINEERING, PROJECT_DEPT, INTEGRATION),
    SCORECARD_VIEW(AFTER_SALES_SPECIALIST, DIVISION_LEADER, GENERAL_MANAGER, ENGINEERING, DESIGN, INTEGRATION),
    /**
     * R-O3: the monthly report to the general manager (KPIs, workbook, archive) — leadership and the specialist who runs
     * after-sales; company-wide figures, so not the project departments; the ERP may fetch it.
     */
    MONTHLY_REPORT_VIEW(AFTER_SALES_SPECIALIST, DIVISION_LEADER, GENERAL_MANAGER, INTEGRATION),
    /** R-O3: replacing a month's archived report with one generated now — the general manager, for whom it is made. */
    MONTHLY_REPORT_REGENERATE(GENERAL_MANAGER),
    USER_ADMIN(ADMIN),
    /** Issue 17: the change log the ERP reads to catch up ({@code GET /api/events}); the administrator may look too. */
    CHANGE_LOG_READ(INTEGRATION, ADMIN),
    /**
     * Issue 17: the webhook subscriptions that push the change log to the ERP, their delivery log and dead letters —
     * the administrator alone: a subscription sends every event of its kinds to an address of its own choosing.
     */
    WEBHOOK_ADMIN(ADMIN);

    private final Set<Role> roles;

    Permission(Role... roles) {
        this.roles = EnumSet.copyOf(Set.of(roles));
    }

    public boolean grantedTo(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
