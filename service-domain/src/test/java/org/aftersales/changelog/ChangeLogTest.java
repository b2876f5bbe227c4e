package org.aftersales.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T02:00:00Z");

    private final TestDatabase database = TestDatabase.migrated("changelog");

    @AfterEach
    void close() {
        database.close();
    }

    private ChangeLog at(Instant now) {
        return new ChangeLog(database.em(), Clock.fixed(now, ZoneId.of("Asia/Shanghai")));
    }

    private List<ChangeEvent> all() {
        return database.inTransaction(() -> at(MONDAY).after(0, ChangeLog.MAX_PAGE));
    }

    @Test
    @DisplayName("R-S1 issue 17: an event exists if and only if its change committed; the ids follow the commits"
            + " without a gap, a rolled-back change gives its id back")
    void onlyCommittedChanges() {
        ChangeLog log = at(MONDAY);
        database.inTransaction(() -> log.record(ChangeKind.CASE_REGISTERED, "cases/1", null));
        assertThatThrownBy(() -> database.inTransaction(() -> {
                    log.record(ChangeKind.CASE_CLOSED, "cases/1", null);
                    throw new IllegalStateException("the close was refused after the event was written");
                }))
                .isInstanceOf(IllegalStateException.class);
        database.inTransaction(() -> log.record(ChangeKind.CASE_REGISTERED, "cases/2", "ERP-42"));

        List<ChangeEvent> events = all();

        assertThat(events).extracting(ChangeEvent::getId).containsExactly(1L, 2L);
        assertThat(events)
                .extracting(ChangeEvent::getKind)
                .containsExactly(ChangeKind.CASE_REGISTERED, ChangeKind.CASE_REGISTERED);
        assertThat(events).extracting(ChangeEvent::getResource).containsExactly("cases/1", "cases/2");
        assertThat(events.get(1).getExternalId()).isEqualTo("ERP-42");
        assertThat(database.inTransaction(() -> log.after(1, 10)))
                .extracting(ChangeEvent::getId)
                .containsExactly(2L);
    }

    @Test
    @DisplayName("R-S1 issue 17: events are kept 90 days, then forgotten")
    void keptNinetyDays() {
        database.inTransaction(() -> at(MONDAY).record(ChangeKind.CASE_CLOSED, "cases/1", null));
        database.inTransaction(
                () -> at(MONDAY.plus(Duration.ofDays(2))).record(ChangeKind.CASE_CLOSED, "cases/2", null));

        int forgotten = database.inTransaction(
                () -> at(MONDAY.plus(Duration.ofDays(91))).purge());

        assertThat(forgotten).isEqualTo(1);
        assertThat(all()).extracting(ChangeEvent::getResource).containsExactly("cases/2");
    }
}
