package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case aggregate on its own: intake, clocks, acts and closing, at exact instants (Shanghai = UTC+8). */
class ServiceCaseTest {

    /** 2026-03-10 09:00 Shanghai. */
    private static final Instant RECEIVED = Instant.parse("2026-03-10T01:00:00Z");

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private final Project project = ServiceClassifierTest.project("P-1");
    private final EquipmentItem pump = ServiceClassifierTest.item(project, "P-101");

    private ServiceCase register(CaseType type, boolean majorMatter, ServiceClass serviceClass) {
        return new ServiceCase(
                "SC-2026-00001",
                project,
                pump,
                intake(type, Channel.PHONE, RECEIVED, majorMatter),
                serviceClass,
                NOW,
                24,
                24);
    }

    private static CaseIntake intake(CaseType type, Channel channel, Instant receivedAt, boolean majorMatter) {
        return new CaseIntake(1L, null, channel, type, "王工（业主运行主管）", receivedAt, "2号提升泵振动大，出口压力波动", majorMatter, false);
    }

    /**
     * The specialist proposes one engineer for a day from {@code at}, the leader approves at once: DISPATCHED; the
     * engineer agrees the visit with the owner at once (R-S7: no arrival without it).
     */
    private static void dispatch(ServiceCase serviceCase, Instant at) {
        serviceCase.proposeDispatch(
                List.of(OnSiteFixtures.engineer("engineer", "李工")),
                at,
                at.plus(Duration.ofHours(48)),
                List.of(),
                "specialist",
                at);
        serviceCase.approveDispatch(List.of(), List.of(), "leader", at);
        serviceCase.agreeVisit(at, "业主安排运行人员配合", at);
    }

    @Test
    @DisplayName(
            "R-S6 arrival needs an approved dispatch: on-site work confirmed but not dispatched is refused, and changes nothing")
    void arrivalNeedsDispatch() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        serviceCase.confirmOnSiteNeeded(hoursAfterReceipt(1), 72, 24);

