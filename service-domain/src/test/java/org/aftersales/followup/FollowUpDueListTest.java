package org.aftersales.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.policy.PolicyChanged;
import org.aftersales.policy.PolicyFixtures;
import org.aftersales.policy.PolicyKey;
import org.aftersales.project.HandoverChanged;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.Project;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
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
 * The follow-up planner read in the order of the stored due date (scale issue 14, R-F2), against the migrated schema
 * (H2): on today it must list exactly what the former computation — the contacts up to the day, every project's date
 * derived in Java and sorted in memory, which a day in the past still uses — lists, in every order and filter; a
 * cursor walk gives the offset order; the stored date follows a logged contact, a handover change and a new period.
 */
class FollowUpDueListTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private TestDatabase database;
    private Department east;
    private Department west;
    private final List<Project> projects = new ArrayList<>();
    private final List<Long> people = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("followupdue");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        for (int i = 0; i < 30; i++) {
            // Handover dates repeat every 12 projects: equal due dates, ordered by code.
            LocalDate provisional = LocalDate.of(2026, 5, 20).plusDays(i % 12 * 3L);
            projects.add(FollowUpFixtures.project(
                    database, String.format("P-%02d", 29 - i), i % 2 == 0 ? east : west, provisional, null));
            people.add(
                    database.saved(new OwnerContact(projects.get(i), "经理 " + i)).getId());
        }
        for (int i = 0; i < 30; i += 3) {
            long id = projects.get(i).getId();
            FollowUpEntry entry = contact(at(LocalDate.of(2026, 6, 23).plusDays(i % 7)), people.get(i), true);
            database.inTransaction(() -> specialist().log(id, entry));
        }
        long attempted = projects.get(4).getId();
        FollowUpEntry attempt = contact(at(LocalDate.of(2026, 6, 28)), people.get(4), false);
        database.inTransaction(() -> specialist().log(attempted, attempt));
        long declined = projects.get(7).getId();
        database.inTransaction(() -> specialist().recordDecline(declined, "第三方运维"));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private FollowUpService service(Caller caller, Instant now) {
        return FollowUpFixtures.followUpService(database.em(), caller, Clock.fixed(now, ZONE));
    }

    private FollowUpService specialist() {
        return service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST), NOW);
    }

    private static Instant at(LocalDate day) {
        return ZonedDateTime.of(day.atTime(10, 0), ZONE).toInstant();
    }

    private static FollowUpEntry contact(Instant at, long person, boolean reached) {
        return reached
                ? new FollowUpEntry(at, person, FollowUpChannel.PHONE, true, EquipmentStatus.RUNNING_NORMALLY, "运行正常")
                : new FollowUpEntry(at, person, FollowUpChannel.PHONE, false, null, "无人接听");
    }

    /** The list on today, read from the stored dates. */
    private Page<FollowUpStatus> stored(Caller caller, FollowUpFilter filter, PageRequest page) {
        return database.inTransaction(() -> service(caller, NOW).due(TODAY, filter, page));
    }

    /** The same day computed as before: asked a day later, today is a day in the past. */
    private Page<FollowUpStatus> computed(Caller caller, FollowUpFilter filter, PageRequest page) {
        return database.inTransaction(
                () -> service(caller, NOW.plusSeconds(86_400)).due(TODAY, filter, page));
    }

    private static List<FollowUpFilter> filters() {
        List<FollowUpFilter> filters = new ArrayList<>();
        for (Set<FollowUpState> states : List.<Set<FollowUpState>>of(
                FollowUpFilter.ACTIONABLE,
                EnumSet.allOf(FollowUpState.class),
                EnumSet.of(FollowUpState.OVERDUE),
                EnumSet.of(FollowUpState.DUE_SOON),
                EnumSet.of(FollowUpState.UPCOMING),
                EnumSet.of(FollowUpState.DECLINED),
                EnumSet.of(FollowUpState.OVERDUE, FollowUpState.UPCOMING),
                EnumSet.of(FollowUpState.DUE_SOON, FollowUpState.UPCOMING, FollowUpState.DECLINED))) {
            filters.add(new FollowUpFilter(null, null, null, states, 7));
        }
        filters.add(new FollowUpFilter(null, null, null, EnumSet.allOf(FollowUpState.class), 0));
        filters.add(new FollowUpFilter(null, null, "test", EnumSet.allOf(FollowUpState.class), 7));
        filters.add(new FollowUpFilter(null, null, "nobody", EnumSet.allOf(FollowUpState.class), 7));
        return filters;
    }

    private void assertSameAsComputed(Caller caller) {
        List<FollowUpFilter> filters = new ArrayList<>(filters());
        filters.add(new FollowUpFilter(null, west.getId(), null, EnumSet.allOf(FollowUpState.class), 7));
        filters.add(new FollowUpFilter(projects.get(2).getId(), null, null, EnumSet.allOf(FollowUpState.class), 7));
        for (FollowUpFilter filter : filters) {
            for (String sort : new String[] {
                null, "dueDate", "daysLeft", "projectCode", "ownerName", "lastReachedAt", "state", "unknown"
            }) {
                for (boolean ascending : new boolean[] {true, false}) {
                    for (int offset : new int[] {0, 5}) {
                        PageRequest page = new PageRequest(offset, 7, sort, ascending);
                        Page<FollowUpStatus> expected = computed(caller, filter, page);
                        Page<FollowUpStatus> actual = stored(caller, filter, page);
                        assertThat(actual.items())
                                .as("%s, sort %s %s, offset %d", filter, sort, ascending ? "asc" : "desc", offset)
                                .isEqualTo(expected.items());
                        assertThat(actual.total()).as("%s: total", filter).isEqualTo(expected.total());
                        assertThat(actual.totalExact()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("R-F2 issue 14: on today the planner read in the stored due date's order lists what the former"
            + " computation lists, in every state filter, sort and page, for every caller's scope")
    void sameAsComputed() {
        assertSameAsComputed(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        assertSameAsComputed(new TestCaller(east.getId(), Role.PROJECT_DEPT));
    }

    @Test
    @DisplayName("R-F2 issue 14: walking the planner with next gives the offset order, no gaps, no repeats; a cursor"
            + " of another filter is refused")
    void cursorOrderIsOffsetOrder() {
        Caller caller = new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
        for (FollowUpFilter filter : filters()) {
            Page<FollowUpStatus> all = stored(caller, filter, new PageRequest(0, 100, null, true));
            List<FollowUpStatus> walked = new ArrayList<>();
            Page<FollowUpStatus> page = stored(caller, filter, new PageRequest(0, 4, null, true));
            walked.addAll(page.items());
            int pages = 1;
            while (page.next() != null) {
                String after = page.next();
                page = database.inTransaction(
                        () -> service(caller, NOW).due(TODAY, filter, new PageRequest(0, 4, null, true), after));
                assertThat(page.totalExact()).isFalse();
                walked.addAll(page.items());
                assertThat(++pages).isLessThan(20);
            }
            assertThat(walked).as(filter.toString()).isEqualTo(all.items());
        }
        String foreign = stored(caller, FollowUpFilter.all(7), new PageRequest(0, 2, null, true))
                .next();
        assertThat(foreign).isNotNull();
        assertThatThrownBy(() -> database.inTransaction(
                        () -> specialist().due(TODAY, FollowUpFilter.actionable(), PageRequest.first(2), foreign)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("list.error.cursorMismatch");
        assertThatThrownBy(() -> database.inTransaction(
                        () -> specialist().due(TODAY, FollowUpFilter.actionable(), PageRequest.first(2), "x")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("list.error.cursorMalformed");
    }

    @Test
    @DisplayName("R-F2 issue 14: the stored due date follows a contact logged late (not past the last one), a handover"
            + " change and a new follow-up period, and the planner still lists what the former computation lists")
    void storedDateFollowsItsInputs() {
        Project reachedBefore = projects.get(0);
        // Logged now, made before the last reached contact: the later contact still sets the date.
        LocalDate dueBefore =
                database.em().find(Project.class, reachedBefore.getId()).getFollowUpDueDate();
        FollowUpEntry late = contact(at(LocalDate.of(2026, 6, 2)), people.get(0), true);
        database.inTransaction(() -> specialist().log(reachedBefore.getId(), late));
        assertThat(database.em().find(Project.class, reachedBefore.getId()).getFollowUpDueDate())
                .isEqualTo(dueBefore);

        Project moved = projects.get(1);
        database.inTransaction(() -> {
            Project project = database.em().find(Project.class, moved.getId());
            project.recordHandover(new HandoverDates(LocalDate.of(2026, 6, 25), null, null, 12));
            FollowUpFixtures.followUpPlan(database.em()).onHandoverChanged(new HandoverChanged(project));
        });
        assertThat(database.em().find(Project.class, moved.getId()).getFollowUpDueDate())
                .isEqualTo(LocalDate.of(2026, 7, 9));

        Caller specialist = new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
        database.inTransaction(() -> {
            PolicyFixtures.policyService(database.em(), specialist)
                    .change(PolicyKey.FOLLOW_UP_DAYS, BigDecimal.valueOf(21), "总经理办公会 2026-06", "改为三周");
            FollowUpFixtures.followUpPlan(database.em()).onPolicyChanged(new PolicyChanged(PolicyKey.FOLLOW_UP_DAYS));
        });
        assertThat(database.em().find(Project.class, moved.getId()).getFollowUpDueDate())
                .isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(database.em().find(Project.class, reachedBefore.getId()).getFollowUpDueDate())
                .as("set by a reached contact with the period then in force")
                .isEqualTo(dueBefore);

        assertSameAsComputed(specialist);
    }

    @Test
    @DisplayName("R-F2 issue 14: at start-up the projects handed over without a stored date get one, the others are"
            + " left alone")
    void startUpPlansTheUnplanned() {
        long id = projects.get(2).getId();
        database.inTransaction(() -> database.em().find(Project.class, id).planFollowUp(null, null));
        int planned = database.inTransaction(
                () -> FollowUpFixtures.followUpPlan(database.em()).replanAll(true));
        assertThat(planned).isEqualTo(1);
        assertSameAsComputed(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
    }
}
