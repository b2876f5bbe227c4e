package org.aftersales.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.field.EngineerDay.Assignment;
import org.aftersales.knowledge.ArticleKind;
import org.aftersales.knowledge.KnowledgeArticle;
import org.aftersales.project.EquipmentFixtures;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.CaseIntake;
import org.aftersales.servicecase.CaseType;
import org.aftersales.servicecase.Channel;
import org.aftersales.servicecase.ClockKind;
import org.aftersales.servicecase.ClockState;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engineer's day (issue 16, "Today") against the migrated schema (H2). "Now" is 2026-03-10 10:00 Shanghai; P-EAST
 * is covered by a maintenance contract, so its cases may be dispatched (R-S6).
 */
class EngineerDayServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private final Clock clock = Clock.fixed(NOW, SHANGHAI);
    private TestDatabase database;
    private Project plant;
    private AppUser li;
    private AppUser zhao;
    private EquipmentItem blower;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("engineerday");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        CaseFixtures.coveredByContract(database, plant);
        li = database.saved(new AppUser("engineer", "李工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        zhao = database.saved(new AppUser("engineer2", "赵工", "hash", Set.of(Role.AFTER_SALES_ENGINEER)));
        blower = EquipmentFixtures.item(database, plant, "B-101", "鼓风机");
        database.inTransaction(() -> {
            EquipmentItem item = database.em().find(EquipmentItem.class, blower.getId());
            item.describe("B-101", "鼓风机", "HV-TURBO 200", null, "某风机厂");
            OwnerContact operator = new OwnerContact(database.em().find(Project.class, plant.getId()), "钱班长");
            operator.changeContactDetails("138 0000 1111", null);
            database.em().persist(operator);
            OwnerContact manager = new OwnerContact(database.em().find(Project.class, plant.getId()), "孙厂长");
            manager.changeContactDetails("139-0000-2222", null);
            manager.grantSignOffAuthority();
            database.em().persist(manager);
            KnowledgeArticle article = new KnowledgeArticle(ArticleKind.REPAIR_CASE, "鼓风机轴承过热的处理", "轴承温度高");
            article.write(ArticleKind.REPAIR_CASE, "鼓风机轴承过热的处理", "轴承温度高", "润滑脂老化", "更换润滑脂");
            article.classify("鼓风机", "hv-turbo 200", null);
            article.submit(NOW, "engineer");
            database.em().persist(article);
            KnowledgeArticle draft = new KnowledgeArticle(ArticleKind.REPAIR_CASE, "草稿：鼓风机喘振", "风量波动");
            draft.classify("鼓风机", "HV-TURBO 200", null);
            database.em().persist(draft);
            KnowledgeArticle other = new KnowledgeArticle(ArticleKind.REPAIR_CASE, "格栅机卡阻", "耙齿卡死");
            other.classify("格栅机", "GS-1", null);
            database.em().persist(other);
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static Caller as(Role role) {
        return new TestCaller(null, role);
    }

    private static Caller engineer(String username) {
        return new TestCaller(null, Role.AFTER_SALES_ENGINEER) {
            @Override
            public String username() {
                return username;
            }
        };
    }

    private EngineerDay dayOf(Caller caller) {
        EngineerDayService service = new EngineerDayService();
        service.em = database.em();
        service.caller = caller;
        service.clock = clock;
        service.config = CaseFixtures.config(SHANGHAI);
        database.em().clear();
        return database.inTransaction(service::mine);
    }

    private ServiceCase call(Instant receivedAt, Long itemId, String description) {
        ServiceCaseService cases = CaseFixtures.caseService(
                database.em(), as(Role.AFTER_SALES_SPECIALIST), Clock.fixed(receivedAt, SHANGHAI));
        return database.inTransaction(() -> cases.register(new CaseIntake(
                plant.getId(),
                itemId,
                Channel.PHONE,
                CaseType.SERVICE_REQUEST,
                "王工",
                receivedAt,
                description,
                false,
                false)));
    }

    /** A case confirmed on site and dispatched (proposed and approved) to {@code engineer} for [from, to). */
    private ServiceCase dispatched(AppUser engineer, Long itemId, String description, Instant from, Instant to) {
        ServiceCase registered = call(NOW.minus(Duration.ofHours(1)), itemId, description);
        ServiceCaseService cases = CaseFixtures.caseService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock);
        database.inTransaction(() -> cases.confirmOnSiteNeeded(registered.getId(), NOW, null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.AFTER_SALES_SPECIALIST), clock)
                .propose(registered.getId(), List.of(engineer.getId()), from, to, null, null));
        return database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                .approve(registered.getId(), null, null, null));
    }

    @Test
    @DisplayName(
            "issue 16 Today: the engineer's approved dispatches in visit order, another engineer's not, each with its"
                    + " running arrival clock, the owner's people (who may sign first) and the site")
    void myDispatchesInOrder() {
        ServiceCase later = dispatched(
                li, null, "2号泵振动大", Instant.parse("2026-03-11T00:00:00Z"), Instant.parse("2026-03-11T08:00:00Z"));
        ServiceCase sooner = dispatched(
                li, null, "加药泵不出药", Instant.parse("2026-03-10T05:00:00Z"), Instant.parse("2026-03-10T09:00:00Z"));
        dispatched(zhao, null, "格栅机卡阻", Instant.parse("2026-03-10T03:00:00Z"), Instant.parse("2026-03-10T06:00:00Z"));

        EngineerDay day = dayOf(engineer("engineer"));

        assertThat(day.assignments())
                .extracting(Assignment::caseNumber)
                .containsExactly(sooner.getNumber(), later.getNumber());
        Assignment first = day.assignments().get(0);
        assertThat(first.visitAt()).isEqualTo(Instant.parse("2026-03-10T05:00:00Z"));
        assertThat(first.agreed()).isFalse();
        assertThat(first.projectCode()).isEqualTo("P-EAST");
        assertThat(first.clock().kind()).isEqualTo(ClockKind.ON_SITE_ARRIVAL);
        assertThat(first.clock().state()).isEqualTo(ClockState.RUNNING);
        assertThat(first.clock().dueAt()).isAfter(NOW);
        assertThat(first.contacts())
                .extracting(EngineerDay.Contact::name, EngineerDay.Contact::signOff)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("孙厂长", true),
                        org.assertj.core.groups.Tuple.tuple("钱班长", false));
        assertThat(first.equipment()).isNull();
        assertThat(dayOf(engineer("engineer2")).assignments()).hasSize(1);
    }

    @Test
    @DisplayName(
            "issue 16 Today: the equipment's earlier cases, newest first without the case itself, and the repair cases"
                    + " written for its model (any case of letters), not drafts nor other models'")
    void equipmentHistoryAndArticles() {
        ServiceCase older = call(NOW.minus(Duration.ofDays(30)), blower.getId(), "鼓风机异响");
        ServiceCase newer = call(NOW.minus(Duration.ofDays(3)), blower.getId(), "鼓风机轴承温度高");
        ServiceCase current = dispatched(
                li,
                blower.getId(),
                "鼓风机跳闸",
                Instant.parse("2026-03-10T05:00:00Z"),
                Instant.parse("2026-03-10T09:00:00Z"));

        Assignment assignment = dayOf(engineer("engineer")).assignments().get(0);

        assertThat(assignment.caseNumber()).isEqualTo(current.getNumber());
        assertThat(assignment.equipment().model()).isEqualTo("HV-TURBO 200");
        assertThat(assignment.history())
                .extracting(EngineerDay.PastCase::number)
                .containsExactly(newer.getNumber(), older.getNumber());
        assertThat(assignment.articles()).extracting(EngineerDay.Article::title).containsExactly("鼓风机轴承过热的处理");
    }

    @Test
    @DisplayName("issue 16 Today: a dispatch that ended before today is not shown; the page needs the case view right")
    void endedAndRefused() {
        dispatched(li, null, "昨天的派遣", Instant.parse("2026-03-09T01:00:00Z"), Instant.parse("2026-03-09T08:00:00Z"));

        assertThat(dayOf(engineer("engineer")).assignments()).isEmpty();
        assertThatThrownBy(() -> dayOf(as(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    private Assignment card(String username, ServiceCase serviceCase) {
        return dayOf(engineer(username)).assignments().stream()
                .filter(a -> a.caseId() == serviceCase.getId())
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "issue 16 phone, on-site buttons: each card offers only the act the case allows next — 到达现场 once the visit"
                    + " is agreed and until recorded, then 已确认安全规定 to each dispatched engineer who has not (naming"
                    + " who is still to), then 工作完成 once all have — 等待备件/等待业主 while on site —, then nothing")
    void nextActs() {
        ServiceCase sent = call(NOW.minus(Duration.ofHours(1)), null, "2号泵振动大");
        long id = sent.getId();
        Caller specialist = as(Role.AFTER_SALES_SPECIALIST);
        database.inTransaction(
                () -> CaseFixtures.caseService(database.em(), specialist, clock).confirmOnSiteNeeded(id, NOW, null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), specialist, clock)
                .propose(
                        id,
                        List.of(li.getId(), zhao.getId()),
                        Instant.parse("2026-03-10T03:00:00Z"),
                        Instant.parse("2026-03-10T09:00:00Z"),
                        null,
                        null));
        database.inTransaction(() -> CaseFixtures.dispatchService(database.em(), as(Role.DIVISION_LEADER), clock)
                .approve(id, null, null, null));
        Caller me = engineer("engineer");
        Caller other = engineer("engineer2");

        assertThat(card("engineer", sent).next()).as("visit not agreed yet").isEmpty();
        database.inTransaction(() -> CaseFixtures.onSiteService(database.em(), me, clock)
                .agreeVisit(id, Instant.parse("2026-03-10T04:00:00Z"), "业主停泵断电", null, null));
        assertThat(card("engineer", sent).next()).containsExactly(FieldAct.ARRIVE);

        database.inTransaction(
                () -> CaseFixtures.caseService(database.em(), me, clock).recordArrival(id, null, null));
        assertThat(card("engineer", sent).next()).containsExactly(FieldAct.ACKNOWLEDGE_SAFETY, FieldAct.INTERRUPT_WORK);
        assertThat(card("engineer2", sent).next())
                .containsExactly(FieldAct.ACKNOWLEDGE_SAFETY, FieldAct.INTERRUPT_WORK);

        database.inTransaction(
                () -> CaseFixtures.onSiteService(database.em(), me, clock).acknowledgeSafety(id, null, null));
        Assignment waiting = card("engineer", sent);
        assertThat(waiting.next()).as("engineer2 has still to acknowledge").containsExactly(FieldAct.INTERRUPT_WORK);
        assertThat(waiting.safetyPending()).isEqualTo("赵工");
        assertThat(card("engineer2", sent).next())
                .containsExactly(FieldAct.ACKNOWLEDGE_SAFETY, FieldAct.INTERRUPT_WORK);

        database.inTransaction(
                () -> CaseFixtures.onSiteService(database.em(), other, clock).acknowledgeSafety(id, null, null));
        assertThat(card("engineer", sent).next()).containsExactly(FieldAct.RECORD_WORK_DONE, FieldAct.INTERRUPT_WORK);
        assertThat(card("engineer", sent).safetyPending()).isEmpty();

        database.inTransaction(() -> CaseFixtures.onSiteService(database.em(), me, clock)
                .recordWorkDone(id, "清理叶轮缠绕物", List.of(), "恢复正常", null, null));
        Assignment done = card("engineer", sent);
        assertThat(done.next()).isEmpty();
        assertThat(done.status()).isEqualTo(org.aftersales.servicecase.CaseStatus.WORK_DONE);
    }
}