        BusinessException refused = refusal(() -> serviceCase.recordArrival(hoursAfterReceipt(5)));
        assertThat(refused.getMessageKey()).isEqualTo("case.error.notDispatched");
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ON_SITE_CONFIRMED);
        assertThat(serviceCase.getArrivedAt()).isNull();
        assertThat(serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().getMetAt())
                .isNull();

        serviceCase.proposeDispatch(
                List.of(OnSiteFixtures.engineer("engineer", "李工")),
                hoursAfterReceipt(3),
                hoursAfterReceipt(30),
                List.of(),
                "specialist",
                hoursAfterReceipt(2));
        assertThat(refusal(() -> serviceCase.recordArrival(hoursAfterReceipt(5)))
                        .getMessageKey())
                .as("a proposal the leader has not decided on does not send anyone")
                .isEqualTo("case.error.notDispatched");

        serviceCase.approveDispatch(List.of(), List.of(), "leader", hoursAfterReceipt(3));
        serviceCase.agreeVisit(hoursAfterReceipt(5), "业主安排运行人员配合", hoursAfterReceipt(3));
        serviceCase.recordArrival(hoursAfterReceipt(5));
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow().getMetAt())
                .isEqualTo(hoursAfterReceipt(5));
    }

    private static Instant hoursAfterReceipt(long hours) {
        return RECEIVED.plus(Duration.ofHours(hours));
    }

    private static BusinessException refusal(Runnable act) {
        try {
            act.run();
        } catch (BusinessException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    // ---- intake ----

    static Stream<Arguments> everyTypeAndChannel() {
        return Arrays.stream(CaseType.values())
                .flatMap(type -> Arrays.stream(Channel.values()).map(channel -> Arguments.of(type, channel)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyTypeAndChannel")
    @DisplayName(
            "R-S1 every type of call over every channel is registered with who, when, channel, project, equipment and description")
    void intakeOfEveryTypeAndChannel(CaseType type, Channel channel) {
        ServiceCase serviceCase = new ServiceCase(
                "SC-2026-00007",
                project,
                pump,
                intake(type, channel, RECEIVED, false),
                ServiceClass.WARRANTY,
                NOW,
                24,
                24);

        assertThat(serviceCase.getNumber()).isEqualTo("SC-2026-00007");
        assertThat(serviceCase.getType()).isEqualTo(type);
        assertThat(serviceCase.getChannel()).isEqualTo(channel);
        assertThat(serviceCase.getReporterName()).isEqualTo("王工（业主运行主管）");
        assertThat(serviceCase.getReceivedAt()).isEqualTo(RECEIVED);
        assertThat(serviceCase.getProject()).isSameAs(project);
        assertThat(serviceCase.getEquipmentItem()).isSameAs(pump);
        assertThat(serviceCase.getDescription()).isEqualTo("2号提升泵振动大，出口压力波动");
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(serviceCase.getTimeline()).first().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(CaseEventKind.REGISTERED);
            assertThat(event.getClaimedAt()).isEqualTo(RECEIVED);
            assertThat(event.getActor()).isNotBlank();
        });
    }

    @Test
    @DisplayName(
            "R-S1 received-at may be earlier than now and up to 5 minutes later (clock skew), not more; none means now")
    void receivedAtNotInTheFuture() {
        CaseIntake fiveMinutesAhead =
                intake(CaseType.CONSULTATION, Channel.PHONE, NOW.plus(Duration.ofMinutes(5)), false);
        CaseIntake sixMinutesAhead =
                intake(CaseType.CONSULTATION, Channel.PHONE, NOW.plus(Duration.ofMinutes(6)), false);
        CaseIntake unstated = intake(CaseType.CONSULTATION, Channel.PHONE, null, false);

        assertThat(new ServiceCase("SC-2026-00001", project, null, fiveMinutesAhead, ServiceClass.WARRANTY, NOW, 24, 24)
                        .getReceivedAt())
                .isEqualTo(Instant.parse("2026-03-10T02:05:00Z"));
        assertThat(new ServiceCase("SC-2026-00001", project, null, unstated, ServiceClass.WARRANTY, NOW, 24, 24)
                        .getReceivedAt())
                .isEqualTo(NOW);
        BusinessException refused = refusal(() ->
                new ServiceCase("SC-2026-00001", project, null, sixMinutesAhead, ServiceClass.WARRANTY, NOW, 24, 24));
        assertThat(refused.getMessageKey()).isEqualTo("case.error.receivedInFuture");
        assertThat(refused.getField()).isEqualTo("receivedAt");
    }

    @Test
    @DisplayName("R-S1 who called and what about are required; an item of another project is refused")
    void intakeRequiresWhoAndWhat() {
        CaseIntake noReporter =
                new CaseIntake(1L, null, Channel.FAX, CaseType.FEEDBACK, " ", RECEIVED, "意见", false, false);
        CaseIntake noDescription =
                new CaseIntake(1L, null, Channel.FAX, CaseType.FEEDBACK, "李工", RECEIVED, null, false, false);
        EquipmentItem otherPump = ServiceClassifierTest.item(ServiceClassifierTest.project("P-9"), "P-101");

        assertThat(refusal(() -> new ServiceCase(
                                "SC-2026-00001", project, null, noReporter, ServiceClass.WARRANTY, NOW, 24, 24))
                        .getField())
                .isEqualTo("reporterName");
        assertThat(refusal(() -> new ServiceCase(
                                "SC-2026-00001", project, null, noDescription, ServiceClass.WARRANTY, NOW, 24, 24))
                        .getField())
                .isEqualTo("description");
        assertThat(refusal(() -> new ServiceCase(
                                "SC-2026-00001",
                                project,
                                otherPump,
                                intake(CaseType.FEEDBACK, Channel.FAX, RECEIVED, false),
                                ServiceClass.WARRANTY,
                                NOW,
                                24,
                                24))
                        .getMessageKey())
                .isEqualTo("case.error.itemNotInProject");
    }

    @Test
    @DisplayName("R-L5 the responsibility follows the class at registration")
    void responsibilityAssignedAtRegistration() {
        assertThat(register(CaseType.SERVICE_REQUEST, false, ServiceClass.HANDOVER_DEFECT)
                        .getResponsibility())
                .isEqualTo(Responsibility.PROVISIONAL_HANDOVER);
        assertThat(register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY)
                        .getResponsibility())
                .isEqualTo(Responsibility.WARRANTY);
        assertThat(register(CaseType.SERVICE_REQUEST, false, ServiceClass.PAID).getResponsibility())
                .isEqualTo(Responsibility.POST_WARRANTY);
    }

    // ---- clocks ----

    @Test
    @DisplayName(
            "R-S3 service requests and complaints start a reply clock at receipt, due 24 h later; consultations and feedback none")
    void replyClockByType() {
        for (CaseType type : CaseType.values()) {
            ServiceCase serviceCase = register(type, false, ServiceClass.WARRANTY);
            if (type == CaseType.SERVICE_REQUEST || type == CaseType.COMPLAINT) {
                assertThat(serviceCase.clock(ClockKind.REPLY)).as(type.name()).hasValueSatisfying(clock -> {
                    assertThat(clock.getStartedAt()).isEqualTo(RECEIVED);
                    assertThat(clock.getDueAt()).isEqualTo(Instant.parse("2026-03-11T01:00:00Z"));
                });
            } else {
                assertThat(serviceCase.getClocks()).as(type.name()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName(
            "R-S3 the recorded reply meets the reply clock in time and answers the case; a late reply leaves it BREACHED")
    void replyMeetsTheClock() {
        ServiceCase inTime = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        inTime.recordReply(hoursAfterReceipt(23));
        ServiceCase late = register(CaseType.COMPLAINT, false, ServiceClass.WARRANTY);
        late.recordReply(hoursAfterReceipt(25));

        assertThat(inTime.getStatus()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(inTime.clock(ClockKind.REPLY).orElseThrow().stateAt(hoursAfterReceipt(30)))
                .isEqualTo(ClockState.MET);
        assertThat(late.clock(ClockKind.REPLY).orElseThrow().stateAt(hoursAfterReceipt(30)))
                .isEqualTo(ClockState.BREACHED);
        assertThat(late.clock(ClockKind.REPLY).orElseThrow().isMetInTime()).isFalse();
        assertThat(refusal(() -> inTime.recordReply(hoursAfterReceipt(24))).getMessageKey())
                .isEqualTo("case.error.replyAlreadyRecorded");
        assertThat(refusal(() -> register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY)
                                .recordReply(RECEIVED.minusSeconds(1)))
                        .getMessageKey())
                .isEqualTo("case.error.beforeReceipt");
    }

    @Test
    @DisplayName(
            "R-S4 the major-matter clock is met only when both the leader report and the reply are recorded, at the later one")
    void majorMatterNeedsBoth() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, true, ServiceClass.WARRANTY);
        SlaClock majorMatter = serviceCase.clock(ClockKind.MAJOR_MATTER).orElseThrow();
        assertThat(majorMatter.getStartedAt()).isEqualTo(RECEIVED);
        assertThat(majorMatter.getDueAt()).isEqualTo(hoursAfterReceipt(24));

        serviceCase.recordLeaderReport(hoursAfterReceipt(5));
        assertThat(majorMatter.getMetAt()).isNull();
        assertThat(majorMatter.stateAt(hoursAfterReceipt(6))).isEqualTo(ClockState.RUNNING);

        serviceCase.recordReply(hoursAfterReceipt(3));
        assertThat(majorMatter.getMetAt()).isEqualTo(hoursAfterReceipt(5));
        assertThat(majorMatter.stateAt(hoursAfterReceipt(6))).isEqualTo(ClockState.MET);
        assertThat(serviceCase.clock(ClockKind.REPLY).orElseThrow().getMetAt()).isEqualTo(hoursAfterReceipt(3));
    }

    @Test
    @DisplayName(
            "R-S4 a reply alone does not meet the major-matter clock: without the leader report it is BREACHED after 24 h")
    void majorMatterReplyAlone() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, true, ServiceClass.WARRANTY);
        serviceCase.recordReply(hoursAfterReceipt(2));

        assertThat(serviceCase.clock(ClockKind.MAJOR_MATTER).orElseThrow().stateAt(hoursAfterReceipt(24)))
                .isEqualTo(ClockState.RUNNING);
        assertThat(serviceCase
                        .clock(ClockKind.MAJOR_MATTER)
                        .orElseThrow()
                        .stateAt(hoursAfterReceipt(24).plusSeconds(1)))
                .isEqualTo(ClockState.BREACHED);

        serviceCase.recordLeaderReport(hoursAfterReceipt(26));
        assertThat(serviceCase.clock(ClockKind.MAJOR_MATTER).orElseThrow().stateAt(hoursAfterReceipt(30)))
                .isEqualTo(ClockState.BREACHED);
    }

    @Test
    @DisplayName(
            "R-S4 confirming on-site work makes the case a major matter: its clock runs from receipt, and counts a report and reply made before")
    void onSiteMakesAMajorMatter() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        serviceCase.recordReply(hoursAfterReceipt(1));
        serviceCase.recordLeaderReport(hoursAfterReceipt(2));
        assertThat(serviceCase.clock(ClockKind.MAJOR_MATTER)).isEmpty();

        serviceCase.confirmOnSiteNeeded(hoursAfterReceipt(3), 72, 24);

        assertThat(serviceCase.isMajorMatter()).isTrue();
        SlaClock majorMatter = serviceCase.clock(ClockKind.MAJOR_MATTER).orElseThrow();
        assertThat(majorMatter.getStartedAt()).isEqualTo(RECEIVED);
        assertThat(majorMatter.getMetAt()).isEqualTo(hoursAfterReceipt(2));
        assertThat(majorMatter.stateAt(hoursAfterReceipt(3))).isEqualTo(ClockState.MET);
    }

    @Test
    @DisplayName(
            "R-S5 the arrival clock starts at the on-site confirmation with the given hours and is met by the arrival")
    void arrivalClock() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        Instant confirmed = hoursAfterReceipt(4);

        serviceCase.confirmOnSiteNeeded(confirmed, 72, 24);
        SlaClock arrival = serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow();
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ON_SITE_CONFIRMED);
        assertThat(arrival.getStartedAt()).isEqualTo(confirmed);
        assertThat(arrival.getHours()).isEqualTo(72);
        assertThat(arrival.getDueAt()).isEqualTo(Instant.parse("2026-03-13T05:00:00Z"));

        dispatch(serviceCase, hoursAfterReceipt(6));
        serviceCase.recordArrival(Instant.parse("2026-03-12T08:00:00Z"));
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(arrival.stateAt(Instant.parse("2026-03-20T00:00:00Z"))).isEqualTo(ClockState.MET);
        assertThat(refusal(() -> serviceCase.confirmOnSiteNeeded(hoursAfterReceipt(5), 72, 24))
                        .getMessageKey())
                .isEqualTo("case.error.onSiteAlreadyConfirmed");
        assertThat(refusal(() -> serviceCase.recordArrival(Instant.parse("2026-03-12T09:00:00Z")))
                        .getMessageKey())
                .isEqualTo("case.error.arrivalAlreadyRecorded");
    }

    @Test
    @DisplayName(
            "R-S5 the arrival clock pauses and resumes through the case, with the reason on the timeline; no clock, no pause")
    void pauseThroughTheCase() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        assertThat(refusal(() -> serviceCase.pauseArrivalClock(hoursAfterReceipt(1), "业主要求"))
                        .getMessageKey())
                .isEqualTo("case.error.noArrivalClock");
        assertThat(refusal(() -> serviceCase.recordArrival(hoursAfterReceipt(1)))
                        .getMessageKey())
                .isEqualTo("case.error.onSiteNotConfirmed");

        serviceCase.confirmOnSiteNeeded(hoursAfterReceipt(1), 48, 24);
        serviceCase.pauseArrivalClock(Instant.parse("2026-03-10T15:30:00Z"), "业主要求次日上午到场");
        serviceCase.resumeArrivalClock(Instant.parse("2026-03-10T16:45:00Z"));

        SlaClock arrival = serviceCase.clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow();
        assertThat(arrival.getDueAt()).isEqualTo(Instant.parse("2026-03-12T03:15:00Z"));
        assertThat(serviceCase.getTimeline())
                .filteredOn(event -> event.getKind() == CaseEventKind.ARRIVAL_CLOCK_PAUSED)
                .singleElement()
                .satisfies(event -> assertThat(event.getDetail()).isEqualTo("业主要求次日上午到场"));
    }

    @Test
    @DisplayName(
            "R-L3 a call during construction is recorded and forwarded to the project department, with no clocks at all")
    void constructionPhaseHasNoClocks() {
        ServiceCase serviceCase = register(CaseType.COMPLAINT, true, ServiceClass.CONSTRUCTION_PHASE);
        serviceCase.confirmOnSiteNeeded(hoursAfterReceipt(1), 72, 24);

        assertThat(serviceCase.getClocks()).isEmpty();
        assertThat(serviceCase.getResponsibility().lead()).isEqualTo(CaseParty.PROJECT_DEPARTMENT);
        assertThat(serviceCase.getTimeline())
                .extracting(CaseEvent::getKind)
                .contains(CaseEventKind.REGISTERED, CaseEventKind.FORWARDED_TO_PROJECT_DEPARTMENT)
                .doesNotContain(CaseEventKind.CLOCK_STARTED);
    }

    // ---- closing ----

    @Test
    @DisplayName("R-S3 a remote case goes REGISTERED → ANSWERED → CLOSED and closes only with its recorded answer")
    void remoteClose() {
        ServiceCase serviceCase = register(CaseType.CONSULTATION, false, ServiceClass.WARRANTY);
        assertThat(refusal(() -> serviceCase.closeRemotely("  ", hoursAfterReceipt(1)))
                        .getMessageKey())
                .isEqualTo("case.error.answerRequired");

        serviceCase.recordReply(hoursAfterReceipt(1));
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ANSWERED);
        serviceCase.closeRemotely("已电话指导业主调整出口阀门开度，压力恢复正常。", hoursAfterReceipt(2));

        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(serviceCase.getAnswer()).isEqualTo("已电话指导业主调整出口阀门开度，压力恢复正常。");
        assertThat(serviceCase.getClosedAt()).isEqualTo(hoursAfterReceipt(2));
        assertThat(refusal(() -> serviceCase.recordLeaderReport(hoursAfterReceipt(3)))
                        .getMessageKey())
                .isEqualTo("case.error.notOpen");
    }

    @Test
    @DisplayName("R-S3 closing with the answer is the reply when none was recorded: the reply clock is met then")
    void remoteCloseIsTheReply() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.PAID);

        serviceCase.close("远程指导复位变频器后恢复运行。", hoursAfterReceipt(6));

        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(serviceCase.getRepliedAt()).isEqualTo(hoursAfterReceipt(6));
        assertThat(serviceCase.clock(ClockKind.REPLY).orElseThrow().stateAt(hoursAfterReceipt(48)))
                .isEqualTo(ClockState.MET);
        assertThat(serviceCase.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(CaseEventKind.REGISTERED, CaseEventKind.REPLY_RECORDED, CaseEventKind.CLOSED);
    }

    @Test
    @DisplayName(
            "R-S8 closing an on-site case without the owner's sign-off is refused, by either close, and changes nothing")
    void onSiteCloseNeedsSignOff() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        serviceCase.confirmOnSiteNeeded(hoursAfterReceipt(1), 72, 24);
        dispatch(serviceCase, hoursAfterReceipt(2));
        serviceCase.recordArrival(hoursAfterReceipt(30));

        assertThat(refusal(() -> serviceCase.closeOnSite(hoursAfterReceipt(40))).getMessageKey())
                .isEqualTo("case.error.signOffMissing");
        assertThat(refusal(() -> serviceCase.close("已处理", hoursAfterReceipt(40)))
                        .getMessageKey())
                .isEqualTo("case.error.signOffMissing");
        assertThat(refusal(() -> serviceCase.closeRemotely("已处理", hoursAfterReceipt(40)))
                        .getMessageKey())
                .isEqualTo("case.error.signOffMissing");
        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.ARRIVED);
        assertThat(serviceCase.getClosedAt()).isNull();
    }

    @Test
    @DisplayName("R-S3 a cancelled case needs a reason, stops its clocks where they stood and takes no further acts")
    void cancel() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        assertThat(refusal(() -> serviceCase.cancel(null, hoursAfterReceipt(1))).getMessageKey())
                .isEqualTo("case.error.cancelReasonRequired");

        serviceCase.cancel("重复登记，见 SC-2026-00002", hoursAfterReceipt(1));

        assertThat(serviceCase.getStatus()).isEqualTo(CaseStatus.CANCELLED);
        assertThat(serviceCase.getCancelReason()).isEqualTo("重复登记，见 SC-2026-00002");
        assertThat(serviceCase.clock(ClockKind.REPLY).orElseThrow().stateAt(hoursAfterReceipt(48)))
                .isEqualTo(ClockState.RUNNING);
        assertThat(refusal(() -> serviceCase.recordReply(hoursAfterReceipt(2))).getMessageKey())
                .isEqualTo("case.error.notOpen");
    }

    // ---- classification override ----

    @Test
    @DisplayName("R-L3 an override needs a reason, moves the responsibility with the class and is on the timeline")
    void overrideClassification() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, ServiceClass.WARRANTY);
        assertThat(refusal(() -> serviceCase.overrideClassification(ServiceClass.PAID, " ", NOW))
                        .getMessageKey())
                .isEqualTo("case.error.overrideReasonRequired");
        assertThat(serviceCase.getServiceClass()).isEqualTo(ServiceClass.WARRANTY);

        serviceCase.overrideClassification(ServiceClass.PAID, "业主误操作导致损坏，不属质保范围", NOW);

        assertThat(serviceCase.getServiceClass()).isEqualTo(ServiceClass.PAID);
        assertThat(serviceCase.isClassificationOverridden()).isTrue();
        assertThat(serviceCase.getResponsibility()).isEqualTo(Responsibility.POST_WARRANTY);
        assertThat(serviceCase.getTimeline())
                .filteredOn(event -> event.getKind() == CaseEventKind.CLASSIFICATION_OVERRIDDEN)
                .singleElement()
                .satisfies(event -> assertThat(event.getDetail()).isEqualTo("WARRANTY → PAID: 业主误操作导致损坏，不属质保范围"));
        assertThat(refusal(() -> serviceCase.overrideClassification(ServiceClass.PAID, "再改一次", NOW))
                        .getMessageKey())
                .isEqualTo("case.error.serviceClassUnchanged");
        assertThat(refusal(() -> serviceCase.overrideClassification(ServiceClass.CONSTRUCTION_PHASE, "施工期", NOW))
                        .getMessageKey())
                .isEqualTo("case.error.constructionPhaseFixed");
    }

    @Test
    @DisplayName("R-S11 a crisis flag marks the case a priority special case, once, on the timeline")
    void crisis() {
        ServiceCase serviceCase = register(CaseType.COMPLAINT, false, ServiceClass.WARRANTY);

        serviceCase.flagCrisis(hoursAfterReceipt(1));
        serviceCase.flagCrisis(hoursAfterReceipt(2));

        assertThat(serviceCase.isCrisis()).isTrue();
        assertThat(serviceCase.getTimeline())
                .filteredOn(event -> event.getKind() == CaseEventKind.CRISIS_FLAGGED)
                .hasSize(1);
    }

    @Test
    @DisplayName("R-S1 the readable number is SC-yyyy-nnnnn")
    void numberFormat() {
        assertThat(ServiceCase.number(2026, 42)).isEqualTo("SC-2026-00042");
        assertThat(ServiceCase.number(2027, 1)).isEqualTo("SC-2027-00001");
    }

    @Test
    @DisplayName("R-S5 a clock's hours are taken when it starts and never read again (R-O2)")
    void hoursFixedAtStart() {
        assertThatThrownBy(() -> new SlaClock(null, ClockKind.REPLY, RECEIVED, 0))
                .isInstanceOf(IllegalArgumentException.class);
        ServiceCase serviceCase = new ServiceCase(
                "SC-2026-00001",
                project,
                pump,
                intake(CaseType.SERVICE_REQUEST, Channel.HOTLINE, RECEIVED, true),
                ServiceClass.WARRANTY,
                NOW,
                12,
                36);

        assertThat(serviceCase.clock(ClockKind.REPLY).orElseThrow().getDueAt()).isEqualTo(hoursAfterReceipt(12));
        assertThat(serviceCase.clock(ClockKind.MAJOR_MATTER).orElseThrow().getDueAt())
                .isEqualTo(hoursAfterReceipt(36));
    }
}
