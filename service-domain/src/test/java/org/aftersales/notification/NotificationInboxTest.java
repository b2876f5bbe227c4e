package org.aftersales.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Role;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The portal inbox (R-S5, R-S11: the sweep and the crisis notify in the portal): unread first, each group newest
 * first, and the unread count of the top bar's badge — on the migrated schema (H2).
 */
class NotificationInboxTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TestDatabase database;
    private AppUser leader;
    private AppUser gm;
    private final RecordingEvent<OutgoingMail> mails = new RecordingEvent<>();

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("inbox");
        leader = database.saved(new AppUser("leader", "分管领导", "hash", Set.of(Role.DIVISION_LEADER)));
        gm = database.saved(new AppUser("gm", "总经理", "hash", Set.of(Role.GENERAL_MANAGER)));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private NotificationService as(String username, Instant now) {
        Caller caller = new TestCaller(null, Role.DIVISION_LEADER) {
            @Override
            public String username() {
                return username;
            }
        };
        return NotificationFixtures.notificationService(database.em(), caller, Clock.fixed(now, SHANGHAI), mails);
    }

    private long notify(AppUser user, NotificationKind kind, String at) {
        NotificationService service = as("system", Instant.parse(at));
        return database.inTransaction(() -> service.notifyUsers(List.of(user), kind, null))
                .get(0)
                .getId();
    }

    @Test
    @DisplayName(
            "R-S5 R-S11 the inbox lists the unread notifications first, newest first, then the read ones; the badge counts the unread")
    void unreadFirstNewestFirst() {
        long oldUnread = notify(leader, NotificationKind.URGENT_CASE, "2026-03-10T01:00:00Z");
        long newestRead = notify(leader, NotificationKind.CLOCK_BREACHED, "2026-03-10T05:00:00Z");
        long newUnread = notify(leader, NotificationKind.CRISIS, "2026-03-10T03:00:00Z");
        long oldRead = notify(leader, NotificationKind.BREACH_ESCALATED, "2026-03-10T00:30:00Z");
        notify(gm, NotificationKind.CRISIS, "2026-03-10T06:00:00Z");
        NotificationService inbox = as("leader", Instant.parse("2026-03-10T07:00:00Z"));
        database.inTransaction(() -> inbox.markRead(newestRead));
        database.inTransaction(() -> inbox.markRead(oldRead));
        database.em().clear();

        List<Long> order = database.inTransaction(() -> inbox.inbox(PageRequest.first(10))).items().stream()
                .map(Notification::getId)
                .toList();
        assertThat(order).containsExactly(newUnread, oldUnread, newestRead, oldRead);
        assertThat(database.inTransaction(() -> inbox.unreadCount())).isEqualTo(2);
        // The top bar's badge counts up to its cap (scale issue 14): 2 under a cap of 5, the cap of 1 reached.
        assertThat(database.inTransaction(() -> inbox.unreadCount(5))).isEqualTo(2);
        assertThat(database.inTransaction(() -> inbox.unreadCount(1))).isEqualTo(1);
        assertThat(database.inTransaction(() -> inbox.inbox(new PageRequest(2, 2, null, false)))
                        .items())
                .as("the second page holds the read ones")
                .extracting(Notification::getId)
                .containsExactly(newestRead, oldRead);
        assertThat(database.inTransaction(() -> inbox.inbox(PageRequest.first(1)))
                        .total())
                .isEqualTo(4);
    }

    @Test
    @DisplayName("Scale: a user's notifications page by a seek cursor in the offset pages' order, ties at one instant"
            + " broken by id, the unread list apart")
    void cursorPages() {
        List<Long> made = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // Two at each instant but the last: the id breaks the tie.
            made.add(notify(leader, NotificationKind.URGENT_CASE, "2026-03-10T0" + (1 + i / 2) + ":00:00Z"));
        }
        notify(gm, NotificationKind.CRISIS, "2026-03-10T06:00:00Z");
        NotificationService inbox = as("leader", Instant.parse("2026-03-10T07:00:00Z"));
        database.inTransaction(() -> inbox.markRead(made.get(4)));
        database.em().clear();

        List<Long> byOffset = database.inTransaction(() -> inbox.mine(false, PageRequest.first(10))).items().stream()
                .map(Notification::getId)
                .toList();
        assertThat(byOffset).containsExactly(made.get(4), made.get(3), made.get(2), made.get(1), made.get(0));
        List<Long> byCursor = new java.util.ArrayList<>();
        var page = database.inTransaction(() -> inbox.mine(false, new PageRequest(0, 2, null, false), null));
        page.items().forEach(n -> byCursor.add(n.getId()));
        while (page.next() != null) {
            String after = page.next();
            page = database.inTransaction(() -> inbox.mine(false, new PageRequest(0, 2, null, false), after));
            page.items().forEach(n -> byCursor.add(n.getId()));
        }
        assertThat(byCursor).isEqualTo(byOffset);

        String allCursor = database.inTransaction(() -> inbox.mine(false, new PageRequest(0, 1, null, false), null))
                .next();
        assertThatThrownBy(() ->
                        database.inTransaction(() -> inbox.mine(true, new PageRequest(0, 1, null, false), allCursor)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getField()).isEqualTo("after"));
        assertThat(database.inTransaction(() -> inbox.mine(true, PageRequest.first(10)))
                        .items())
                .extracting(Notification::getId)
                .containsExactly(made.get(3), made.get(2), made.get(1), made.get(0));
    }

    @Test
    @DisplayName("R-O1 a user reads and marks only their own notifications; the badge falls as they are read")
    void ownOnly() {
        long forGm = notify(gm, NotificationKind.CRISIS, "2026-03-10T06:00:00Z");
        long forLeader = notify(leader, NotificationKind.CRISIS, "2026-03-10T06:00:00Z");
        NotificationService inbox = as("leader", Instant.parse("2026-03-10T07:00:00Z"));

        assertThatThrownBy(() -> database.inTransaction(() -> inbox.markRead(forGm)))
                .isInstanceOf(NotFoundException.class);
        assertThat(database.inTransaction(() -> inbox.unreadCount())).isEqualTo(1);
        database.inTransaction(() -> inbox.markRead(forLeader));
        assertThat(database.inTransaction(() -> inbox.unreadCount())).isZero();
        NotificationService gmInbox = as("gm", Instant.parse("2026-03-10T07:00:00Z"));
        notify(gm, NotificationKind.URGENT_CASE, "2026-03-10T06:30:00Z");
        assertThat(database.inTransaction(() -> gmInbox.unreadCount())).isEqualTo(2);
        assertThat(database.inTransaction(() -> gmInbox.markAllRead())).isEqualTo(2);
        assertThat(database.inTransaction(() -> gmInbox.unreadCount())).isZero();
    }

    private List<Long> ids(NotificationService inbox, boolean unreadOnly, NotificationKind kind, PageRequest page) {
        return database.inTransaction(() -> inbox.inbox(unreadOnly, kind, page)).items().stream()
                .map(Notification::getId)
                .toList();
    }

    @Test
    @DisplayName(
            "R-S5 R-S11 the inbox filters to the unread ones and to one kind, and sorts by time or by kind, paged in"
                    + " the database with the filtered total")
    void filtersAndSorts() {
        long urgentOld = notify(leader, NotificationKind.URGENT_CASE, "2026-03-10T01:00:00Z");
        long breachRead = notify(leader, NotificationKind.CLOCK_BREACHED, "2026-03-10T02:00:00Z");
        long crisis = notify(leader, NotificationKind.CRISIS, "2026-03-10T03:00:00Z");
        long urgentNewRead = notify(leader, NotificationKind.URGENT_CASE, "2026-03-10T04:00:00Z");
        notify(gm, NotificationKind.URGENT_CASE, "2026-03-10T05:00:00Z");
        NotificationService inbox = as("leader", Instant.parse("2026-03-10T07:00:00Z"));
        database.inTransaction(() -> inbox.markRead(breachRead));
        database.inTransaction(() -> inbox.markRead(urgentNewRead));
        database.em().clear();

        assertThat(ids(inbox, true, null, PageRequest.first(10)))
                .as("unread only, newest first")
                .containsExactly(crisis, urgentOld);
        assertThat(ids(inbox, false, NotificationKind.URGENT_CASE, PageRequest.first(10)))
                .as("one kind, unread first")
                .containsExactly(urgentOld, urgentNewRead);
        assertThat(ids(inbox, true, NotificationKind.URGENT_CASE, PageRequest.first(10)))
                .containsExactly(urgentOld);
        assertThat(database.inTransaction(() -> inbox.inbox(false, NotificationKind.URGENT_CASE, PageRequest.first(1)))
                        .total())
                .as("the filtered total, for the paginator")
                .isEqualTo(2);
        assertThat(database.inTransaction(
                                () -> inbox.inbox(true, NotificationKind.CLOCK_BREACHED, PageRequest.first(1)))
                        .total())
                .isZero();

        assertThat(ids(inbox, false, null, new PageRequest(0, 10, "notifiedAt", true)))
                .as("by time, oldest first," + " read or not")
                .containsExactly(urgentOld, breachRead, crisis, urgentNewRead);
        assertThat(ids(inbox, false, null, new PageRequest(0, 10, "notifiedAt", false)))
                .containsExactly(urgentNewRead, crisis, breachRead, urgentOld);
        assertThat(ids(inbox, false, null, new PageRequest(1, 2, "notifiedAt", false)))
                .as("a page of it")
                .containsExactly(crisis, breachRead);
        assertThat(ids(inbox, false, null, new PageRequest(0, 10, "kind", true)))
                .as("by kind, newest first within a kind")
                .containsExactly(breachRead, crisis, urgentNewRead, urgentOld);
        assertThat(ids(inbox, false, null, new PageRequest(0, 10, "kind", false)))
                .containsExactly(urgentNewRead, urgentOld, crisis, breachRead);
        assertThat(ids(inbox, false, null, new PageRequest(0, 10, "text_zh; drop table x", true)))
                .as("an unknown column falls back to unread first")
                .containsExactly(crisis, urgentOld, urgentNewRead, breachRead);
    }
}
