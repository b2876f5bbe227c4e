package org.aftersales.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.aftersales.persistence.DatabaseReady;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.CurrentUser;
import org.aftersales.shared.Money;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.staff.UserAccountService;

/**
 * Demo mode ({@code aftersales.demo=true}): on the first start against an empty database, seeds departments, one
 * login per role (user name = password, listed in the README) and projects spread over every phase, dated
 * relative to today so that the phases stay true. A later start finds the users and leaves everything alone, so
 * what was entered is kept. Outside demo mode nothing is seeded and no default password exists.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    AftersalesConfig config;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccountService accounts;

    @Inject
    Clock clock;

    @Inject
    DemoData self;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        if (config.demo()) {
            CurrentUser.runAs("demo", self::seedIfEmpty);
        }
    }

    @Transactional
    public void seedIfEmpty() {
        long users = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
        if (users > 0) {
            LOG.info("Demo mode: data already present, nothing seeded");
            return;
        }
        Department engineering = department("工程部", DepartmentKind.ENGINEERING);
        Department design = department("设计部", DepartmentKind.DESIGN);
        Department finance = department("财务部", DepartmentKind.FINANCE);
        Department management = department("总经理办公室", DepartmentKind.MANAGEMENT);
        Department projectOne = department("项目一部", DepartmentKind.PROJECT);
        Department projectTwo = department("项目二部", DepartmentKind.PROJECT);

        user("specialist", "王售后（售后服务专责）", engineering, Role.AFTER_SALES_SPECIALIST);
        user("engineer", "李工（售后服务人员）", engineering, Role.AFTER_SALES_ENGINEER);
        user("engineer2", "赵工（售后服务人员）", engineering, Role.AFTER_SALES_ENGINEER);
        user("leader", "张分管（分管领导）", management, Role.DIVISION_LEADER);
        user("gm", "陈总（总经理）", management, Role.GENERAL_MANAGER);
        user("engineering", "刘工程（工程部）", engineering, Role.ENGINEERING);
        user("design", "孙设计（设计部）", design, Role.DESIGN);
        user("project", "周项目（项目一部）", projectOne, Role.PROJECT_DEPT);
        user("project2", "吴项目（项目二部）", projectTwo, Role.PROJECT_DEPT);
        user("finance", "郑财务（财务部）", finance, Role.FINANCE);
        user("admin", "系统管理员", management, Role.ADMIN);
        user("erp", "ERP 接口", null, Role.INTEGRATION);

        LocalDate today = LocalDate.now(clock);
        project("WTP-2023-001", "城东污水处理厂一期工程", "城东水务有限公司", "江苏省南通市城东区", projectOne,
                today.minusYears(3), today.minusYears(3).plusMonths(2), "86500000.00");
        project("WTP-2024-002", "滨江再生水厂提标改造工程", "滨江市排水管理处", "浙江省滨江市滨江大道 88 号", projectOne,
                today.minusMonths(15), today.minusMonths(13), "42800000.00");
        project("WTP-2025-003", "高新区工业废水处理站", "高新区开发投资集团", "安徽省合肥市高新区", projectTwo,
                today.minusMonths(8), today.minusMonths(6), "23650000.00");
        project("WTP-2025-004", "北湖净水厂扩建工程", "北湖自来水公司", "湖北省武汉市北湖", projectTwo,
                today.minusMonths(4), today.minusMonths(1), "57300000.00");
        project("WTP-2026-005", "南山污泥处理中心", "南山环境科技有限公司", "广东省深圳市南山区", projectOne,
                today.minusMonths(2), null, "31200000.00");
        project("WTP-2026-006", "西溪农村污水一体化项目", "西溪镇人民政府", "浙江省杭州市西溪镇", projectTwo,
                today.minusDays(10), null, "8900000.00");
        project("WTP-2026-007", "临港工业园污水处理厂二期", "临港工业园管委会", "上海市临港新片区", projectOne,
                null, null, "64100000.00");
        project("WTP-2027-008", "东湖水厂深度处理工程", "东湖供水集团", "江西省南昌市东湖区", projectTwo,
                today.plusMonths(3), null, "38700000.00");
        LOG.info("Demo mode: seeded departments, 12 users and 8 projects");
    }

    private Department department(String name, DepartmentKind kind) {
        Department department = new Department(name, kind);
        em.persist(department);
        return department;
    }

    private void user(String username, String displayName, Department department, Role role) {
        AppUser user = new AppUser(username, displayName, accounts.hashOf(username.toCharArray()), EnumSet.of(role));
        user.assignDepartment(department);
        em.persist(user);
    }

    private void project(String code, String name, String ownerName, String site, Department department,
            LocalDate provisional, LocalDate formal, String price) {
        Owner owner = new Owner(ownerName);
        em.persist(owner);
        Project project = new Project(code, name, owner, 12);
        project.describe(name, owner, site);
        project.recordContract("HT-" + code.substring(4), Money.of(price));
        project.recordHandover(new HandoverDates(provisional, formal, null, 12));
        project.assignResponsibility(department, "调试负责人 " + code.substring(code.length() - 1));
        em.persist(project);
    }

}
