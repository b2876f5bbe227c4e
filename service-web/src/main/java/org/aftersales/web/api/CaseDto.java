package org.aftersales.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.servicecase.CaseEvent;
import org.aftersales.servicecase.CaseRouting;
import org.aftersales.servicecase.ComplaintHandoff;
import org.aftersales.servicecase.Dispatch;
import org.aftersales.servicecase.DispatchTicket;
import org.aftersales.servicecase.FactoryReturn;
import org.aftersales.servicecase.OnSiteVisit;
import org.aftersales.servicecase.OwnerUpdate;
import org.aftersales.servicecase.ServiceAssessment;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceReport;
import org.aftersales.servicecase.SignOff;
import org.aftersales.servicecase.SlaClock;
import org.aftersales.servicecase.SupplierForwarding;
import org.aftersales.servicecase.TripReport;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.PersonNames;

/** A service case as the API shows it, with its clocks judged at the moment of the call. */
public class CaseDto {

    public Long id;
    /**
     * The head's version (issue 16, README "The service case: one head row and three parts"): it moves when an act
     * changes what lists show — a status step, a crisis flag, a reclassification —, not with every act.
     */
    public long version;
    /** Intake & routing's version: moves with a reply, leader report, answer, forwarding, hand-off, owner update. */
    public long intakeVersion;
    /** Dispatch & on site's version: moves with a dispatch, the visit, arrival, a pause, work done, a trip report. */
    public long onSiteVersion;
    /** Sign-off & after-service's version: moves with the signatures, an amendment, the assessment. */
    public long signOffVersion;

    public String number;
    public Long projectId;
    public String projectCode;
    public Long equipmentItemId;
    public String channel;
    public String type;
    public String reporterName;
    public String receivedAt;
    /** The intake named no time: {@code receivedAt} is the time the call was registered. */
    public boolean receivedAtDefaulted;

    public String description;
    public boolean majorMatter;
    /**
     * For feedback and complaints: QUALITY, FUNCTION or DESIGN when the matter concerns product quality, function or
     * design reasonableness (R-S10); absent for none.
     */
    public String concern;
    /**
     * Read singly: a hand-off waits for its answer, or a concerned case has none answered yet — close and cancel answer
     * 422 until it is (R-S10).
     */
    public Boolean awaitingHandoff;

    public boolean crisis;
    public boolean priorityCase;
    public String serviceClass;
    public String classificationOverrideReason;
    public String responsibility;
    public String status;
    public String repliedAt;
    public String leaderReportedAt;
    public String onSiteConfirmedAt;
    public String arrivedAt;
    public String closedAt;
    public String answer;
    /** Only the clocks that have started (API: a clock that has not started is absent). */
    public List<CaseClockDto> clocks;
    /** The latest dispatch proposal and its decision (R-S6); absent before the first proposal and in lists. */
    public DispatchDto dispatch;
    /** The visit's agreement, safety acknowledgement and work record (R-S7); absent before the first and in lists. */
    public VisitDto visit;
    /** The signatures of the service report and the dispatch ticket (R-S8); absent in lists. */
    public SignOffDto signOff;
    /** Returns to the factory, replacements, other support (R-S9); absent in lists. */
    public List<FactoryReturnRecordDto> factoryReturns;
    /** R-S12; absent until filed and in lists. */
    public TripReportRecordDto tripReport;
    /** R-S12; absent until assessed and in lists. */
    public AssessmentRecordDto assessment;
    /**
     * Where the case is routed now (R-S2): the parties that carry out its phase's work (R-L5), each with its department
     * where it is one; absent in lists.
     */
    public List<CaseRoutingDto> routedTo;
    /** Whether the caller may act on this case (R-L5: after-sales, or the department its phase makes responsible). */
    public Boolean mayWork;
    /** Forwardings to equipment suppliers (R-S2); absent in lists. */
    public List<ForwardingRecordDto> forwardings;
    /** A complaint's hand-offs (R-S10); absent in lists. */
    public List<HandoffRecordDto> handoffs;
    /** What the owner was told (R-S10); absent in lists. */
    public List<OwnerUpdateRecordDto> ownerUpdates;
    /** Every line of the case's timeline, oldest first by the time claimed; absent in lists. */
    public List<EventDto> timeline;

    /** One routing in force (R-S2): {@code party} a CaseParty code, {@code reason} why it was routed again. */
    public static class CaseRoutingDto {
        public String party;
        public Long departmentId;
        public String departmentName;
        public String routedAt;
        public String reason;

