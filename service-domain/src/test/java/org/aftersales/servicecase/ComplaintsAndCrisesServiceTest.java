package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.notification.Notification;
import org.aftersales.notification.NotificationFixtures;
import org.aftersales.notification.NotificationKind;
import org.aftersales.notification.NotificationService;
import org.aftersales.notification.OutgoingMail;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.aftersales.testing.RecordingEvent;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Routing to suppliers (R-S2), complaint hand-offs (R-S10) and crises (R-S11) against the migrated schema (H2), with
 * the notifications they make. "Now" is 2026-03-10 10:00 Shanghai; the project is in warranty.
 */
class ComplaintsAndCrisesServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private TestDatabase database;
    private Project plant;
    private Subcontractor pumpMaker;
    private AppUser leader;
    private final RecordingEvent<OutgoingMail> mails = new RecordingEvent<>();

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("complaints");
        Department east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        plant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        pumpMaker = database.saved(new Subcontractor("南方泵业", SubcontractorKind.EQUIPMENT_SUPPLIER));
        leader = new AppUser("leader", "分管领导", "hash", Set.of(Role.DIVISION_LEADER));
        leader.changeEmail("leader@example.com");
        database.saved(leader);
        database.saved(new AppUser("gm", "总经理", "hash", Set.of(Role.GENERAL_MANAGER)));
        database.saved(new AppUser("specialist", "售后专责", "hash", Set.of(Role.AFTER_SALES_SPECIALIST)));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private ServiceCaseService cases() {
        Caller specialist = new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
        ServiceCaseService service = CaseFixtures.caseService(database.em(), specialist, CLOCK);
        service.notifications = NotificationFixtures.notificationService(database.em(), specialist, CLOCK, mails);
        return service;
    }

    private NotificationService inboxOf(String username, Role role) {
        Caller caller = new TestCaller(null, role) {
            @Override
            public String username() {
                return username;
            }
        };
        return NotificationFixtures.notificationService(database.em(), caller, CLOCK, mails);
    }

    private ServiceCase register(CaseType type, boolean majorMatter, boolean crisis) {
        CaseIntake intake = new CaseIntake(
                plant.getId(),
                null,
                Channel.PHONE,
                type,
                "王工",
                Instant.parse("2026-03-10T01:00:00Z"),
                "出水浊度超标，怀疑设计缺陷",
                majorMatter,
                crisis);
        ServiceCaseService service = cases();
        return database.inTransaction(() -> service.register(intake));
    }

    private List<Notification> inbox(String username, Role role) {
        NotificationService inbox = inboxOf(username, role);
        return database.inTransaction(() -> inbox.mine(false, PageRequest.first(50)))
                .items();
    }

    // ---- R-S10 complaints ----

    @Test
    @DisplayName("R-S10 a complaint cannot close until every hand-off is answered: refused naming it, closes after")
    void complaintClosesOnlyWhenAnswered() {
        ServiceCase complaint = register(CaseType.COMPLAINT, false, false);
        ServiceCaseService service = cases();
        ComplaintHandoff toSupplier = database.inTransaction(() -> service.handOffComplaint(
                complaint.getId(),
                HandoffTarget.SUBCONTRACTOR,
                pumpMaker.getId(),
                ComplaintSubject.QUALITY,
                null,
                null));
        ComplaintHandoff toDesign = database.inTransaction(() -> service.handOffComplaint(
                complaint.getId(), HandoffTarget.DESIGN, null, ComplaintSubject.DESIGN, null, null));
        database.inTransaction(() -> service.recordOwnerUpdate(complaint.getId(), "已转设计部和厂家，三日内答复", null, null));

        assertThatThrownBy(() -> database.inTransaction(() -> service.close(complaint.getId(), "已处理", null, null)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    BusinessException refused = (BusinessException) e;
                    assertThat(refused.getMessageKey()).isEqualTo("complaint.error.handoffUnanswered");
                    assertThat(refused.getArguments()[0]).isEqualTo("南方泵业");
                });

        database.inTransaction(
                () -> service.recordHandoffAnswer(complaint.getId(), toSupplier.getId(), "更换密封件批次", null, null));
        assertThatThrownBy(() -> database.inTransaction(() -> service.close(complaint.getId(), "已处理", null, null)))
                .isInstanceOf(BusinessException.class)
                .satisfies(e ->
                        assertThat(((BusinessException) e).getArguments()[0]).isEqualTo("DESIGN"));

        database.inTransaction(
                () -> service.recordHandoffAnswer(complaint.getId(), toDesign.getId(), "设计复核无误", null, null));
        ServiceCase closed = database.inTransaction(() -> service.close(complaint.getId(), "已答复业主", null, null));

        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        database.em().clear();
        ServiceCase read = database.inTransaction(() -> cases().find(complaint.getId()));
        assertThat(read.getHandoffs()).extracting(ComplaintHandoff::getAnswer).containsExactly("更换密封件批次", "设计复核无误");
        assertThat(read.getHandoffs()).allMatch(h -> h.getAnsweredAt().equals(NOW));
        assertThat(read.getOwnerUpdates()).extracting(OwnerUpdate::getText).containsExactly("已转设计部和厂家，三日内答复");
        assertThat(read.getTimeline())
                .extracting(CaseEvent::getKind)
                .contains(
                        CaseEventKind.COMPLAINT_HANDED_OFF,
                        CaseEventKind.COMPLAINT_ANSWERED,
                        CaseEventKind.OWNER_INFORMED,
                        CaseEventKind.CLOSED);
        assertThat(read.getTimeline().stream().filter(e -> e.getKind() == CaseEventKind.COMPLAINT_HANDED_OFF))
                .hasSize(2);
    }

    @Test
    @DisplayName(
            "R-S10 only feedback and complaints are handed off; to a subcontractor naming which, to Design without one")
    void handOffRules() {
        ServiceCase request = register(CaseType.SERVICE_REQUEST, false, false);
        ServiceCase complaint = register(CaseType.COMPLAINT, false, false);
        ServiceCase feedback = register(CaseType.FEEDBACK, false, false);
        ServiceCaseService service = cases();
        // Issue 19 item 6: 意见和投诉 — feedback is handed off too (before, only COMPLAINT was).
        assertThat(database.inTransaction(() -> service.handOffComplaint(
                                feedback.getId(), HandoffTarget.DESIGN, null, ComplaintSubject.FUNCTION, null, null))
                        .getSubject())
                .isEqualTo(ComplaintSubject.FUNCTION);

        assertThatThrownBy(() -> database.inTransaction(() -> service.handOffComplaint(
                        request.getId(), HandoffTarget.DESIGN, null, ComplaintSubject.DESIGN, null, null)))
                .hasMessage("complaint.error.notComplaint");
        assertThatThrownBy(() -> database.inTransaction(() -> service.handOffComplaint(
                        complaint.getId(), HandoffTarget.SUBCONTRACTOR, null, ComplaintSubject.QUALITY, null, null)))
                .hasMessage("complaint.error.subcontractorRequired");
        assertThatThrownBy(() -> database.inTransaction(() -> service.handOffComplaint(
                        complaint.getId(),
                        HandoffTarget.DESIGN,
                        pumpMaker.getId(),
                        ComplaintSubject.DESIGN,
                        null,
                        null)))
                .hasMessage("complaint.error.subcontractorNotForDesign");
        assertThatThrownBy(() -> database.inTransaction(
                        () -> service.recordHandoffAnswer(complaint.getId(), 999_999L, "x", null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    private ServiceCase registerConcerning(CaseType type, ComplaintSubject concern) {
        CaseIntake intake = new CaseIntake(
                plant.getId(),
                null,
                Channel.PHONE,
                type,
                "王工",
                Instant.parse("2026-03-10T01:00:00Z"),
                "2号泵运行一月即密封失效，怀疑产品质量",
                false,
                false,
                null,
                concern);
        ServiceCaseService service = cases();
        return database.inTransaction(() -> service.register(intake));
    }

    private static BusinessException refusedBy(Runnable act) {
        try {
            act.run();
        } catch (BusinessException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName(
            "R-S10: a feedback recorded at intake as concerning product quality can neither close nor be cancelled until"
                    + " handed off and answered; the hand-off takes the concern as its subject; owner updates are recorded")
    void concernedFeedbackWaitsForItsHandoff() {
        ServiceCase feedback = registerConcerning(CaseType.FEEDBACK, ComplaintSubject.QUALITY);
        ServiceCaseService service = cases();
        assertThat(feedback.getConcern()).isEqualTo(ComplaintSubject.QUALITY);
        assertThat(feedback.isAwaitingHandoff()).isTrue();

        // Before: a feedback could not be handed off at all, and closed (or was cancelled) freely.
        BusinessException close =
                refusedBy(() -> database.inTransaction(() -> service.close(feedback.getId(), "已答复业主", null, null)));
        assertThat(close.getMessageKey()).isEqualTo("complaint.error.handoffRequired");
        assertThat(close.getArguments()).containsExactly(feedback.getNumber(), "ComplaintSubject.QUALITY");
        BusinessException cancel =
                refusedBy(() -> database.inTransaction(() -> service.cancel(feedback.getId(), "业主撤回", null, null)));
        assertThat(cancel.getMessageKey()).isEqualTo("complaint.error.handoffRequiredCancel");

        ComplaintHandoff handoff = database.inTransaction(() -> service.handOffComplaint(
                feedback.getId(), HandoffTarget.SUBCONTRACTOR, pumpMaker.getId(), null, null, null));
        assertThat(handoff.getSubject()).as("the intake's concern").isEqualTo(ComplaintSubject.QUALITY);
        database.inTransaction(() -> service.recordOwnerUpdate(feedback.getId(), "已转南方泵业，约定周五前答复并告知业主", null, null));
        BusinessException open =
                refusedBy(() -> database.inTransaction(() -> service.cancel(feedback.getId(), "业主撤回", null, null)));
        assertThat(open.getMessageKey()).isEqualTo("complaint.error.handoffUnansweredCancel");
        assertThat(open.getArguments()[0]).isEqualTo("南方泵业");

        database.inTransaction(
                () -> service.recordHandoffAnswer(feedback.getId(), handoff.getId(), "密封件批次缺陷，免费更换", null, null));
        ServiceCase closed = database.inTransaction(() -> service.close(feedback.getId(), "已更换密封件", null, null));
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.isAwaitingHandoff()).isFalse();
        assertThat(closed.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(
                        CaseEventKind.COMPLAINT_HANDED_OFF,
                        CaseEventKind.OWNER_INFORMED,
                        CaseEventKind.COMPLAINT_ANSWERED,
                        CaseEventKind.CLOSED);
    }

    @Test
    @DisplayName(
            "R-S10: a quality complaint cannot close without a hand-off, a complaint with an open hand-off cannot be"
                    + " cancelled, and only feedback and complaints record a concern")
    void complaintGateAndConcernOnlyForFeedbackOrComplaint() {
        ServiceCaseService service = cases();
        ServiceCase quality = registerConcerning(CaseType.COMPLAINT, ComplaintSubject.DESIGN);
        assertThat(refusedBy(() -> database.inTransaction(() -> service.close(quality.getId(), "已答复", null, null)))
                        .getMessageKey())
                .as("before: closed without any hand-off")
                .isEqualTo("complaint.error.handoffRequired");

        ServiceCase plain = register(CaseType.COMPLAINT, false, false);
        database.inTransaction(() -> service.handOffComplaint(
                plain.getId(), HandoffTarget.DESIGN, null, ComplaintSubject.DESIGN, null, null));
        assertThat(refusedBy(() -> database.inTransaction(() -> service.cancel(plain.getId(), "重复登记", null, null)))
                        .getMessageKey())
                .as("before: cancelling ignored the open hand-off")
                .isEqualTo("complaint.error.handoffUnansweredCancel");
        assertThat(database.inTransaction(() -> cases().find(plain.getId())).getStatus())
                .isEqualTo(CaseStatus.REGISTERED);

        for (CaseType other : List.of(CaseType.SERVICE_REQUEST, CaseType.CONSULTATION)) {
            BusinessException refused = refusedBy(() -> registerConcerning(other, ComplaintSubject.QUALITY));
            assertThat(refused.getMessageKey()).isEqualTo("complaint.error.concernOnlyFeedbackOrComplaint");
            assertThat(refused.getField()).isEqualTo("concern");
        }
        // A feedback without a concern needs no hand-off: it closes with its answer as before.
        ServiceCase noted = register(CaseType.FEEDBACK, false, false);
        assertThat(database.inTransaction(() -> service.close(noted.getId(), "已记录，转设计部参考", null, null))
                        .getStatus())
                .isEqualTo(CaseStatus.CLOSED);
    }

    // ---- R-S11 crises ----

    @Test
    @DisplayName("R-S11 flagging a crisis notifies the division leader and the general manager at once, in the portal"
            + " and by e-mail after the commit, once; the case heads the list until closed")
    void crisisNotifiesLeadershipAndHeadsTheList() {
        ServiceCase older = register(CaseType.SERVICE_REQUEST, false, false);
        ServiceCase crisis = register(CaseType.CONSULTATION, false, false);
        ServiceCaseService service = cases();

        database.inTransaction(() -> service.flagCrisis(crisis.getId(), null, null));
        database.inTransaction(() -> service.flagCrisis(crisis.getId(), null, null));

        assertThat(inbox("leader", Role.DIVISION_LEADER)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.CRISIS);
            assertThat(n.getCaseNumber()).isEqualTo(crisis.getNumber());
            assertThat(n.getTextZh()).contains(crisis.getNumber()).contains("危机");
            assertThat(n.getTextEn()).contains(crisis.getNumber()).contains("crisis");
        });
        assertThat(inbox("gm", Role.GENERAL_MANAGER))
                .extracting(Notification::getKind)
                .containsExactly(NotificationKind.CRISIS);
        assertThat(inbox("specialist", Role.AFTER_SALES_SPECIALIST))
                .as("the specialist was told of the routing at registration (R-S2), not of the crisis")
                .extracting(Notification::getKind)
                .containsOnly(NotificationKind.CASE_ROUTED);
        assertThat(mails.fired()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("leader@example.com");
            assertThat(mail.subject()).contains(crisis.getNumber());
        });

        Page<ServiceCase> list =
                database.inTransaction(() -> service.list(CaseFilter.NONE, new PageRequest(0, 10, "receivedAt", true)));
        assertThat(list.items()).extracting(ServiceCase::getId).startsWith(crisis.getId());

        database.inTransaction(() -> service.close(crisis.getId(), "已答复", null, null));
        Page<ServiceCase> after =
                database.inTransaction(() -> service.list(CaseFilter.NONE, new PageRequest(0, 10, "number", true)));
        assertThat(after.items()).extracting(ServiceCase::getId).containsExactly(older.getId(), crisis.getId());
    }

    @Test
    @DisplayName("R-S11 a user reads and marks only their own notifications")
    void markRead() {
        ServiceCase crisis = register(CaseType.SERVICE_REQUEST, false, true);
        Notification mine = inbox("leader", Role.DIVISION_LEADER).get(0);
        NotificationService gm = inboxOf("gm", Role.GENERAL_MANAGER);
        assertThatThrownBy(() -> database.inTransaction(() -> gm.markRead(mine.getId())))
                .isInstanceOf(NotFoundException.class);

        NotificationService leaderInbox = inboxOf("leader", Role.DIVISION_LEADER);
        database.inTransaction(() -> leaderInbox.markRead(mine.getId()));

        assertThat(database.inTransaction(() -> leaderInbox.mine(true, PageRequest.first(10)))
                        .total())
                .isZero();
        assertThat(database.inTransaction(() -> leaderInbox.mine(false, PageRequest.first(10)))
                        .items())
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getReadAt()).isEqualTo(NOW);
                    assertThat(n.getCaseNumber()).isEqualTo(crisis.getNumber());
                });
    }

    // ---- R-S2 routing ----

    @Test
    @DisplayName("R-S2 an urgent case (major matter or crisis) notifies leadership at registration; a routine one not")
    void urgentCaseNotifiesLeadership() {
        register(CaseType.SERVICE_REQUEST, false, false);
        ServiceCase major = register(CaseType.SERVICE_REQUEST, true, false);

        assertThat(inbox("leader", Role.DIVISION_LEADER)).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.URGENT_CASE);
            assertThat(n.getCaseNumber()).isEqualTo(major.getNumber());
        });
        assertThat(inbox("gm", Role.GENERAL_MANAGER)).hasSize(1);
    }

    @Test
    @DisplayName("R-S2 a case forwarded to an equipment supplier is tracked: sent at, answer, answered at, timeline")
    void forwardingTracked() {
        ServiceCase serviceCase = register(CaseType.SERVICE_REQUEST, false, false);
        ServiceCaseService service = cases();
        Instant sent = Instant.parse("2026-03-10T01:30:00Z");

        SupplierForwarding forwarding = database.inTransaction(
                () -> service.forwardToSupplier(serviceCase.getId(), pumpMaker.getId(), sent, null));
        assertThatThrownBy(() -> database.inTransaction(() -> service.recordSupplierAnswer(
                        serviceCase.getId(), forwarding.getId(), "已安排", Instant.parse("2026-03-10T01:00:00Z"), null)))
                .as("an answer claimed before the forwarding it follows: refused by the late-entry rule")
                .hasMessage("case.error.beforePreviousAct");
        database.inTransaction(
                () -> service.recordSupplierAnswer(serviceCase.getId(), forwarding.getId(), "厂家明日派人到场", null, null));
        assertThatThrownBy(() -> database.inTransaction(() ->
                        service.recordSupplierAnswer(serviceCase.getId(), forwarding.getId(), "again", null, null)))
                .hasMessage("forwarding.error.alreadyAnswered");

        database.em().clear();
        ServiceCase read = database.inTransaction(() -> cases().find(serviceCase.getId()));
        assertThat(read.getForwardings()).singleElement().satisfies(f -> {
            assertThat(f.getSupplier().getName()).isEqualTo("南方泵业");
            assertThat(f.getSentAt()).isEqualTo(sent);
            assertThat(f.getAnswer()).isEqualTo("厂家明日派人到场");
            assertThat(f.getAnsweredAt()).isEqualTo(NOW);
        });
        assertThat(read.getTimeline())
                .extracting(CaseEvent::getKind)
                .contains(CaseEventKind.FORWARDED_TO_SUPPLIER, CaseEventKind.SUPPLIER_ANSWERED);
    }
}
