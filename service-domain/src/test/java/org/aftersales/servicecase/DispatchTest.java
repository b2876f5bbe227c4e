package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.APPROVED;
import static org.aftersales.servicecase.OnSiteFixtures.PROPOSED;
import static org.aftersales.servicecase.OnSiteFixtures.WINDOW_FROM;
import static org.aftersales.servicecase.OnSiteFixtures.WINDOW_TO;
import static org.aftersales.servicecase.OnSiteFixtures.confirmed;
import static org.aftersales.servicecase.OnSiteFixtures.dispatched;
import static org.aftersales.servicecase.OnSiteFixtures.engineer;
import static org.aftersales.servicecase.OnSiteFixtures.refusal;
import static org.aftersales.servicecase.OnSiteFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.shared.BusinessException;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Permission;
import org.aftersales.staff.Qualification;
import org.aftersales.staff.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Dispatch on the case aggregate, without a container (R-S6). */
class DispatchTest {

    private final AppUser li = engineer("engineer", "李工");
    private final AppUser zhao = engineer("engineer2", "赵工");

    @Test
    @DisplayName(
            "R-S6 the specialist proposes, the leader approves: the case is DISPATCHED, the engineers booked for the window, both acts on the timeline")
    void proposeAndApprove() {
        ServiceCase serviceCase = confirmed("SC-2026-00001");

        Dispatch proposal =
                serviceCase.proposeDispatch(List.of(li), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", PROPOSED);
        assertThat(proposal.getStatus()).isEqualTo(DispatchStatus.PROPOSED);
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ON_SITE_CONFIRMED);
        assertThat(proposal.books(li, WINDOW_FROM, WINDOW_TO))
                .as("a proposal books nobody")
                .isFalse();

        Dispatch approved = serviceCase.approveDispatch(List.of(), List.of(), "leader", APPROVED);

        assertThat(approved).isSameAs(proposal);
        assertThat(approved.getStatus()).isEqualTo(DispatchStatus.APPROVED);
        assertThat(approved.getEngineers()).containsExactly(li);
        assertThat(approved.getDecidedBy()).isEqualTo("leader");
        assertThat(approved.getDecidedAt()).isEqualTo(APPROVED);
        assertThat(approved.books(li, WINDOW_FROM, WINDOW_TO)).isTrue();
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(serviceCase.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(
                        CaseEventKind.ON_SITE_CONFIRMED,
                        CaseEventKind.DISPATCH_PROPOSED,
                        CaseEventKind.DISPATCH_APPROVED);
    }

    @Test
    @DisplayName(
            "R-S6 the leader decides whom: approving with other engineers sends them, and the proposal stays on record")
    void leaderChangesWhom() {
        ServiceCase serviceCase = confirmed("SC-2026-00001");
        serviceCase.proposeDispatch(List.of(li), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", PROPOSED);

        Dispatch approved = serviceCase.approveDispatch(List.of(zhao, li, zhao), List.of(), "gm", APPROVED);

        assertThat(approved.getProposedEngineers()).containsExactly(li);
        assertThat(approved.getEngineers()).containsExactly(zhao, li);
    }

    @Test
    @DisplayName(
            "R-S6 double booking refused: an engineer booked on an approved overlapping window cannot be proposed or approved for another case")
    void doubleBookingRefused() {
        ServiceCase first = dispatched("SC-2026-00001", li);
        Dispatch booking = first.approvedDispatch().orElseThrow();
        ServiceCase second = confirmed("SC-2026-00002");
        Instant overlapFrom = WINDOW_TO.minus(Duration.ofMinutes(1));

        BusinessException proposing = refusal(() -> second.proposeDispatch(
                List.of(li),
                overlapFrom,
                overlapFrom.plus(Duration.ofHours(4)),
                List.of(booking),
                "specialist",
                PROPOSED));
        assertThat(proposing.getMessageKey()).isEqualTo("dispatch.error.doubleBooked");
        assertThat(proposing.getField()).isEqualTo("engineerIds");
        assertThat(proposing.getArguments()).containsExactly("李工", "SC-2026-00001", WINDOW_FROM, WINDOW_TO);

        second.proposeDispatch(
                List.of(zhao),
                overlapFrom,
                overlapFrom.plus(Duration.ofHours(4)),
                List.of(booking),
                "specialist",
                PROPOSED);
        BusinessException approving =
                refusal(() -> second.approveDispatch(List.of(li), List.of(booking), "leader", APPROVED));
        assertThat(approving.getMessageKey()).isEqualTo("dispatch.error.doubleBooked");
        assertThat(second.getStatus()).isEqualTo(CaseStatus.ON_SITE_CONFIRMED);
        assertThat(second.openDispatch()).isPresent();
    }

    @Test
    @DisplayName(
            "R-S6 windows that only touch are no double booking; a rejected or merely proposed dispatch books nobody")
    void adjacentWindowsAndUnapprovedDispatches() {
        Dispatch booking = dispatched("SC-2026-00001", li).approvedDispatch().orElseThrow();
        ServiceCase second = confirmed("SC-2026-00002");

        Dispatch next = second.proposeDispatch(
                List.of(li), WINDOW_TO, WINDOW_TO.plus(Duration.ofHours(8)), List.of(booking), "specialist", PROPOSED);
        assertThat(next.getProposedEngineers()).containsExactly(li);
        assertThat(booking.overlaps(WINDOW_TO, WINDOW_TO.plusSeconds(1))).isFalse();
        assertThat(booking.overlaps(WINDOW_FROM.minusSeconds(1), WINDOW_FROM)).isFalse();
        assertThat(booking.overlaps(WINDOW_FROM.minusSeconds(1), WINDOW_FROM.plusSeconds(1)))
                .isTrue();

        ServiceCase third = confirmed("SC-2026-00003");
        third.proposeDispatch(List.of(zhao), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", PROPOSED);
        Dispatch rejected = third.rejectDispatch("赵工正在外地调试", "leader", APPROVED);
        assertThat(rejected.books(zhao, WINDOW_FROM, WINDOW_TO)).isFalse();
    }

    @Test
    @DisplayName(
            "R-S6 a rejection needs a reason, is on the timeline, and the specialist may propose again; one open proposal at a time")
    void rejectAndProposeAgain() {
        ServiceCase serviceCase = confirmed("SC-2026-00001");
        serviceCase.proposeDispatch(List.of(zhao), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", PROPOSED);
        assertThat(refusal(() -> serviceCase.proposeDispatch(
                                List.of(li), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", PROPOSED))
                        .getMessageKey())
                .isEqualTo("dispatch.error.proposalOpen");
        assertThat(refusal(() -> serviceCase.rejectDispatch(" ", "leader", APPROVED))
                        .getField())
                .isEqualTo("reason");

        Dispatch rejected = serviceCase.rejectDispatch("赵工缺热控调试资格，改派李工", "leader", APPROVED);
        Dispatch again = serviceCase.proposeDispatch(
                List.of(li), WINDOW_FROM, WINDOW_TO, List.of(), "specialist", APPROVED.plusSeconds(60));

        assertThat(rejected.getStatus()).isEqualTo(DispatchStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("赵工缺热控调试资格，改派李工");
        assertThat(serviceCase.getDispatches()).containsExactly(rejected, again);
        assertThat(serviceCase.latestDispatch()).contains(again);
        assertThat(serviceCase.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.DISPATCH_REJECTED)
                .singleElement()
                .extracting(CaseEvent::getDetail)
                .isEqualTo("赵工缺热控调试资格，改派李工");
    }

    @Test
    @DisplayName(
            "R-S6 only after-sales engineers are sent, at least one, for a window that ends after it starts; only for a confirmed on-site case not yet dispatched")
    void proposalRules() {
        ServiceCase serviceCase = confirmed("SC-2026-00001");
        AppUser leader = new AppUser("leader", "张分管", "hash", Set.of(Role.DIVISION_LEADER));
        AppUser disabled = engineer("gone", "离职人员");
        disabled.changeProfile("离职人员", null, Set.of(Role.AFTER_SALES_ENGINEER), false);

        assertThat(refusal(() -> serviceCase.proposeDispatch(
                                List.of(), WINDOW_FROM, WINDOW_TO, List.of(), "s", PROPOSED))
                        .getMessageKey())
                .isEqualTo("dispatch.error.engineersRequired");
        assertThat(refusal(() -> serviceCase.proposeDispatch(
                                List.of(leader), WINDOW_FROM, WINDOW_TO, List.of(), "s", PROPOSED))
                        .getMessageKey())
                .isEqualTo("dispatch.error.notAnEngineer");
        assertThat(refusal(() -> serviceCase.proposeDispatch(
                                List.of(disabled), WINDOW_FROM, WINDOW_TO, List.of(), "s", PROPOSED))
                        .getMessageKey())
                .isEqualTo("dispatch.error.notAnEngineer");
        assertThat(refusal(() -> serviceCase.proposeDispatch(
                                List.of(li), WINDOW_TO, WINDOW_TO, List.of(), "s", PROPOSED))
                        .getMessageKey())
                .isEqualTo("dispatch.error.windowOrder");
        assertThat(refusal(() -> serviceCase.approveDispatch(List.of(), List.of(), "leader", APPROVED))
                        .getMessageKey())
                .isEqualTo("dispatch.error.noProposal");
        assertThat(refusal(() -> registered("SC-2026-00002")
                                .proposeDispatch(List.of(li), WINDOW_FROM, WINDOW_TO, List.of(), "s", PROPOSED))
                        .getMessageKey())
                .isEqualTo("case.error.onSiteNotConfirmed");
        ServiceCase dispatched = dispatched("SC-2026-00003", li);
        assertThat(refusal(() -> dispatched.proposeDispatch(
                                List.of(zhao), WINDOW_FROM, WINDOW_TO, List.of(), "s", APPROVED))
                        .getMessageKey())
                .isEqualTo("dispatch.error.alreadyDispatched");
        assertThat(serviceCase.getDispatches()).isEmpty();
    }

    @Test
    @DisplayName(
            "R-S6 only the division leader and the general manager approve; only the specialist proposes; INTEGRATION does neither")
    void whoDecides() {
        assertThat(Permission.DISPATCH_APPROVE.roles())
                .containsExactlyInAnyOrder(Role.DIVISION_LEADER, Role.GENERAL_MANAGER);
        assertThat(Permission.DISPATCH_PROPOSE.roles()).containsExactly(Role.AFTER_SALES_SPECIALIST);
        assertThat(Permission.DISPATCH_APPROVE.grantedTo(Role.AFTER_SALES_ENGINEER))
                .isFalse();
        assertThat(Permission.DISPATCH_APPROVE.grantedTo(Role.INTEGRATION)).isFalse();
    }

    @Test
    @DisplayName(
            "R-S6 skill gaps flagged: an engineer lacking any of the four required skills is flagged for training, with the missing ones")
    void skillGapsFlagged() {
        EngineerAvailability complete =
                new EngineerAvailability(1, "engineer", "李工", EnumSet.allOf(Qualification.class), List.of());
        EngineerAvailability lacking = new EngineerAvailability(
                2,
                "engineer2",
                "赵工",
                EnumSet.of(Qualification.MECHANICAL_INSTALLATION, Qualification.ELECTRICAL_COMMISSIONING),
                List.of(new EngineerAvailability.Booking(9, 8, "SC-2026-00001", WINDOW_FROM, WINDOW_TO)));
        EngineerAvailability none = new EngineerAvailability(3, "new", "新员工", Set.of(), List.of());

        assertThat(complete.flaggedForTraining()).isFalse();
        assertThat(complete.missingQualifications()).isEmpty();
        assertThat(complete.booked()).isFalse();
        assertThat(lacking.flaggedForTraining()).isTrue();
        assertThat(lacking.missingQualifications())
                .containsExactly(
                        Qualification.MECHANICAL_COMMISSIONING, Qualification.INSTRUMENTATION_CONTROL_COMMISSIONING);
        assertThat(lacking.booked()).isTrue();
        assertThat(none.missingQualifications()).containsExactly(Qualification.values());
    }
}
