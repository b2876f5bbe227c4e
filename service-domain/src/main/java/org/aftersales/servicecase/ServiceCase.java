package org.aftersales.servicecase;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Refusals;
import org.aftersales.staff.AppUser;
import org.aftersales.subcontractor.Subcontractor;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A service case: one call, fax, e-mail, letter, hotline call or visit from an owner or a project department, from
 * its registration to its close (R-S1 … R-S5, R-S8; 第三章, 第四章第四条).
 *
 * <p><b>Intake.</b> Every item received is registered — who, when, channel, project, equipment, description — as a
 * service request, consultation, feedback or complaint, and gets a readable number {@code SC-yyyy-nnnnn} (the year
 * the call came in, in the configured zone). Nothing received goes unrecorded: a call about a project still in
 * construction is registered too, as {@link ServiceClass#CONSTRUCTION_PHASE}, and forwarded to the project
 * department without after-sales clocks (R-L3). The call may be logged after the fact, never before it came in.
 *
 * <p><b>Class and responsibility.</b> The class (R-L3) is decided at registration by {@link ServiceClassifier};
 * changing it needs a reason and is kept on the timeline. The responsibility (R-L5) follows the class.
 *
 * <p><b>Clocks</b> (calendar hours, fixed when they start, R-O2):
 * <ul>
 *   <li>{@link ClockKind#REPLY}: service requests and complaints owe the owner a reply within the reply hours (24)
 *       of receipt (第三章1; R-S3); met by the recorded reply;
 *   <li>{@link ClockKind#MAJOR_MATTER}: a case that needs on-site work or equipment replacement (第三章2(1)) —
 *       flagged at intake, or made so when on-site work is confirmed — must within the major-matter hours (24) of
 *       receipt be clarified, reported to the division leader and answered to the owner (R-S4): met only when both
 *       the leader report and the reply are recorded, at the later of the two;
 *   <li>{@link ClockKind#ON_SITE_ARRIVAL}: on site within the arrival hours (72, or the contract's, R-L4) of the
 *       confirmation that on-site work is needed (第三章2(2); R-S5); met by the recorded arrival; the only clock that
 *       may be paused, with a reason, while the case waits on the owner.
 * </ul>
 *
 * <p><b>On-site service</b> (R-S6 … R-S9): ON_SITE_CONFIRMED → DISPATCHED → ARRIVED → WORK_DONE → SIGNED_OFF →
 * CLOSED. The after-sales specialist proposes whom to send for a planned window, the division leader or the general
 * manager approves — and may send others — or rejects ({@link Dispatch}); an engineer already booked on an
 * overlapping approved window is refused. Before the visit the arrival time and the owner's cooperation are agreed;
 * the safety rules are acknowledged before any work, and the work done cannot be recorded without that
 * ({@link OnSiteVisit}). The owner-side responsible person signs or stamps the service report, the customer signs the
 * repair dispatch ticket; with both the case is SIGNED_OFF, and the signed report never changes again — corrections
 * are amendments ({@link ServiceReport}). Work that cannot be done on site needs the customer's consent, a report to
 * leadership, a service-book entry and a responsibility split ({@link FactoryReturn}). After the service the engineer
 * files a trip report, and a company leader assesses the service once it is signed off (R-S12).
 *
 * <p><b>Closing.</b> A case answered remotely goes REGISTERED → ANSWERED → CLOSED and closes with its recorded answer
 * (R-S3). A case with on-site service closes only once the owner's responsible person has signed the service report
 * and the customer the dispatch ticket (主管人签章认可, 第三章2(3); R-S8): until then, closing it is refused, saying
 * which signature is missing. Any open case can be cancelled with a reason. Clocks still unmet when a case closes stop
 * there.
 *
 * <p>Every act appends a line to the timeline ({@link CaseEvent}): who, when, what. Acts are often entered after the
 * fact, so each line keeps both the time claimed — by which the clocks are judged — and the time entered; an act entered
 * by a user goes through {@link #enter}, where {@link LateEntryRule} refuses a claim in the future or before the act it
 * follows and lets one older than the policy's bound (24 h) through only with a reason, marked late.
 */
@Entity
@Table(name = "service_case")
public class ServiceCase extends BaseEntity {

    public static final int NUMBER_LENGTH = 20;
    public static final int REPORTER_NAME_LENGTH = 100;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int ANSWER_LENGTH = 4000;
    public static final int REASON_LENGTH = 500;
    public static final int ENUM_LENGTH = 30;

    /** A call logged up to this much "in the future" is taken as received now: clocks of two machines differ. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @NotBlank
    @Size(max = NUMBER_LENGTH)
    @Column(name = "case_number", nullable = false, unique = true, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    /**
     * The project's code, copied when the case is registered — a project's code never changes — so that the case list
     * sorts by project on an index of this table alone (scale issue; README "The service case: one head row").
     */
    @Column(name = "project_code", nullable = false, updatable = false, length = Project.CODE_LENGTH)
    private String projectCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_item_id", updatable = false)
    private EquipmentItem equipmentItem;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = ENUM_LENGTH)
    private Channel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false, updatable = false, length = ENUM_LENGTH)
    private CaseType type;

    /** Who called: the owner's person or the project department's, as they gave their name. */
    @NotBlank
    @Size(max = REPORTER_NAME_LENGTH)
    @Column(name = "reporter_name", nullable = false, updatable = false, length = REPORTER_NAME_LENGTH)
    private String reporterName;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    /**
     * The intake named no time received: {@code receivedAt} is the time of entry (API.md, R-S1), and the case says so
     * rather than pass it off as a time someone stated.
     */
    @Column(name = "received_at_defaulted", nullable = false, updatable = false)
    private boolean receivedAtDefaulted;

    @NotBlank
    @Size(max = DESCRIPTION_LENGTH)
    @Column(nullable = false, updatable = false, length = DESCRIPTION_LENGTH)
    private String description;

    /** On-site work or equipment replacement is needed (第三章2(1)). */
    @Column(name = "major_matter", nullable = false)
    private boolean majorMatter;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "service_class", nullable = false, length = ENUM_LENGTH)
    private ServiceClass serviceClass;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ENUM_LENGTH)
    private Responsibility responsibility;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = ENUM_LENGTH)
    private CaseStatus status;

    /**
     * For feedback and complaints: what the matter concerns when it is the product's quality, function or design
     * reasonableness (R-S10) — it is then handed off and closes only once answered; {@code null} for none.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "concern", updatable = false, length = ENUM_LENGTH)
    private ComplaintSubject concern;

    /** A possible crisis, litigation or reputation risk was flagged (R-S11). */
    @Column(nullable = false)
    private boolean crisis;

    /**
     * A priority special case (专案, R-S11): flagged as a crisis and still open, so it heads every list. Follows from
     * {@code crisis} and the status; kept in its column only so that lists can sort by it.
     */
    @Column(name = "priority_case", nullable = false)
    private boolean priorityCase;

    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Size(max = REASON_LENGTH)
    @Column(name = "cancel_reason", length = REASON_LENGTH)
    private String cancelReason;

    /*
     * The three parts, each its own row and version (issue 16; README "The service case: one head row and three
     * parts"). Read with the head — eagerly, a page of cases in one batch — so that the versions an act meets are the
     * ones read with the state it judged.
     */

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER, optional = false)
    @BatchFetch(BatchFetchType.IN)
    private IntakePart intake;

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER, optional = false)
    @BatchFetch(BatchFetchType.IN)
    private OnSitePart onSite;

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.EAGER, optional = false)
    @BatchFetch(BatchFetchType.IN)
    private SignOffPart signOff;

    /** The parts the acts since the last save changed ({@link CaseActs#saved} increments their versions). */
    @Transient
    private EnumSet<CasePart.Kind> changed = EnumSet.noneOf(CasePart.Kind.class);

    /** The head's columns an act may change, as read or last written ({@link #changedOwnColumns}). */
    @Transient
    private List<Object> headAsRead;

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("startedAt ASC, id ASC")
    @BatchFetch(BatchFetchType.IN)
    private List<SlaClock> clocks = new ArrayList<>();

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("claimedAt ASC, id ASC")
    private List<CaseEvent> events = new ArrayList<>();

    /**
     * The act being entered ({@link #enter}): the lines it appends carry when it was entered and why it was late, the
     * clock it meets whether a late entry met it. {@code null} outside an entry — an act taken as history.
     */
    @Transient
    private ClaimedTime entering;

    /** Every proposal of whom to send, approved, rejected or still open, oldest first (R-S6). */
    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("proposedAt ASC, id ASC")
    private List<Dispatch> dispatches = new ArrayList<>();

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private OnSiteVisit visit;

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private ServiceReport serviceReport;

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private DispatchTicket dispatchTicket;

    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("consentAt ASC, id ASC")
    private List<FactoryReturn> factoryReturns = new ArrayList<>();

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private TripReport tripReport;

    @OneToOne(mappedBy = "serviceCase", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private ServiceAssessment assessment;

    /** Forwardings to equipment suppliers, oldest first (R-S2). */
    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("sentAt ASC, id ASC")
    private List<SupplierForwarding> forwardings = new ArrayList<>();

    /** A complaint's hand-offs to the Design Department or a subcontractor, oldest first (R-S10). */
    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("sentAt ASC, id ASC")
    private List<ComplaintHandoff> handoffs = new ArrayList<>();

    /** What the owner was told while the complaint was open, oldest first (R-S10). */
    @OneToMany(mappedBy = "serviceCase", cascade = CascadeType.ALL)
    @OrderBy("informedAt ASC, id ASC")
    private List<OwnerUpdate> ownerUpdates = new ArrayList<>();

    protected ServiceCase() {}

    /**
     * Registers a call (R-S1) taken as history — the demo data, an import — under its number, with the class the
     * classifier gave it, and starts its clocks with the policy's hours as they are now. History is exempt from the
     * late-entry bound ({@link LateEntryRule}); a call at the hotline goes through {@link #ServiceCase(String, Project,
     * EquipmentItem, CaseIntake, ServiceClass, ClaimedTime, int, int)}.
     *
     * @param itemOrNull the equipment item, which must belong to {@code project}
     * @param intake what was taken down; its ids are the caller's business, {@code project} and {@code itemOrNull}
     *     are what they named
     * @param now the registration instant: {@code receivedAt} defaults to it and may not be later (beyond
     *     {@link #CLOCK_SKEW})
     */
    public ServiceCase(
            String number,
            Project project,
            EquipmentItem itemOrNull,
            CaseIntake intake,
            ServiceClass serviceClass,
            Instant now,
            int replyHours,
            int majorMatterHours) {
        this(number, project, itemOrNull, intake, serviceClass, asHistory(intake, now), replyHours, majorMatterHours);
    }

    /**
     * What a call must name before it is registered (R-S1): project, channel, type, who called and what about, each
     * within its length. Everything missing is found at once — the specialist has the owner on the phone and asks for
     * all of it in one go (issue 18 item 5) —; the caller adds its own checks (the time received) and refuses once.
     */
    public static Refusals checkIntake(CaseIntake intake) {
        Refusals refusals = new Refusals();
        if (intake.projectId() == null) {
            refusals.add("projectId", "case.error.projectRequired");
        }
        if (intake.channel() == null) {
            refusals.add("channel", "case.error.channelRequired");
        }
        if (intake.type() == null) {
            refusals.add("type", "case.error.typeRequired");
        }
        String reporter = Inputs.stripToNull(intake.reporterName());
        if (reporter == null) {
            refusals.add("reporterName", "case.error.reporterNameRequired");
        } else if (reporter.length() > REPORTER_NAME_LENGTH) {
            refusals.add("reporterName", "case.error.tooLong", REPORTER_NAME_LENGTH);
        }
        String text = Inputs.stripToNull(intake.description());
        if (text == null) {
            refusals.add("description", "case.error.descriptionRequired");
        } else if (text.length() > DESCRIPTION_LENGTH) {
            refusals.add("description", "case.error.tooLong", DESCRIPTION_LENGTH);
        }
        if (intake.concern() != null && intake.type() != null && !intake.type().isHandedOffWhenConcerned()) {
            refusals.add("concern", "complaint.error.concernOnlyFeedbackOrComplaint");
        }
        return refusals;
    }

    /**
     * Registers a call (R-S1) entered now under its number, with the class the classifier gave it, and starts its
     * clocks with the policy's hours as they are now.
     *
     * @param received the time received as the intake claims it, judged by {@link LateEntryRule#judgeIntake}: now
     *     when the intake names none — then the case says so ({@link #isReceivedAtDefaulted()}) —, a late entry with its
     *     reason when older than the bound
     */
    public ServiceCase(
            String number,
            Project project,
            EquipmentItem itemOrNull,
            CaseIntake intake,
            ServiceClass serviceClass,
            ClaimedTime received,
            int replyHours,
            int majorMatterHours) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(serviceClass, "serviceClass");
        Objects.requireNonNull(received, "received");
        checkIntake(intake).throwIfAny();
        if (project == null) {
            throw new BusinessException("projectId", "case.error.projectRequired");
        }
        if (itemOrNull != null && itemOrNull.getProject() != project && !project.equals(itemOrNull.getProject())) {
            throw new BusinessException(
                    "equipmentItemId", "case.error.itemNotInProject", itemOrNull.getTag(), project.getCode());
        }
        String reporter = Inputs.stripToNull(intake.reporterName());
        String text = Inputs.stripToNull(intake.description());
        this.number = number;
        this.project = project;
        this.projectCode = project.getCode();
        this.equipmentItem = itemOrNull;
        this.channel = intake.channel();
        this.type = intake.type();
        this.reporterName = reporter;
        this.receivedAt = received.claimedAt();
        this.receivedAtDefaulted = intake.receivedAt() == null;
        this.description = text;
        this.majorMatter = intake.majorMatter();
        this.serviceClass = serviceClass;
        this.responsibility = Responsibility.forClass(serviceClass);
        this.status = CaseStatus.REGISTERED;
        this.crisis = intake.crisis();
        this.priorityCase = crisis;
        this.concern = intake.concern();
        this.intake = new IntakePart(this);
        this.onSite = new OnSitePart(this);
        this.signOff = new SignOffPart(this);

        entering = received;
        append(CaseEventKind.REGISTERED, receivedAt, null);
        if (!serviceClass.isAfterSales()) {
            append(CaseEventKind.FORWARDED_TO_PROJECT_DEPARTMENT, receivedAt, null);
        } else {
            if (type.isReplyDue()) {
                startClock(ClockKind.REPLY, receivedAt, replyHours);
            }
            if (majorMatter) {
                startClock(ClockKind.MAJOR_MATTER, receivedAt, majorMatterHours);
            }
        }
        if (crisis) {
            append(CaseEventKind.CRISIS_FLAGGED, receivedAt, null);
        }
        entering = null;
    }

    /** A call taken as history: received when the intake says, else at {@code now}, never later than now. */
    private static ClaimedTime asHistory(CaseIntake intake, Instant now) {
        Objects.requireNonNull(now, "now");
        Instant received = intake.receivedAt() != null ? intake.receivedAt() : now;
        if (received.isAfter(now.plus(CLOCK_SKEW))) {
            throw new BusinessException("receivedAt", "case.error.receivedInFuture");
        }
        return new ClaimedTime(received, now, null);
    }

    /** The readable number of the {@code sequence}-th case received in {@code year}: {@code SC-2026-00042}. */
    public static String number(int year, int sequence) {
        return String.format("SC-%04d-%05d", year, sequence);
    }

    // ---- entering an act ----

    /**
     * Enters an act now at the time the user claims (Robustness issue: acts carry the time claimed and the time entered):
     * {@link LateEntryRule} judges the claim against the act it follows — the latest act on the timeline — and the act
     * then runs at the claimed time. Every line it appends keeps when it was entered and, for a late entry, why; a clock
     * it meets remembers that a late entry met it. Calling an act directly, without this, takes its time as history.
     *
     * @param at the time claimed; now when {@code null}
     * @param lateReason why a claim older than the rule's bound is entered only now; ignored for a timely claim
     * @param act the business method, given the claimed time
     */
    public void enter(LateEntryRule rule, Instant at, String lateReason, Consumer<Instant> act) {
        enterReturning(rule, at, lateReason, claimed -> {
            act.accept(claimed);
            return null;
        });
    }

    /** As {@link #enter}, for an act that makes something the caller needs (a forwarding, a hand-off). */
    public <T> T enterReturning(LateEntryRule rule, Instant at, String lateReason, Function<Instant, T> act) {
        if (entering != null) {
            throw new IllegalStateException("Already entering an act on " + number);
        }
        ClaimedTime claim = rule.judgeAct(at, lateReason, lastActAt());
        entering = claim;
        try {
            return act.apply(claim.claimedAt());
        } finally {
            entering = null;
        }
    }

    /**
     * The claimed time of the latest act on the timeline — what a new act may not claim to precede; lines recorded at
     * the moment of entry by other records (costs, paid-service steps, corrections, overrides) do not count
     * ({@link CaseEventKind#isSequencedAct()}).
     */
    public Instant lastActAt() {
        return events.stream()
                .filter(event -> event.getKind().isSequencedAct())
                .map(CaseEvent::getClaimedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Whether the act being entered is a late entry. */
    private boolean enteringLate() {
        return entering != null && entering.isLate();
    }

    /** Whether a line of {@code kind} on the timeline is a late entry. */
    private boolean lateLine(CaseEventKind kind) {
        return events.stream().anyMatch(event -> event.getKind() == kind && event.isLate());
    }

    // ---- the acts ----

    /** The owner received a reply (R-S3, R-S4): meets the reply clock; a remote case is then ANSWERED. */
    public void recordReply(Instant at) {
        requireOpen();
        requireNotBeforeReceipt(at);
        if (intake().getRepliedAt() != null) {
            throw new BusinessException("case.error.replyAlreadyRecorded");
        }
        reply(at);
    }

    private void reply(Instant at) {
        intake().setRepliedAt(at);
        append(CaseEventKind.REPLY_RECORDED, at, null);
        clock(ClockKind.REPLY).ifPresent(clock -> clock.meet(at, enteringLate()));
        meetMajorMatterWhenComplete();
        if (status == CaseStatus.REGISTERED) {
            status = CaseStatus.ANSWERED;
        }
    }

    /** The facts were clarified and reported to the division leader (上报分管领导, R-S4). */
    public void recordLeaderReport(Instant at) {
        requireOpen();
        requireNotBeforeReceipt(at);
        if (intake().getLeaderReportedAt() != null) {
            throw new BusinessException("case.error.leaderReportAlreadyRecorded");
        }
        intake().setLeaderReportedAt(at);
        append(CaseEventKind.LEADER_REPORT_RECORDED, at, null);
        meetMajorMatterWhenComplete();
    }

    /**
     * On-site work is confirmed as needed (R-S3, R-S5): the case becomes an on-site service and a major matter, and the
     * arrival clock starts now.
     *
     * @param arrivalHours the limit of the contract in force now, else the policy's ({@link ArrivalLimit})
     * @param majorMatterHours the policy's, for the major-matter clock should the case not be one yet
     */
    public void confirmOnSiteNeeded(Instant at, int arrivalHours, int majorMatterHours) {
        requireOpen();
        if (status.isOnSite()) {
            throw new BusinessException("case.error.onSiteAlreadyConfirmed");
        }
        requireNotBeforeReceipt(at);
        status = CaseStatus.ON_SITE_CONFIRMED;
        onSite().setOnSiteConfirmedAt(at);
        append(CaseEventKind.ON_SITE_CONFIRMED, at, null);
        if (!majorMatter) {
            majorMatter = true;
            if (serviceClass.isAfterSales()) {
                // The major-matter clock is met by the intake part's reply and leader report (R-S4): starting it here
                // judges them, so the act takes the intake part's version too — a reply entered at the same moment
                // meets optimistic locking instead of missing the clock.
                intake();
                startClock(ClockKind.MAJOR_MATTER, receivedAt, majorMatterHours);
                meetMajorMatterWhenComplete();
            }
        }
        if (serviceClass.isAfterSales()) {
            startClock(ClockKind.ON_SITE_ARRIVAL, at, arrivalHours);
        }
    }

    /**
     * The engineer arrived on site (R-S5): meets the arrival clock, ending a pause still open. Only an engineer whom the
     * division leader or the general manager decided to send arrives (R-S6, 第四章第三条3): the case must be DISPATCHED —
     * on-site work confirmed but not yet dispatched is refused, so that no visit happens without the leader's decision.
     */
    public void recordArrival(Instant at) {
        Objects.requireNonNull(at, "at");
        requireOpen();
        if (status == CaseStatus.REGISTERED || status == CaseStatus.ANSWERED) {
            throw new BusinessException("case.error.onSiteNotConfirmed");
        }
        if (status == CaseStatus.ON_SITE_CONFIRMED) {
            throw new BusinessException(null, "case.error.notDispatched", number);
        }
        if (status != CaseStatus.DISPATCHED) {
            throw new BusinessException("case.error.arrivalAlreadyRecorded");
        }
        // R-S7, 第四章第三条5: "上门服务前，应事先与业主联系，明确到场时间和需要业主提供的配合工作" — no arrival without the
        // agreed arrival time and the owner's cooperation on record.
        if (visit == null || !visit.isAgreed()) {
            throw new BusinessException(null, "visit.error.notAgreed", number);
        }
        if (at.isBefore(getOnSiteConfirmedAt())) {
            throw new BusinessException("at", "case.error.timeOrder", at, getOnSiteConfirmedAt());
        }
        Optional<SlaClock> arrival = clock(ClockKind.ON_SITE_ARRIVAL);
        if (arrival.isPresent() && arrival.get().meet(at, enteringLate())) {
            append(CaseEventKind.ARRIVAL_CLOCK_RESUMED, at, null);
        }
        onSite().setArrivedAt(at);
        status = CaseStatus.ARRIVED;
        append(CaseEventKind.ARRIVAL_RECORDED, at, null);
    }

    /** The case waits on the owner (e.g. the owner asks for a later visit): the arrival clock pauses, with the reason. */
    public void pauseArrivalClock(Instant at, String reason) {
        requireOpen();
        SlaClock arrival =
                clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow(() -> new BusinessException("case.error.noArrivalClock"));
        arrival.pause(at, reason);
        onSite();
        append(CaseEventKind.ARRIVAL_CLOCK_PAUSED, at, reason.strip());
    }

    public void resumeArrivalClock(Instant at) {
        requireOpen();
        SlaClock arrival =
                clock(ClockKind.ON_SITE_ARRIVAL).orElseThrow(() -> new BusinessException("case.error.noArrivalClock"));
        arrival.resume(at);
        onSite();
        append(CaseEventKind.ARRIVAL_CLOCK_RESUMED, at, null);
    }

    /**
     * Closes a case answered remotely with its answer (R-S3): REGISTERED → ANSWERED → CLOSED; the answer is the reply
     * to the owner when none was recorded before. A case with on-site service cannot close this way: it needs the
     * owner's sign-off (R-S8).
     */
    public void closeRemotely(String answerText, Instant at) {
        requireOpen();
        if (status.isOnSite()) {
            throw new BusinessException("case.error.signOffMissing");
        }
        String text = Inputs.stripToNull(answerText);
        if (text == null) {
            throw new BusinessException("answer", "case.error.answerRequired");
        }
        if (text.length() > ANSWER_LENGTH) {
            throw new BusinessException("answer", "case.error.tooLong", ANSWER_LENGTH);
        }
        requireNotBeforeReceipt(at);
        Instant repliedAt = intake().getRepliedAt();
        if (repliedAt == null) {
            reply(at);
        } else if (at.isBefore(repliedAt)) {
            throw new BusinessException("at", "case.error.timeOrder", at, repliedAt);
        }
        intake().setAnswer(text);
        finish(CaseStatus.CLOSED, at, text);
        closedAt = at;
    }

    /**
     * Closes a case with on-site service (R-S8; 第三章2(3)): only once the service report is signed or stamped by the
     * owner's responsible person and the customer has signed the dispatch ticket. Until then closing is refused,
     * saying what is missing: both, or the one still unsigned.
     */
    public void closeOnSite(Instant at) {
        requireOpen();
        if (!status.isOnSite()) {
            throw new BusinessException("case.error.notOnSite");
        }
        if (status != CaseStatus.SIGNED_OFF) {
            if (serviceReport != null && dispatchTicket == null) {
                throw new BusinessException("case.error.ticketSignatureMissing");
            }
            if (serviceReport == null && dispatchTicket != null) {
                throw new BusinessException("case.error.reportSignatureMissing");
            }
            throw new BusinessException("case.error.signOffMissing");
        }
        requireNotBeforeReceipt(at);
        Instant signedOffAt = signedOffAt();
        if (at.isBefore(signedOffAt)) {
            throw new BusinessException("at", "case.error.timeOrder", at, signedOffAt);
        }
        finish(CaseStatus.CLOSED, at, null);
        closedAt = at;
    }

    /**
     * Closes the case the way it was handled: on site with sign-off, else remotely with the answer — and a complaint
     * only once every hand-off is answered (R-S10).
     */
    public void close(String answerText, Instant at) {
        requireOpen();
        requireHandoffsAnswered(false);
        if (status.isOnSite()) {
            closeOnSite(at);
        } else {
            closeRemotely(answerText, at);
        }
    }

    /**
     * Cancels an open case, with the reason (a duplicate registration, a call withdrawn by the owner) — not while a
     * hand-off waits for its answer, nor a concerned feedback or complaint before its hand-off is answered (R-S10).
     */
    public void cancel(String reason, Instant at) {
        requireOpen();
        requireHandoffsAnswered(true);
        String text = Inputs.stripToNull(reason);
        if (text == null) {
            throw new BusinessException("reason", "case.error.cancelReasonRequired");
        }
        if (text.length() > REASON_LENGTH) {
            throw new BusinessException("reason", "case.error.tooLong", REASON_LENGTH);
        }
        requireNotBeforeReceipt(at);
        cancelReason = text;
        cancelledAt = at;
        finish(CaseStatus.CANCELLED, at, text);
    }

    /**
     * Overrides the automatic class (R-L3), with the reason; the responsibility follows the new class (R-L5). A call
     * during construction is the project department's and has no clocks: it is neither made one nor made into an
     * after-sales case here — correct the project's handover dates and register the call again.
     */
    public void overrideClassification(ServiceClass newClass, String reason, Instant at) {
        requireOpen();
        if (newClass == null) {
            throw new BusinessException("serviceClass", "case.error.serviceClassRequired");
        }
        String text = Inputs.stripToNull(reason);
        if (text == null) {
            throw new BusinessException("classificationOverrideReason", "case.error.overrideReasonRequired");
        }
        if (text.length() > REASON_LENGTH) {
            throw new BusinessException("classificationOverrideReason", "case.error.tooLong", REASON_LENGTH);
        }
        if (newClass == serviceClass) {
            throw new BusinessException("serviceClass", "case.error.serviceClassUnchanged");
        }
        if (!newClass.isAfterSales() || !serviceClass.isAfterSales()) {
            throw new BusinessException("serviceClass", "case.error.constructionPhaseFixed");
        }
        append(CaseEventKind.CLASSIFICATION_OVERRIDDEN, at, serviceClass + " → " + newClass + ": " + text);
        serviceClass = newClass;
        intake().setClassificationOverrideReason(text);
        responsibility = Responsibility.forClass(newClass);
    }

    /** Makes the case a priority special case (专案, R-S11); flagging it again changes nothing. */
    public void flagCrisis(Instant at) {
        requireOpen();
        if (!crisis) {
            crisis = true;
            priorityCase = true;
            append(CaseEventKind.CRISIS_FLAGGED, at, null);
        }
    }

    /**
     * Whether the case is urgent at registration (R-S2): a possible crisis, or a major matter (on-site work or
     * equipment replacement needed) — leadership is told at once.
     */
    public boolean isUrgent() {
        return crisis || majorMatter;
    }

    /** The case was routed again, to {@code to} (R-S2): its class and so its responsibility changed. */
    void recordRouted(String to, Instant at) {
        append(CaseEventKind.ROUTED, at, to);
    }

    // ---- routing to suppliers (R-S2) ----

    /** Forwards the case to an equipment supplier or subcontractor; tracked until it answers. */
    public SupplierForwarding forwardToSupplier(Subcontractor supplier, Instant at) {
        requireOpen();
        requireNotBeforeReceipt(at);
        SupplierForwarding forwarding = new SupplierForwarding(this, supplier, at);
        intake();
        forwardings.add(forwarding);
        append(CaseEventKind.FORWARDED_TO_SUPPLIER, at, supplier.getName());
        return forwarding;
    }

    /** The supplier's answer to forwarding {@code forwardingId}. */
    public SupplierForwarding recordSupplierAnswer(long forwardingId, String text, Instant at) {
        requireOpen();
        SupplierForwarding forwarding = forwardings.stream()
                .filter(f -> Objects.equals(f.getId(), forwardingId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("supplierForwarding", forwardingId));
        forwarding.answer(text, at);
        intake();
        append(CaseEventKind.SUPPLIER_ANSWERED, at, forwarding.getSupplier().getName() + ": " + forwarding.getAnswer());
        return forwarding;
    }

    public List<SupplierForwarding> getForwardings() {
        return Collections.unmodifiableList(forwardings);
    }

    // ---- complaints (R-S10) ----

    /**
     * Hands a feedback or a complaint about quality, function or design off to the Design Department or the
     * subcontractor concerned (R-S10). Only feedback and complaints are handed off; the case then cannot close or be
     * cancelled until every hand-off is answered.
     *
     * @param subcontractorOrNull the subcontractor for {@link HandoffTarget#SUBCONTRACTOR}, else {@code null}
     * @param subjectOrNull what the matter concerns; the case's {@link #getConcern() concern} when {@code null}
     */
    public ComplaintHandoff handOffComplaint(
            HandoffTarget target, Subcontractor subcontractorOrNull, ComplaintSubject subjectOrNull, Instant at) {
        requireOpen();
        if (!type.isHandedOffWhenConcerned()) {
            throw new BusinessException(null, "complaint.error.notComplaint", number);
        }
        requireNotBeforeReceipt(at);
        ComplaintSubject subject = subjectOrNull != null ? subjectOrNull : concern;
        ComplaintHandoff handoff = new ComplaintHandoff(this, target, subcontractorOrNull, subject, at);
        intake();
        handoffs.add(handoff);
        append(CaseEventKind.COMPLAINT_HANDED_OFF, at, handoff.recipientName() + " " + subject);
        return handoff;
    }

    /** The answer to hand-off {@code handoffId}. */
    public ComplaintHandoff recordHandoffAnswer(long handoffId, String text, Instant at) {
        requireOpen();
        ComplaintHandoff handoff = handoffs.stream()
                .filter(h -> Objects.equals(h.getId(), handoffId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("complaintHandoff", handoffId));
        handoff.answer(text, at);
        intake();
        append(CaseEventKind.COMPLAINT_ANSWERED, at, handoff.recipientName() + ": " + handoff.getAnswer());
        return handoff;
    }

    /**
     * After-sales tracked the hand-off and coordinated and communicated with the owner (R-S10: "售后服务人员跟踪处理情况，
     * 并及时与业主进行协调、沟通"): when, and what was agreed or told.
     */
    public OwnerUpdate recordOwnerUpdate(String text, Instant at) {
        requireOpen();
        requireNotBeforeReceipt(at);
        OwnerUpdate update = new OwnerUpdate(this, text, at);
        intake();
        ownerUpdates.add(update);
        append(CaseEventKind.OWNER_INFORMED, at, update.getText());
        return update;
    }

    /**
     * R-S10, 第四章第三条4: "受理的意见和投诉中涉及产品质量、使用功能和合理性的，应立即送设计部或设备分包商处理，售后服务人员跟踪处理情况".
     * A case neither closes nor is cancelled while a hand-off waits for its answer (the refusal names the first
     * such), and a feedback or complaint recorded as concerning quality, function or design not before a hand-off of
     * it was answered.
     *
     * @param cancelling whether the case is being cancelled (the refusals say so) rather than closed
     */
    private void requireHandoffsAnswered(boolean cancelling) {
        handoffs.stream().filter(h -> !h.isAnswered()).findFirst().ifPresent(open -> {
            throw new BusinessException(
                    null,
                    cancelling ? "complaint.error.handoffUnansweredCancel" : "complaint.error.handoffUnanswered",
                    open.recipientName(),
                    open.getSentAt());
        });
        if (concern != null && handoffs.stream().noneMatch(ComplaintHandoff::isAnswered)) {
            throw new BusinessException(
                    null,
                    cancelling ? "complaint.error.handoffRequiredCancel" : "complaint.error.handoffRequired",
                    number,
                    // translated by the message bundles (ComplaintSubject.QUALITY = 产品质量 …)
                    "ComplaintSubject." + concern.name());
        }
    }

    /** Whether the case waits for a hand-off or its answer before it may close or be cancelled (R-S10). */
    public boolean isAwaitingHandoff() {
        return handoffs.stream().anyMatch(h -> !h.isAnswered())
                || (concern != null && handoffs.stream().noneMatch(ComplaintHandoff::isAnswered));
    }

    public ComplaintSubject getConcern() {
        return concern;
    }

    public List<ComplaintHandoff> getHandoffs() {
        return Collections.unmodifiableList(handoffs);
    }

    public List<OwnerUpdate> getOwnerUpdates() {
        return Collections.unmodifiableList(ownerUpdates);
    }

    // ---- dispatch (R-S6) ----

    /**
     * The after-sales specialist proposes whom to send for the planned window (人员调配建议). Only for a case whose
     * on-site work is confirmed and not yet dispatched, one open proposal at a time.
     *
     * @param bookings approved dispatches of other cases that may book the engineers in the window: a proposed
     *     engineer booked in an overlapping one is refused
     * @param by the specialist's user name
     */
    public Dispatch proposeDispatch(
            List<AppUser> engineers,
            Instant plannedFrom,
            Instant plannedTo,
            List<Dispatch> bookings,
            String by,
            Instant at) {
        requireAwaitingDispatch();
        requireNotBefore(at, getOnSiteConfirmedAt());
        if (openDispatch().isPresent()) {
            throw new BusinessException("dispatch.error.proposalOpen");
        }
        Dispatch dispatch = new Dispatch(this, engineers, plannedFrom, plannedTo, by, at);
        refuseDoubleBooking(dispatch.getProposedEngineers(), plannedFrom, plannedTo, bookings);
        onSite();
        dispatches.add(dispatch);
        append(CaseEventKind.DISPATCH_PROPOSED, at, names(dispatch.getProposedEngineers()));
        return dispatch;
    }

    /**
     * The division leader or the general manager approves the open proposal and decides whom to send — those proposed
     * when {@code chosenOrEmpty} is empty: the engineers are booked for the window and the case is DISPATCHED.
     *
     * @param bookings as for {@link #proposeDispatch}: the decision is checked again against what is booked now
     */
    public Dispatch approveDispatch(List<AppUser> chosenOrEmpty, List<Dispatch> bookings, String by, Instant at) {
        requireAwaitingDispatch();
        Dispatch open = openDispatch().orElseThrow(() -> new BusinessException("dispatch.error.noProposal"));
        requireNotBefore(at, open.getProposedAt());
        List<AppUser> chosen = chosenOrEmpty == null || chosenOrEmpty.isEmpty()
                ? open.getProposedEngineers()
                : Dispatch.requireEngineers(chosenOrEmpty);
        refuseDoubleBooking(chosen, open.getPlannedFrom(), open.getPlannedTo(), bookings);
        open.approve(chosen, by, at);
        onSite();
        status = CaseStatus.DISPATCHED;
        append(CaseEventKind.DISPATCH_APPROVED, at, names(chosen));
        return open;
    }

    /** The open proposal is rejected, with the reason; the specialist may propose again. */
    public Dispatch rejectDispatch(String reason, String by, Instant at) {
        requireAwaitingDispatch();
        Dispatch open = openDispatch().orElseThrow(() -> new BusinessException("dispatch.error.noProposal"));
        requireNotBefore(at, open.getProposedAt());
        String text = Inputs.stripToNull(reason);
        if (text == null) {
            throw new BusinessException("reason", "dispatch.error.rejectionReasonRequired");
        }
        if (text.length() > Dispatch.REASON_LENGTH) {
            throw new BusinessException("reason", "case.error.tooLong", Dispatch.REASON_LENGTH);
        }
        open.reject(text, by, at);
        onSite();
        append(CaseEventKind.DISPATCH_REJECTED, at, text);
        return open;
    }

    private void requireAwaitingDispatch() {
        requireOpen();
        if (status == CaseStatus.REGISTERED || status == CaseStatus.ANSWERED) {
            throw new BusinessException("case.error.onSiteNotConfirmed");
        }
        if (status != CaseStatus.ON_SITE_CONFIRMED) {
            throw new BusinessException("dispatch.error.alreadyDispatched");
        }
    }

    /** No engineer may be in two places at once: refused when one is booked on another case in an overlapping window. */
    private void refuseDoubleBooking(List<AppUser> engineers, Instant from, Instant to, List<Dispatch> bookings) {
        for (Dispatch booking : bookings == null ? List.<Dispatch>of() : bookings) {
            if (booking.getServiceCase() == this) {
                continue;
            }
            for (AppUser engineer : engineers) {
                if (booking.books(engineer, from, to)) {
                    throw new BusinessException(
                            "engineerIds",
                            "dispatch.error.doubleBooked",
                            engineer.getDisplayName(),
                            booking.getServiceCase().getNumber(),
                            booking.getPlannedFrom(),
                            booking.getPlannedTo());
                }
            }
        }
    }

    private static String names(List<AppUser> engineers) {
        return engineers.stream().map(AppUser::getDisplayName).collect(Collectors.joining("、"));
    }

    // ---- the visit (R-S7) ----

    /**
     * Before the visit the engineer contacted the owner: the agreed arrival time and the cooperation the owner must
     * provide. May be agreed again until the engineer is on site.
     */
    public void agreeVisit(Instant agreedArrivalAt, String ownerCooperation, Instant at) {
        requireOpen();
        requireOnSiteBeforeArrival();
        // Every field at once (issue 18 item 5): the engineer has the owner on the phone.
        Refusals refusals = new Refusals();
        refusals.check(() -> {
            requireNotBefore(at, getOnSiteConfirmedAt());
            return at;
        });
        if (agreedArrivalAt == null) {
            refusals.add("agreedArrivalAt", "visit.error.arrivalTimeRequired");
        } else if (agreedArrivalAt.isBefore(getOnSiteConfirmedAt())) {
            refusals.add("agreedArrivalAt", "case.error.timeOrder", agreedArrivalAt, getOnSiteConfirmedAt());
        }
        String cooperation = Inputs.stripToNull(ownerCooperation);
        if (cooperation == null) {
            refusals.add("ownerCooperation", "visit.error.cooperationRequired");
        } else if (cooperation.length() > OnSiteVisit.COOPERATION_LENGTH) {
            refusals.add("ownerCooperation", "case.error.tooLong", OnSiteVisit.COOPERATION_LENGTH);
        }
        refusals.throwIfAny();
        visit().agree(agreedArrivalAt, cooperation, at);
        append(CaseEventKind.VISIT_AGREED, at, cooperation);
    }

    /**
     * A dispatched engineer acknowledges the safety rules — personal and equipment safety, the owner's site procedures
     * — before commissioning, repair, restoration or trial runs: from the dispatch until the work is recorded.
     *
     * <p>R-S7, 第四章第三条2 and 5: "设备调试、维修以及系统修复、试运必须保证人身和设备安全"; "必须遵守安全操作规范和业主制定的操作流程".
     * The rules bind each person on site, so each engineer the leader sent acknowledges them themselves, once; nobody
     * else acknowledges for them — not the specialist, not the ERP's integration account — and the work is recorded
     * only once every one of them has ({@link #recordWorkDone}).
     *
     * @param by the user name of who acknowledges: one of the approved dispatch's engineers
     */
    public void acknowledgeSafety(String by, Instant at) {
        requireOpen();
        if (status == CaseStatus.REGISTERED || status == CaseStatus.ANSWERED) {
            throw new BusinessException("case.error.onSiteNotConfirmed");
        }
        if (status == CaseStatus.ON_SITE_CONFIRMED) {
            throw new BusinessException(null, "visit.error.safetyBeforeDispatch", number);
        }
        if (status != CaseStatus.DISPATCHED && status != CaseStatus.ARRIVED) {
            throw new BusinessException("visit.error.workAlreadyDone");
        }
        Dispatch sent = approvedDispatch()
                .orElseThrow(() -> new BusinessException(null, "visit.error.safetyBeforeDispatch", number));
        if (sent.getEngineers().stream()
                .noneMatch(engineer -> engineer.getUsername().equals(by))) {
            throw new BusinessException(null, "visit.error.safetyNotDispatched", by, names(sent.getEngineers()));
        }
        if (visit != null && visit.isSafetyAcknowledgedBy(by)) {
            throw new BusinessException("visit.error.safetyAlreadyAcknowledged");
        }
        requireNotBefore(at, sent.getDecidedAt());
        visit().acknowledgeSafety(by, at);
        append(CaseEventKind.SAFETY_ACKNOWLEDGED, at, by);
    }

    /** The dispatched engineers who have not yet acknowledged the safety rules themselves (R-S7). */
    public List<AppUser> engineersWithoutSafetyAcknowledgement() {
        return approvedDispatch().stream()
                .flatMap(sent -> sent.getEngineers().stream())
                .filter(engineer -> visit == null || !visit.isSafetyAcknowledgedBy(engineer.getUsername()))
                .toList();
    }

    /**
     * The work done, the parts used and the result (R-S7): only on site, and only after the safety rules were
     * acknowledged. The case is then WORK_DONE, and the record is what the owner's side signs.
     */
    public void recordWorkDone(String work, List<PartUsed> parts, String result, Instant at) {
        requireOpen();
        if (status == CaseStatus.REGISTERED || status == CaseStatus.ANSWERED) {
            throw new BusinessException("case.error.onSiteNotConfirmed");
        }
        if (status == CaseStatus.ON_SITE_CONFIRMED || status == CaseStatus.DISPATCHED) {
            throw new BusinessException("visit.error.notArrived");
        }
        if (status != CaseStatus.ARRIVED) {
            throw new BusinessException("visit.error.workAlreadyDone");
        }
        if (visit == null || !visit.isSafetyAcknowledged()) {
            throw new BusinessException("visit.error.safetyNotAcknowledged");
        }
        // R-S7: every engineer sent has acknowledged the safety rules themselves (acknowledgeSafety).
        List<AppUser> unacknowledged = engineersWithoutSafetyAcknowledgement();
        if (!unacknowledged.isEmpty()) {
            throw new BusinessException(null, "visit.error.safetyNotAcknowledgedBy", names(unacknowledged));
        }
        // Every field at once (issue 18 item 5).
        Refusals refusals = new Refusals();
        refusals.check(() -> {
            requireNotBefore(at, getArrivedAt());
            requireNotBefore(at, visit.lastSafetyAcknowledgedAt());
            return at;
        });
        String description = Inputs.stripToNull(work);
        if (description == null) {
            refusals.add("work", "visit.error.workRequired");
        } else if (description.length() > OnSiteVisit.WORK_LENGTH) {
            refusals.add("work", "case.error.tooLong", OnSiteVisit.WORK_LENGTH);
        }
        String outcome = Inputs.stripToNull(result);
        if (outcome == null) {
            refusals.add("result", "visit.error.resultRequired");
        } else if (outcome.length() > OnSiteVisit.RESULT_LENGTH) {
            refusals.add("result", "case.error.tooLong", OnSiteVisit.RESULT_LENGTH);
        }
        List<PartUsed> used = parts == null ? List.of() : List.copyOf(parts);
        if (used.size() > OnSiteVisit.MAX_PARTS) {
            refusals.add("parts", "visit.error.tooManyParts", OnSiteVisit.MAX_PARTS);
        }
        refusals.throwIfAny();
        onSite();
        visit.recordWork(description, used, outcome, at);
        status = CaseStatus.WORK_DONE;
        append(CaseEventKind.WORK_DONE_RECORDED, at, outcome);
    }

    /** How long the note of a work interruption may be. */
    public static final int INTERRUPTION_NOTE_LENGTH = 500;

    /**
     * The work on site stopped, waiting for parts or for the owner (issue 16, the engineer's phone: "work interrupted
     * (waiting for parts or the owner — a timeline entry, no clock effect)"): a line on the timeline with the reason and
     * what is awaited, between the arrival and the work done. The arrival clock was met on arrival and nothing else is
     * touched: no clock pauses, the status stays ARRIVED, and the work is recorded as done when it resumes. (Waiting on
     * the owner <em>before</em> arrival is the arrival clock's pause, R-S5, {@link #pauseArrivalClock}.)
     *
     * @param note what is awaited ("机械密封 MG1-45 明日到货"); optional
     */
    public void recordWorkInterruption(WorkInterruption reason, String note, Instant at) {
        requireOpen();
        if (status == CaseStatus.REGISTERED || status == CaseStatus.ANSWERED) {
            throw new BusinessException("case.error.onSiteNotConfirmed");
        }
        if (status == CaseStatus.ON_SITE_CONFIRMED || status == CaseStatus.DISPATCHED) {
            throw new BusinessException("visit.error.notArrived");
        }
        if (status != CaseStatus.ARRIVED) {
            throw new BusinessException("visit.error.workAlreadyDone");
        }
        Refusals refusals = new Refusals();
        refusals.check(() -> {
            requireNotBefore(at, getArrivedAt());
            return at;
        });
        if (reason == null) {
            refusals.add("reason", "visit.error.interruptionReasonRequired");
        }
        String text = Inputs.stripToNull(note);
        if (text != null && text.length() > INTERRUPTION_NOTE_LENGTH) {
            refusals.add("note", "case.error.tooLong", INTERRUPTION_NOTE_LENGTH);
        }
        refusals.throwIfAny();
        onSite();
        append(reason.line(), at, text);
    }

    private void requireOnSiteBeforeArrival() {
        if (status == CaseStatus.REGISTERED || status == CaseStatus.ANSWERED) {
            throw new BusinessException("case.error.onSiteNotConfirmed");
        }
        if (status != CaseStatus.ON_SITE_CONFIRMED && status != CaseStatus.DISPATCHED) {
            throw new BusinessException("visit.error.alreadyArrived");
        }
    }

    private OnSiteVisit visit() {
        onSite();
        if (visit == null) {
            visit = new OnSiteVisit(this);
        }
        return visit;
    }

    // ---- sign-off (R-S8) ----

    /**
     * The owner-side responsible person signs or stamps the service report: once the work is recorded, once only —
     * a signed report is immutable. With the dispatch ticket signed too, the case is SIGNED_OFF.
     *
     * @param title the signer's title, required for {@link SignerRole#OTHER}
     */
    public ServiceReport signServiceReport(
            String signerName, SignerRole role, String title, SignatureImage signature, Instant at) {
        requireOpen();
        if (serviceReport != null) {
            throw new BusinessException("report.error.alreadySigned");
        }
        requireWorkDone();
        requireNotBefore(at, visit.getWorkDoneAt());
        signOff();
        serviceReport = new ServiceReport(this, signerName, role, title, Objects.requireNonNull(signature), at);
        append(
                CaseEventKind.SERVICE_REPORT_SIGNED,
                at,
                serviceReport.getSignOff().getSigner()
                        + (serviceReport.getSignerTitle() == null ? "" : "（" + serviceReport.getSignerTitle() + "）"));
        signOffWhenComplete();
        return serviceReport;
    }

    /** The customer signs the repair dispatch ticket: once the work is recorded, once only. */
    public DispatchTicket signDispatchTicket(String customerName, SignatureImage signature, Instant at) {
        requireOpen();
        if (dispatchTicket != null) {
            throw new BusinessException("ticket.error.alreadySigned");
        }
        requireWorkDone();
        requireNotBefore(at, visit.getWorkDoneAt());
        signOff();
        dispatchTicket = new DispatchTicket(
                this, approvedDispatch().orElse(null), customerName, Objects.requireNonNull(signature), at);
        append(
                CaseEventKind.DISPATCH_TICKET_SIGNED,
                at,
                dispatchTicket.getSignOff().getSigner());
        signOffWhenComplete();
        return dispatchTicket;
    }

    /**
     * A correction to the signed service report, which itself stays as signed: also after the case closed, never on a
     * cancelled case.
     *
     * @param by the user name of who corrects
     */
    public ReportAmendment amendServiceReport(String text, String by, Instant at) {
        if (status == CaseStatus.CANCELLED) {
            throw new BusinessException(null, "case.error.notOpen", number);
        }
        if (serviceReport == null) {
            throw new BusinessException("report.error.notSigned");
        }
        ReportAmendment amendment = serviceReport.amend(text, by, at);
        signOff();
        append(CaseEventKind.SERVICE_REPORT_AMENDED, at, amendment.getText());
        return amendment;
    }

    private void requireWorkDone() {
        if (status != CaseStatus.WORK_DONE) {
            throw new BusinessException("report.error.workNotDone");
        }
    }

    private void signOffWhenComplete() {
        if (serviceReport != null && dispatchTicket != null) {
            status = CaseStatus.SIGNED_OFF;
            append(CaseEventKind.SIGNED_OFF, signedOffAt(), null);
        }
    }

    /** The later of the two signatures; {@code null} until both exist. */
    public Instant signedOffAt() {
        if (serviceReport == null || dispatchTicket == null) {
            return null;
        }
        Instant report = serviceReport.getSignOff().getSignedAt();
        Instant ticket = dispatchTicket.getSignOff().getSignedAt();
        return report.isAfter(ticket) ? report : ticket;
    }

    // ---- work that cannot be done on site (R-S9) ----

    /**
     * A return to the factory, a replacement or other support: the customer consented, leadership was reported to — in
     * that order, neither before the call came in — the service book has the entry, and the responsibility is split.
     *
     * @param zone the zone in which the book entry's day is compared with the consent's
     */
    public FactoryReturn recordFactoryReturn(
            SupportKind kind,
            String consentBy,
            Instant consentAt,
            Instant leadershipReportedAt,
            ServiceBookEntry bookEntry,
            ResponsibilitySplit split,
            ZoneId zone) {
        requireOpen();
        if (consentAt != null && consentAt.isBefore(receivedAt)) {
            throw new BusinessException("consentAt", "case.error.beforeReceipt", receivedAt);
        }
        FactoryReturn factoryReturn =
                new FactoryReturn(this, kind, consentBy, consentAt, leadershipReportedAt, bookEntry, split, zone);
        onSite();
        factoryReturns.add(factoryReturn);
        append(
                CaseEventKind.FACTORY_RETURN_RECORDED,
                leadershipReportedAt,
                kind + " " + bookEntry.getNumber() + " " + factoryReturn.getConsentBy());
        return factoryReturn;
    }

    // ---- after the service (R-S12) ----

    /**
     * A cost was booked against the case ({@code org.aftersales.cost.ServiceCost}): the line goes on the timeline. Costs
     * keep coming after a case closes (expense claims), so any case may take them.
     *
     * @param detail the category and amount as the timeline shows them
     */
    public void recordCostBooked(String detail, Instant at) {
        Objects.requireNonNull(at, "at");
        append(CaseEventKind.COST_RECORDED, at, detail);
    }

    /**
     * A link for the owner's contact was made (issue 16, {@link OwnerLinks}): the line goes on the timeline, on any case —
     * a closed one's link still opens it for 30 days.
     */
    public void recordOwnerLinkMade(Instant at) {
        Objects.requireNonNull(at, "at");
        append(CaseEventKind.OWNER_LINK_MADE, at, null);
    }

    /** The owner's links were revoked (issue 16): the timeline says so; any token of the case opens nothing now. */
    public void recordOwnerLinkRevoked(Instant at) {
        Objects.requireNonNull(at, "at");
        append(CaseEventKind.OWNER_LINK_REVOKED, at, null);
    }

    /**
     * A step of paid service (R-C6) on the timeline: the quotation made or revised, accepted by the owner, settled,
     * invoiced, paid. The quotation itself guards the order of the steps.
     */
    public void recordPaidServiceStep(CaseEventKind kind, String detail, Instant at) {
        Objects.requireNonNull(at, "at");
        if (!kind.isPaidServiceStep()) {
            throw new IllegalArgumentException("not a paid-service step: " + kind);
        }
        append(kind, at, detail);
    }

    /** The engineer's trip report: for a case with on-site service, once, also after it closed. */
    public TripReport fileTripReport(String text, LocalDate fromDate, LocalDate toDate, String by, Instant at) {
        if (status == CaseStatus.CANCELLED) {
            throw new BusinessException(null, "case.error.notOpen", number);
        }
        if (getOnSiteConfirmedAt() == null) {
            throw new BusinessException("case.error.onSiteNotConfirmed");
        }
        if (tripReport != null) {
            throw new BusinessException("tripReport.error.alreadyFiled");
        }
        requireNotBeforeReceipt(at);
        onSite();
        tripReport = new TripReport(this, text, fromDate, toDate, by, at);
        append(CaseEventKind.TRIP_REPORT_FILED, at, fromDate + " – " + toDate);
        return tripReport;
    }

    /**
     * The company's supervising leader assesses the service (R-S12): only once it is signed off (or closed after it),
     * once, and not by one of the engineers sent — nobody assesses their own work.
     *
     * @param assessor the leader's user name
     */
    public ServiceAssessment assess(
            String assessor,
            Integer workloadScore,
            Integer qualityScore,
            Integer costControlScore,
            String comment,
            Instant at) {
        if (status != CaseStatus.SIGNED_OFF && !(status == CaseStatus.CLOSED && serviceReport != null)) {
            throw new BusinessException("assessment.error.notSignedOff");
        }
        if (assessment != null) {
            throw new BusinessException("assessment.error.alreadyAssessed");
        }
        boolean ownWork = approvedDispatch().stream()
                .flatMap(dispatch -> dispatch.getEngineers().stream())
                .anyMatch(engineer -> engineer.getUsername().equals(assessor));
        if (ownWork) {
            throw new BusinessException("assessment.error.ownWork");
        }
        requireNotBefore(at, signedOffAt());
        signOff();
        assessment = new ServiceAssessment(this, assessor, workloadScore, qualityScore, costControlScore, comment, at);
        append(
                CaseEventKind.SERVICE_ASSESSED,
                at,
                assessment.getWorkloadScore() + "/" + assessment.getQualityScore() + "/"
                        + assessment.getCostControlScore());
        return assessment;
    }

    // ---- rules shared by the acts ----

    private void requireOpen() {
        if (!status.isOpen()) {
            // Explicit null field: with a String as first argument Java would pick (field, messageKey, arguments...).
            throw new BusinessException(null, "case.error.notOpen", number);
        }
    }

    private void requireNotBeforeReceipt(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(receivedAt)) {
            throw new BusinessException("at", "case.error.beforeReceipt", receivedAt);
        }
    }

    /** The act at {@code at} cannot come before the step it follows, done at {@code earlier}. */
    private void requireNotBefore(Instant at, Instant earlier) {
        requireNotBeforeReceipt(at);
        if (earlier != null && at.isBefore(earlier)) {
            throw new BusinessException("at", "case.error.timeOrder", at, earlier);
        }
    }

    private void startClock(ClockKind kind, Instant startedAt, int hours) {
        clocks.add(new SlaClock(this, kind, startedAt, hours));
        append(CaseEventKind.CLOCK_STARTED, startedAt, kind + " " + hours + " h");
    }

    /**
     * Met when both the reply and the leader report are recorded, at the later of the two (R-S4); by a late entry when
     * either was one — either could have been back-dated to move the later of the two.
     */
    private void meetMajorMatterWhenComplete() {
        Instant repliedAt = intake.getRepliedAt();
        Instant leaderReportedAt = intake.getLeaderReportedAt();
        if (repliedAt != null && leaderReportedAt != null) {
            Instant later = repliedAt.isAfter(leaderReportedAt) ? repliedAt : leaderReportedAt;
            boolean late = lateLine(CaseEventKind.REPLY_RECORDED) || lateLine(CaseEventKind.LEADER_REPORT_RECORDED);
            clock(ClockKind.MAJOR_MATTER).ifPresent(clock -> clock.meet(later, late));
        }
    }

    private void finish(CaseStatus end, Instant at, String detail) {
        allParts();
        status = end;
        priorityCase = false;
        clocks.forEach(clock -> clock.stop(at));
        append(end == CaseStatus.CLOSED ? CaseEventKind.CLOSED : CaseEventKind.CANCELLED, at, detail);
    }

    private void append(CaseEventKind kind, Instant at, String detail) {
        events.add(new CaseEvent(this, kind, at, detail, entering));
    }

    // ---- reading ----

    /** Every dispatch proposal, oldest first (R-S6). */
    public List<Dispatch> getDispatches() {
        return Collections.unmodifiableList(dispatches);
    }

    /** The proposal waiting for the leader's decision, if any. */
    public Optional<Dispatch> openDispatch() {
        return dispatches.stream().filter(Dispatch::isOpen).findFirst();
    }

    /** The approved dispatch, if any: its engineers are the ones sent. */
    public Optional<Dispatch> approvedDispatch() {
        return dispatches.stream()
                .filter(d -> d.getStatus() == DispatchStatus.APPROVED)
                .findFirst();
    }

    /** The latest dispatch, whatever its status: what the dispatcher looks at. */
    public Optional<Dispatch> latestDispatch() {
        return dispatches.isEmpty() ? Optional.empty() : Optional.of(dispatches.get(dispatches.size() - 1));
    }

    /** The visit's agreement, safety acknowledgement and work record; empty until the first of them (R-S7). */
    public Optional<OnSiteVisit> getVisit() {
        return Optional.ofNullable(visit);
    }

    /** The signed service report; empty until signed (R-S8). */
    public Optional<ServiceReport> getServiceReport() {
        return Optional.ofNullable(serviceReport);
    }

    /** The signed repair dispatch ticket; empty until signed (R-S8). */
    public Optional<DispatchTicket> getDispatchTicket() {
        return Optional.ofNullable(dispatchTicket);
    }

    public List<FactoryReturn> getFactoryReturns() {
        return Collections.unmodifiableList(factoryReturns);
    }

    public Optional<TripReport> getTripReport() {
        return Optional.ofNullable(tripReport);
    }

    public Optional<ServiceAssessment> getAssessment() {
        return Optional.ofNullable(assessment);
    }

    public Optional<SlaClock> clock(ClockKind kind) {
        return clocks.stream().filter(clock -> clock.getKind() == kind).findFirst();
    }

    /** The clocks that have started; a clock that has not started is absent. */
    public List<SlaClock> getClocks() {
        return Collections.unmodifiableList(clocks);
    }

    /**
     * The timeline, oldest first by when each act happened, acts of the same instant in the order recorded (ids come
     * from the sequence in that order).
     */
    public List<CaseEvent> getTimeline() {
        List<CaseEvent> timeline = new ArrayList<>(events);
        timeline.sort(Comparator.comparing(CaseEvent::getClaimedAt));
        return Collections.unmodifiableList(timeline);
    }

    /** Whether the class was set by hand rather than by the classifier. */
    public boolean isClassificationOverridden() {
        return intake.getClassificationOverrideReason() != null;
    }

    public String getNumber() {
        return number;
    }

    public Project getProject() {
        return project;
    }

    public EquipmentItem getEquipmentItem() {
        return equipmentItem;
    }

    public Channel getChannel() {
        return channel;
    }

    public CaseType getType() {
        return type;
    }

    public String getReporterName() {
        return reporterName;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    /** Whether {@code receivedAt} is the time of entry because the intake named none. */
    public boolean isReceivedAtDefaulted() {
        return receivedAtDefaulted;
    }

    public String getDescription() {
        return description;
    }

    public boolean isMajorMatter() {
        return majorMatter;
    }

    public ServiceClass getServiceClass() {
        return serviceClass;
    }

    public String getClassificationOverrideReason() {
        return intake.getClassificationOverrideReason();
    }

    public Responsibility getResponsibility() {
        return responsibility;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public boolean isCrisis() {
        return crisis;
    }

    /** Flagged as a crisis and still open: heads every list (R-S11). */
    public boolean isPriorityCase() {
        return priorityCase;
    }

    public Instant getRepliedAt() {
        return intake.getRepliedAt();
    }

    public Instant getLeaderReportedAt() {
        return intake.getLeaderReportedAt();
    }

    public Instant getOnSiteConfirmedAt() {
        return onSite.getOnSiteConfirmedAt();
    }

    public Instant getArrivedAt() {
        return onSite.getArrivedAt();
    }

    public String getAnswer() {
        return intake.getAnswer();
    }

    @PostLoad
    @PostPersist
    @PostUpdate
    void rememberHead() {
        headAsRead = head();
    }

    /** The head's columns an act may change (README "The service case: one head row and three parts"). */
    private List<Object> head() {
        return Arrays.asList(
                majorMatter,
                serviceClass,
                responsibility,
                status,
                crisis,
                priorityCase,
                closedAt,
                cancelledAt,
                cancelReason);
    }

    /**
     * Whether an act changed a head column since the case was read (issue 16): only then is the head stamped — and so
     * written, with a new version. A line added to the timeline, a dispatch, a hand-off … change the case's
     * collections, for which EclipseLink calls the update callbacks too; stamping then would write the head on every
     * act and make every two acts on a case refuse each other again.
     */
    @Override
    protected boolean changedOwnColumns() {
        return headAsRead == null || !headAsRead.equals(head());
    }

    /** Intake & routing: its version moves with every act on it (issue 16). */
    public IntakePart getIntakePart() {
        return intake;
    }

    /** Dispatch & on site: its version moves with every act on it (issue 16). */
    public OnSitePart getOnSitePart() {
        return onSite;
    }

    /** Sign-off & after-service: its version moves with every act on it (issue 16). */
    public SignOffPart getSignOffPart() {
        return signOff;
    }

    /**
     * The parts the acts since the last save changed, and forgets them: {@link CaseActs#saved} increments their
     * versions.
     */
    List<CasePart> takeChangedParts() {
        List<CasePart> parts = new ArrayList<>();
        if (changed.contains(CasePart.Kind.INTAKE)) {
            parts.add(intake);
        }
        if (changed.contains(CasePart.Kind.ON_SITE)) {
            parts.add(onSite);
        }
        if (changed.contains(CasePart.Kind.SIGN_OFF)) {
            parts.add(signOff);
        }
        changed = EnumSet.noneOf(CasePart.Kind.class);
        return parts;
    }

    // ---- the parts an act changes (issue 16) ----

    private IntakePart intake() {
        changed.add(CasePart.Kind.INTAKE);
        return intake;
    }

    private OnSitePart onSite() {
        changed.add(CasePart.Kind.ON_SITE);
        return onSite;
    }

    private SignOffPart signOff() {
        changed.add(CasePart.Kind.SIGN_OFF);
        return signOff;
    }

    /** Closing or cancelling ends every part's work: each part's acts meet it (issue 16). */
    private void allParts() {
        intake();
        onSite();
        signOff();
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