        static List<CaseRoutingDto> of(List<CaseRouting> routings) {
            return routings.stream()
                    .map(routing -> {
                        CaseRoutingDto dto = new CaseRoutingDto();
                        dto.party = routing.getParty().name();
                        if (routing.getDepartment() != null) {
                            dto.departmentId = routing.getDepartment().getId();
                            dto.departmentName = routing.getDepartment().getName();
                        }
                        dto.routedAt = routing.getRoutedAt().toString();
                        dto.reason = routing.getReason();
                        return dto;
                    })
                    .toList();
        }
    }

    /**
     * One line of the timeline: {@code at} is the time claimed — what the clocks are judged by —, {@code enteredAt} when
     * it was recorded; a claim older than the late-entry bound is {@code late}, with its {@code lateReason}.
     */
    public static class EventDto {
        public String kind;
        public String at;
        public String enteredAt;
        public String by;
        /** The display name of {@code by} (issue 18 item 4); the login where it has no account. */
        public String byName;

        public String detail;
        public boolean late;
        public String lateReason;

        static EventDto of(CaseEvent event) {
            EventDto dto = new EventDto();
            dto.kind = event.getKind().name();
            dto.at = ApiInstants.format(event.getClaimedAt());
            dto.enteredAt = ApiInstants.format(event.getEnteredAt());
            dto.by = event.getActor();
            dto.detail = event.getDetail();
            dto.late = event.isLate();
            dto.lateReason = event.getLateReason();
            return dto;
        }
    }

    public static class ForwardingRecordDto {
        public long id;
        public long subcontractorId;
        public String supplierName;
        public String sentAt;
        public String answer;
        public String answeredAt;

        static ForwardingRecordDto of(SupplierForwarding forwarding) {
            ForwardingRecordDto dto = new ForwardingRecordDto();
            dto.id = forwarding.getId();
            dto.subcontractorId = forwarding.getSupplier().getId();
            dto.supplierName = forwarding.getSupplier().getName();
            dto.sentAt = ApiInstants.format(forwarding.getSentAt());
            dto.answer = forwarding.getAnswer();
            dto.answeredAt = ApiInstants.format(forwarding.getAnsweredAt());
            return dto;
        }
    }

    public static class HandoffRecordDto {
        public long id;
        public String to;
        public Long subcontractorId;
        public String subcontractorName;
        public String subject;
        public String sentAt;
        public String answer;
        public String answeredAt;

        static HandoffRecordDto of(ComplaintHandoff handoff) {
            HandoffRecordDto dto = new HandoffRecordDto();
            dto.id = handoff.getId();
            dto.to = handoff.getTarget().name();
            dto.subcontractorId = handoff.getSubcontractor() == null
                    ? null
                    : handoff.getSubcontractor().getId();
            dto.subcontractorName = handoff.getSubcontractor() == null
                    ? null
                    : handoff.getSubcontractor().getName();
            dto.subject = handoff.getSubject().name();
            dto.sentAt = ApiInstants.format(handoff.getSentAt());
            dto.answer = handoff.getAnswer();
            dto.answeredAt = ApiInstants.format(handoff.getAnsweredAt());
            return dto;
        }
    }

    public static class OwnerUpdateRecordDto {
        public String text;
        public String at;
        public String by;
        public String byName;

        static OwnerUpdateRecordDto of(OwnerUpdate update) {
            OwnerUpdateRecordDto dto = new OwnerUpdateRecordDto();
            dto.text = update.getText();
            dto.at = ApiInstants.format(update.getInformedAt());
            dto.by = update.getInformedBy();
            return dto;
        }
    }

    /** An engineer as a dispatch names them. */
    public static class EngineerDto {
        public long id;
        public String username;
        public String displayName;

        static List<EngineerDto> of(List<AppUser> users) {
            return users.stream()
                    .map(user -> {
                        EngineerDto dto = new EngineerDto();
                        dto.id = user.getId();
                        dto.username = user.getUsername();
                        dto.displayName = user.getDisplayName();
                        return dto;
                    })
                    .toList();
        }
    }

    /** A dispatch: PROPOSED, APPROVED (the engineers sent) or REJECTED (the reason). */
    public static class DispatchDto {
        public long id;
        public String status;
        public String plannedFrom;
        public String plannedTo;
        public List<EngineerDto> proposedEngineers;
        public List<EngineerDto> engineers;
        public String proposedBy;
        public String proposedByName;
        public String proposedAt;
        public String decidedBy;
        public String decidedByName;
        public String decidedAt;
        public String rejectionReason;

