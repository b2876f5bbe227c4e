package org.aftersales.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scale issue 14 on the two retention registers: a walk by the seek cursor ({@code after} → {@code next}) gives the
 * same rows in the same order as the offset pages of the default order, and a cursor of another list is refused.
 */
class RegisterListTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;
    private RetentionService engineering;
    private RetentionService finance;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("registers");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        List<Subcontractor> firms = new ArrayList<>();
        for (String name : List.of("磁悬浮风机厂", "自控系统集成商", "膜组件供应商")) {
            firms.add(database.saved(new Subcontractor(name, SubcontractorKind.EQUIPMENT_SUPPLIER)));
        }
        engineering = service(Role.ENGINEERING);
        finance = service(Role.FINANCE);
        // Codes not in the order the projects were made, so that the code order is not the id order.
        List<String> codes = List.of("WTP-C", "WTP-A", "WTP-E", "WTP-B", "WTP-D");
        for (int i = 0; i < codes.size(); i++) {
            Project project = ProjectFixtures.projectInWarranty(database, codes.get(i), east);
            int held = i;
            // Each project holds from one to three firms; ids within a project in the order they are held.
            for (int f = 0; f <= i % 3; f++) {
                Subcontractor firm = firms.get((f + i) % firms.size());
                database.inTransaction(() -> engineering.holdFromSubcontractor(
                        project.getId(), firm.getId(), Money.of("1000." + held + "0"), null, null));
            }
            // Due dates: three projects alike (ties broken by id), two later.
            Integer months = i % 2 == 0 ? null : Integer.valueOf(24);
            database.inTransaction(() -> finance.recordProjectRetention(project.getId(), Money.of("50000.00"), months));
        }
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private RetentionService service(Role role) {
        RetentionService service = new RetentionService();
        service.em = database.em();
        service.caller = new TestCaller(null, role);
        service.projects = ProjectFixtures.projectService(database.em(), service.caller);
        service.clock = CLOCK;
        service.changeLog = new ChangeLog(service.em, CLOCK);
        service.holidays =
                org.aftersales.policy.PolicyFixturesCalendar.holidayCalendarService(database.em(), service.caller);
        return service;
    }

    @Test
    @DisplayName("R-C4 issue 14: the subcontractor register walked by its cursor, two rows a page, is its offset order"
            + " (project code, then id) without gaps or repeats; each page has a next but the last")
    void subcontractorRegisterCursorIsOffsetOrder() {
        List<Long> byOffset = database.inTransaction(() -> ids(engineering
                .listSubcontractorRetentions(null, new PageRequest(0, 100, null, true))
                .items()));
        assertThat(byOffset).hasSize(1 + 2 + 3 + 1 + 2);
        List<String> codes = database.inTransaction(() ->
                engineering.listSubcontractorRetentions(null, new PageRequest(0, 100, null, true)).items().stream()
                        .map(r -> r.getProject().getCode())
                        .toList());
        assertThat(codes).isSorted();

        assertThat(walk(after ->
                        engineering.listSubcontractorRetentions(null, new PageRequest(0, 2, null, true), after)))
                .containsExactlyElementsOf(byOffset);
        assertThat(offsetPages(size -> offset ->
                        engineering.listSubcontractorRetentions(null, new PageRequest(offset, size, null, true))))
                .containsExactlyElementsOf(byOffset);
    }

    @Test
    @DisplayName("R-C5 issue 14: the project register walked by its cursor, two rows a page, is its offset order (due"
            + " date, then id, ties included) without gaps or repeats")
    void projectRegisterCursorIsOffsetOrder() {
        List<ProjectRetention> all =
                database.inTransaction(() -> finance.listProjectRetentions(null, new PageRequest(0, 100, null, true))
                        .items());
        assertThat(all).hasSize(5);
        assertThat(all).extracting(ProjectRetention::getDueDate).isSorted();
        List<Long> byOffset = ids(all);

        assertThat(walk(after -> finance.listProjectRetentions(null, new PageRequest(0, 2, null, true), after)))
                .containsExactlyElementsOf(byOffset);
        assertThat(offsetPages(size ->
                        offset -> finance.listProjectRetentions(null, new PageRequest(offset, size, null, true))))
                .containsExactlyElementsOf(byOffset);
    }

    @Test
    @DisplayName("R-C4 R-C5 issue 14: an offset page counts exactly below the cap and offers a next; a cursor page"
            + " counts nothing")
    void countsAndNext() {
        Page<SubcontractorRetention> first = database.inTransaction(
                () -> engineering.listSubcontractorRetentions(null, new PageRequest(0, 4, null, true)));
        assertThat(first.total()).isEqualTo(9);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.next()).isNotNull();
        Page<SubcontractorRetention> second = database.inTransaction(
                () -> engineering.listSubcontractorRetentions(null, new PageRequest(0, 4, null, true), first.next()));
        assertThat(second.items()).hasSize(4);
        assertThat(second.totalExact()).isFalse();
        assertThat(second.total()).isZero();
    }

    @Test
    @DisplayName("R-C4 R-C5 issue 14: a cursor of the other register or of another project filter is refused on"
            + " \"after\" as a mismatch, a garbled one as malformed")
    void foreignCursorRefused() {
        String subcontractorNext = database.inTransaction(() -> engineering
                .listSubcontractorRetentions(null, new PageRequest(0, 2, null, true))
                .next());
        assertThatThrownBy(() -> database.inTransaction(() ->
                        finance.listProjectRetentions(null, new PageRequest(0, 2, null, true), subcontractorNext)))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.getField()).isEqualTo("after");
                    assertThat(refused.getMessageKey()).isEqualTo("list.error.cursorMismatch");
                });
        long someProject = database.inTransaction(() -> engineering
                .listSubcontractorRetentions(null, new PageRequest(0, 1, null, true))
                .items()
                .get(0)
                .getProject()
                .getId());
        assertThatThrownBy(() -> database.inTransaction(() -> engineering.listSubcontractorRetentions(
                        someProject, new PageRequest(0, 2, null, true), subcontractorNext)))
                .hasMessage("list.error.cursorMismatch");
        assertThatThrownBy(() -> database.inTransaction(() -> engineering.listSubcontractorRetentions(
                        null, new PageRequest(0, 2, null, true), "not-a-cursor")))
                .hasMessage("list.error.cursorMalformed");
    }

    @Test
    @DisplayName("R-C4 issue 14: a retention's ledger movements, a list of their own, walked by their cursor are the"
            + " offset order (entry order) and the retention's single read; another retention's cursor is refused")
    void movementsCursorIsOffsetOrder() {
        SubcontractorRetention retention = database.inTransaction(() -> engineering
                .listSubcontractorRetentions(null, new PageRequest(0, 1, null, true))
                .items()
                .get(0));
        long id = retention.getId();
        for (int i = 1; i <= 4; i++) {
            Money amount = Money.of(i + ".00");
            database.inTransaction(() -> engineering.release(id, amount, null));
        }
        List<Long> single = database.inTransaction(
                () -> ids(engineering.findSubcontractorRetention(id).getEntries()));
        assertThat(single).hasSize(5).isSorted();

        Page<RetentionEntry> first = database.inTransaction(
                () -> engineering.subcontractorRetentionEntries(id, new PageRequest(0, 2, null, true), null));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalExact()).isTrue();
        assertThat(walk(after ->
                        engineering.subcontractorRetentionEntries(id, new PageRequest(0, 2, null, true), after)))
                .containsExactlyElementsOf(single);
        assertThat(offsetPages(size -> offset ->
                        engineering.subcontractorRetentionEntries(id, new PageRequest(offset, size, null, true), null)))
                .containsExactlyElementsOf(single);

        long other = database.inTransaction(() -> engineering
                .listSubcontractorRetentions(null, new PageRequest(1, 1, null, true))
                .items()
                .get(0)
                .getId());
        assertThatThrownBy(() -> database.inTransaction(() -> engineering.subcontractorRetentionEntries(
                        other, new PageRequest(0, 2, null, true), first.next())))
                .hasMessage("list.error.cursorMismatch");
        assertThatThrownBy(() -> database.inTransaction(() ->
                        engineering.subcontractorRetentionEntries(id, new PageRequest(0, 2, null, true), "garbled")))
                .hasMessage("list.error.cursorMalformed");
    }

    private <T extends BaseEntity> List<Long> walk(Function<String, Page<T>> page) {
        List<Long> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 20; pages++) {
            String cursor = after;
            Page<T> found = database.inTransaction(() -> page.apply(cursor));
            ids.addAll(ids(found.items()));
            if (found.next() == null) {
                return ids;
            }
            after = found.next();
        }
        throw new AssertionError("the cursor did not reach the end in 20 pages: " + ids);
    }

    private <T extends BaseEntity> List<Long> offsetPages(Function<Integer, Function<Integer, Page<T>>> pageOfSize) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 2) {
            int from = offset;
            List<T> items =
                    database.inTransaction(() -> pageOfSize.apply(2).apply(from).items());
            if (items.isEmpty()) {
                return ids;
            }
            ids.addAll(ids(items));
        }
    }

    private static List<Long> ids(List<? extends BaseEntity> items) {
        return items.stream().map(BaseEntity::getId).toList();
    }
}
