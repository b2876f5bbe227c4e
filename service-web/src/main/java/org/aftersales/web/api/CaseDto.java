package org.aftersales.web.api;

import java.time.Instant;
import java.util.List;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.SlaClock;

/** A service case as the API shows it, with its clocks judged at the moment of the call. */
public class CaseDto {

    public Long id;
    public long version;
    public String number;
    public Long projectId;
    public String projectCode;
    public Long equipmentItemId;
    public String channel;
    public String type;
    public String reporterName;
    public String receivedAt;
    public String description;
    public boolean majorMatter;
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
    public List<ClockDto> clocks;

    /** {kind, startedAt, dueAt, metAt, state, metInTime, pausedSeconds} as issue 3 defines a clock. */
    public static class ClockDto {
        public String kind;
        public String startedAt;
        public String dueAt;
        public String metAt;
        public String state;
        public boolean metInTime;
        public long pausedSeconds;

        static ClockDto of(SlaClock clock, Instant now) {
            ClockDto dto = new ClockDto();
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
        dto.number = serviceCase.getNumber();
        dto.projectId = serviceCase.getProject().getId();
        dto.projectCode = serviceCase.getProject().getCode();
        dto.equipmentItemId = serviceCase.getEquipmentItem() == null ? null : serviceCase.getEquipmentItem().getId();
        dto.channel = serviceCase.getChannel().name();
        dto.type = serviceCase.getType().name();
        dto.reporterName = serviceCase.getReporterName();
        dto.receivedAt = ApiInstants.format(serviceCase.getReceivedAt());
        dto.description = serviceCase.getDescription();
        dto.majorMatter = serviceCase.isMajorMatter();
        dto.crisis = serviceCase.isCrisis();
        dto.priorityCase = serviceCase.isPriorityCase();
        dto.serviceClass = serviceCase.getServiceClass().name();
        dto.classificationOverrideReason = serviceCase.getClassificationOverrideReason();
        dto.responsibility = serviceCase.getResponsibility() == null ? null : serviceCase.getResponsibility().name();
        dto.status = serviceCase.getStatus().name();
        dto.repliedAt = ApiInstants.format(serviceCase.getRepliedAt());
        dto.leaderReportedAt = ApiInstants.format(serviceCase.getLeaderReportedAt());
        dto.onSiteConfirmedAt = ApiInstants.format(serviceCase.getOnSiteConfirmedAt());
        dto.arrivedAt = ApiInstants.format(serviceCase.getArrivedAt());
        dto.closedAt = ApiInstants.format(serviceCase.getClosedAt());
        dto.answer = serviceCase.getAnswer();
        dto.clocks = serviceCase.getClocks().stream().map(clock -> ClockDto.of(clock, now)).toList();
        return dto;
    }
}