        static DispatchDto of(Dispatch dispatch) {
            DispatchDto dto = new DispatchDto();
            dto.id = dispatch.getId();
            dto.status = dispatch.getStatus().name();
            dto.plannedFrom = ApiInstants.format(dispatch.getPlannedFrom());
            dto.plannedTo = ApiInstants.format(dispatch.getPlannedTo());
            dto.proposedEngineers = EngineerDto.of(dispatch.getProposedEngineers());
            dto.engineers = EngineerDto.of(dispatch.getEngineers());
            dto.proposedBy = dispatch.getProposedBy();
            dto.proposedAt = ApiInstants.format(dispatch.getProposedAt());
            dto.decidedBy = dispatch.getDecidedBy();
            dto.decidedAt = ApiInstants.format(dispatch.getDecidedAt());
            dto.rejectionReason = dispatch.getRejectionReason();
            return dto;
        }
    }

    public static class PartLineDto {
        public String name;
        public BigDecimal quantity;
    }

    /** One engineer's acknowledgement of the safety rules (R-S7). */
    public static class SafetyAcknowledgementDto {
        public String by;
        public String at;
    }

    public static class VisitDto {
        public String agreedArrivalAt;
        public String ownerCooperation;
        public String safetyAcknowledgedAt;
        public String safetyAcknowledgedBy;
        public String safetyAcknowledgedByName;
        /** Each dispatched engineer's own acknowledgement, in order (R-S7): {@code by}, {@code at}. */
        public List<SafetyAcknowledgementDto> safetyAcknowledgements;

        public String workDoneAt;
        public String work;
        public List<PartLineDto> parts;
        public String result;

        static VisitDto of(OnSiteVisit visit) {
            VisitDto dto = new VisitDto();
            dto.agreedArrivalAt = ApiInstants.format(visit.getAgreedArrivalAt());
            dto.ownerCooperation = visit.getOwnerCooperation();
            dto.safetyAcknowledgedAt = ApiInstants.format(visit.getSafetyAcknowledgedAt());
            dto.safetyAcknowledgedBy = visit.getSafetyAcknowledgedBy();
            dto.safetyAcknowledgements = visit.getSafetyAcknowledgements().stream()
                    .map(ack -> {
                        SafetyAcknowledgementDto line = new SafetyAcknowledgementDto();
                        line.by = ack.getBy();
                        line.at = ApiInstants.format(ack.getAt());
                        return line;
                    })
                    .toList();
            dto.workDoneAt = ApiInstants.format(visit.getWorkDoneAt());
            dto.work = visit.getWorkDescription();
            dto.parts = visit.getParts().stream()
                    .map(part -> {
                        PartLineDto line = new PartLineDto();
                        line.name = part.getName();
                        line.quantity = part.getQuantity();
                        return line;
                    })
                    .toList();
            dto.result = visit.getWorkResult();
            return dto;
        }
    }

    /** Both papers; {@code complete} once both are signed (the case is SIGNED_OFF or later). */
    public static class SignOffDto {
        public boolean complete;
        public String signedOffAt;
        public SignatureSummaryDto serviceReport;
        public SignatureSummaryDto dispatchTicket;

        static SignOffDto of(ServiceCase serviceCase) {
            SignOffDto dto = new SignOffDto();
            dto.signedOffAt = ApiInstants.format(serviceCase.signedOffAt());
            dto.complete = dto.signedOffAt != null;
            dto.serviceReport =
                    serviceCase.getServiceReport().map(SignatureSummaryDto::of).orElse(null);
            dto.dispatchTicket =
                    serviceCase.getDispatchTicket().map(SignatureSummaryDto::of).orElse(null);
            return dto;
        }
    }

    /** Who signed when and how; the image itself is not part of the case. */
    public static class SignatureSummaryDto {
        public String signerName;
        public String signerRole;
        public String signerTitle;
        public String form;
        public String signedAt;
        public List<AmendmentLineDto> amendments;

        private static SignatureSummaryDto of(SignOff signOff) {
            SignatureSummaryDto dto = new SignatureSummaryDto();
            dto.signerName = signOff.getSigner();
            dto.form = signOff.getForm().name();
            dto.signedAt = ApiInstants.format(signOff.getSignedAt());
            return dto;
        }

        static SignatureSummaryDto of(ServiceReport report) {
            SignatureSummaryDto dto = of(report.getSignOff());
            dto.signerRole = report.getSignerRole().name();
            dto.signerTitle = report.getSignerTitle();
            dto.amendments = report.getAmendments().stream()
                    .map(amendment -> {
                        AmendmentLineDto line = new AmendmentLineDto();
                        line.text = amendment.getText();
                        line.amendedBy = amendment.getAmendedBy();
                        line.amendedAt = ApiInstants.format(amendment.getAmendedAt());
                        return line;
                    })
                    .toList();
            return dto;
        }

