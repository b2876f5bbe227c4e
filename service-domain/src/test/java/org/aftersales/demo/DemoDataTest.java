package org.aftersales.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.aftersales.servicecase.CaseFixtures;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.CurrentUser;
import org.aftersales.staff.AccountFixtures;
import org.aftersales.staff.Role;
import org.aftersales.staff.UserAccountService;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo data seeds on a migrated schema: every entity it builds satisfies its rules and the database's. */
class DemoDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("demo");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    @DisplayName("R-C4 R-C5 R-B2 demo data: registers with retention, a quality cost awaiting Engineering, flagged agreements")
    void seedsConsistentData() {
        DemoData demo = new DemoData();
        demo.em = database.em();
        demo.clock = CLOCK;
        demo.config = CaseFixtures.config(ZoneId.of("Asia/Shanghai"));
        UserAccountService accounts = AccountFixtures.accountService(database.em(), new TestCaller(null, Role.ADMIN), CLOCK);
        demo.accounts = accounts;
        demo.self = demo;

        CurrentUser.runAs("demo", () -> database.inTransaction(demo::seedIfEmpty));

        assertThat(count("select count(r) from SubcontractorRetention r")).isEqualTo(8);
        assertThat(count("select count(q) from QualityCost q where q.state = org.aftersales.retention.QualityCostState.REGISTERED"))
                .isEqualTo(1);
        assertThat(count("select count(r) from ProjectRetention r")).isEqualTo(4);
        assertThat(count("select count(r) from ProjectSubcontractor r where r.delegationAgreement.number is null")).isEqualTo(1);
    }

    @Test
    @DisplayName("R-S6 R-S9 R-S12 demo data: a dispatched, signed-off service with costs, trip report and a replacement, awaiting the leader's assessment")
    void seedsASignedOffServiceAwaitingAssessment() {
        DemoData demo = new DemoData();
        demo.em = database.em();
        demo.clock = CLOCK;
        demo.config = CaseFixtures.config(ZoneId.of("Asia/Shanghai"));
        demo.accounts = AccountFixtures.accountService(database.em(), new TestCaller(null, Role.ADMIN), CLOCK);
        demo.self = demo;

        CurrentUser.runAs("demo", () -> database.inTransaction(demo::seedIfEmpty));

        database.em().clear();
        ServiceCase signedOff = database.inTransaction(() -> database.em().createQuery(
                        "select c from ServiceCase c where c.status = org.aftersales.servicecase.CaseStatus.SIGNED_OFF",
                        ServiceCase.class).getSingleResult());
        assertThat(signedOff.getProject().getCode()).isEqualTo("WTP-2025-004");
        assertThat(signedOff.approvedDispatch()).isPresent();
        assertThat(signedOff.getArrivedAt()).isAfterOrEqualTo(signedOff.approvedDispatch().get().getDecidedAt());
        assertThat(signedOff.getTripReport()).isPresent();
        assertThat(signedOff.getAssessment()).isEmpty();
        assertThat(signedOff.getFactoryReturns()).singleElement()
                .satisfies(r -> assertThat(r.getSplit().getSubcontractor()).isEqualByComparingTo("80"));
        assertThat(count("select count(c) from ServiceCost c where c.serviceCase.id = " + signedOff.getId()))
                .isEqualTo(2);
    }

    private long count(String jpql) {
        return database.inTransaction(() -> database.em().createQuery(jpql, Long.class).getSingleResult());
    }
}