        static SignatureSummaryDto of(DispatchTicket ticket) {
            return of(ticket.getSignOff());
        }
    }

    public static class AmendmentLineDto {
        public String text;
        public String amendedBy;
        public String amendedByName;
        public String amendedAt;
    }

    public static class FactoryReturnRecordDto {
        public long id;
        public String kind;
        public String consentBy;
        public String consentAt;
        public String leadershipReportedAt;
        public String bookEntryNumber;
        public LocalDate bookEntryDate;
        public String bookEntryText;
        public BigDecimal companyShare;
        public BigDecimal subcontractorShare;
        public BigDecimal designShare;
        public BigDecimal ownerShare;

        static FactoryReturnRecordDto of(FactoryReturn factoryReturn) {
            FactoryReturnRecordDto dto = new FactoryReturnRecordDto();
            dto.id = factoryReturn.getId();
            dto.kind = factoryReturn.getKind().name();
            dto.consentBy = factoryReturn.getConsentBy();
            dto.consentAt = ApiInstants.format(factoryReturn.getConsentAt());
            dto.leadershipReportedAt = ApiInstants.format(factoryReturn.getLeadershipReportedAt());
            dto.bookEntryNumber = factoryReturn.getBookEntry().getNumber();
            dto.bookEntryDate = factoryReturn.getBookEntry().getDate();
            dto.bookEntryText = factoryReturn.getBookEntry().getText();
            dto.companyShare = factoryReturn.getSplit().getCompany();
            dto.subcontractorShare = factoryReturn.getSplit().getSubcontractor();
            dto.designShare = factoryReturn.getSplit().getDesign();
            dto.ownerShare = factoryReturn.getSplit().getOwner();
            return dto;
        }
    }

    public static class TripReportRecordDto {
        public String text;
        public LocalDate fromDate;
        public LocalDate toDate;
        public String filedBy;
        public String filedByName;
        public String filedAt;

        static TripReportRecordDto of(TripReport report) {
            TripReportRecordDto dto = new TripReportRecordDto();
            dto.text = report.getText();
            dto.fromDate = report.getFromDate();
            dto.toDate = report.getToDate();
            dto.filedBy = report.getFiledBy();
            dto.filedAt = ApiInstants.format(report.getFiledAt());
            return dto;
        }
    }

    public static class AssessmentRecordDto {
        public String assessor;
        public String assessorName;
        public int workloadScore;
        public int qualityScore;
        public int costControlScore;
        public String comment;
        public String assessedAt;

        static AssessmentRecordDto of(ServiceAssessment assessment) {
            AssessmentRecordDto dto = new AssessmentRecordDto();
            dto.assessor = assessment.getAssessor();
            dto.workloadScore = assessment.getWorkloadScore();
            dto.qualityScore = assessment.getQualityScore();
            dto.costControlScore = assessment.getCostControlScore();
            dto.comment = assessment.getComment();
            dto.assessedAt = ApiInstants.format(assessment.getAssessedAt());
            return dto;
        }
    }

    /** {kind, startedAt, dueAt, metAt, state, metInTime, pausedSeconds} as issue 3 defines a clock. */
    public static class CaseClockDto {
        public String kind;
        public String startedAt;
        public String dueAt;
        public String metAt;
        public String state;
        public boolean metInTime;
        public long pausedSeconds;

        static CaseClockDto of(SlaClock clock, Instant now) {
            CaseClockDto dto = new CaseClockDto();
            dto.kind = clock.getKind().name();
            dto.startedAt = ApiInstants.format(clock.getStartedAt());
            dto.dueAt = ApiInstants.format(clock.dueAtAsOf(now));
            dto.metAt = ApiInstants.format(clock.getMetAt());
            dto.state = clock.stateAt(now).name();
            dto.metInTime = clock.isMetInTime();
            dto.pausedSeconds = clock.pausedSecondsAsOf(now);
            return dto;
        }
    }

    static CaseDto of(ServiceCase serviceCase, Instant now) {
        CaseDto dto = new CaseDto();
        dto.id = serviceCase.getId();
        dto.version = serviceCase.getVersion();
        dto.intakeVersion = serviceCase.getIntakePart().getVersion();
        dto.onSiteVersion = serviceCase.getOnSitePart().getVersion();
        dto.signOffVersion = serviceCase.getSignOffPart().getVersion();
        dto.number = serviceCase.getNumber();
        dto.projectId = serviceCase.getProject().getId();
        dto.projectCode = serviceCase.getProject().getCode();
        dto.equipmentItemId = serviceCase.getEquipmentItem() == null
                ? null
                : serviceCase.getEquipmentItem().getId();
        dto.channel = serviceCase.getChannel().name();
        dto.type = serviceCase.getType().name();
        dto.reporterName = serviceCase.getReporterName();
        dto.receivedAt = ApiInstants.format(serviceCase.getReceivedAt());
        dto.receivedAtDefaulted = serviceCase.isReceivedAtDefaulted();
        dto.description = serviceCase.getDescription();
        dto.majorMatter = serviceCase.isMajorMatter();
        dto.concern = serviceCase.getConcern() == null
                ? null
                : serviceCase.getConcern().name();
        dto.crisis = serviceCase.isCrisis();
        dto.priorityCase = serviceCase.isPriorityCase();
        dto.serviceClass = serviceCase.getServiceClass().name();
        dto.classificationOverrideReason = serviceCase.getClassificationOverrideReason();
        dto.responsibility = serviceCase.getResponsibility() == null
                ? null
                : serviceCase.getResponsibility().name();
        dto.status = serviceCase.getStatus().name();
        dto.repliedAt = ApiInstants.format(serviceCase.getRepliedAt());
        dto.leaderReportedAt = ApiInstants.format(serviceCase.getLeaderReportedAt());
        dto.onSiteConfirmedAt = ApiInstants.format(serviceCase.getOnSiteConfirmedAt());
        dto.arrivedAt = ApiInstants.format(serviceCase.getArrivedAt());
        dto.closedAt = ApiInstants.format(serviceCase.getClosedAt());
        dto.answer = serviceCase.getAnswer();
        dto.clocks = serviceCase.getClocks().stream()
                .map(clock -> CaseClockDto.of(clock, now))
                .toList();
        return dto;
    }

    /**
     * The case with its on-site service (R-S6 … R-S12) as well: for a single case. Lists show {@link #of} only, so that
     * a page of cases does not read every case's dispatches and signatures.
     */
    /**
     * The case with everything recorded on it; each login beside the name of its person ({@code names}: display names
     * by login, read in one statement for the request — issue 18 item 4).
     */
    static CaseDto detailed(ServiceCase serviceCase, Instant now, Map<String, String> names) {
        CaseDto dto = of(serviceCase, now);
        dto.dispatch = serviceCase.latestDispatch().map(DispatchDto::of).orElse(null);
        dto.visit = serviceCase.getVisit().map(VisitDto::of).orElse(null);
        dto.signOff = SignOffDto.of(serviceCase);
        dto.factoryReturns = serviceCase.getFactoryReturns().stream()
                .map(FactoryReturnRecordDto::of)
                .toList();
        dto.tripReport =
                serviceCase.getTripReport().map(TripReportRecordDto::of).orElse(null);
        dto.assessment =
                serviceCase.getAssessment().map(AssessmentRecordDto::of).orElse(null);
        dto.forwardings = serviceCase.getForwardings().stream()
                .map(ForwardingRecordDto::of)
                .toList();
        dto.handoffs =
                serviceCase.getHandoffs().stream().map(HandoffRecordDto::of).toList();
        dto.awaitingHandoff = serviceCase.isAwaitingHandoff();
        dto.ownerUpdates = serviceCase.getOwnerUpdates().stream()
                .map(OwnerUpdateRecordDto::of)
                .toList();
        dto.timeline = serviceCase.getTimeline().stream().map(EventDto::of).toList();
        name(dto, names);
        return dto;
    }

    /** Puts the person's name beside every login of a detailed case. */
    private static void name(CaseDto dto, Map<String, String> names) {
        dto.timeline.forEach(e -> e.byName = PersonNames.shown(names, e.by));
        dto.ownerUpdates.forEach(u -> u.byName = PersonNames.shown(names, u.by));
        if (dto.dispatch != null) {
            dto.dispatch.proposedByName = PersonNames.shown(names, dto.dispatch.proposedBy);
            dto.dispatch.decidedByName = PersonNames.shown(names, dto.dispatch.decidedBy);
        }
        if (dto.visit != null) {
            dto.visit.safetyAcknowledgedByName = PersonNames.shown(names, dto.visit.safetyAcknowledgedBy);
        }
        if (dto.signOff.serviceReport != null && dto.signOff.serviceReport.amendments != null) {
            dto.signOff.serviceReport.amendments.forEach(a -> a.amendedByName = PersonNames.shown(names, a.amendedBy));
        }
        if (dto.tripReport != null) {
            dto.tripReport.filedByName = PersonNames.shown(names, dto.tripReport.filedBy);
        }
        if (dto.assessment != null) {
            dto.assessment.assessorName = PersonNames.shown(names, dto.assessment.assessor);
        }
    }
}
