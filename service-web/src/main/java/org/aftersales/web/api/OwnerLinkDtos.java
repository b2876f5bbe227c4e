package org.aftersales.web.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import java.util.Locale;
import org.aftersales.servicecase.OwnerView;
import org.aftersales.web.i18n.Messages;

/** The owner's link in JSON (issue 16). */
public final class OwnerLinkDtos {

    private OwnerLinkDtos() {}

    /** A link just made: the token (shown this once), its address and when it expires (null while the case is open). */
    public static class MadeLinkDto {
        public String token;
        public String url;

        /** Present also when null (the case is open): the shape {@code {token, url, expiresAt}}. */
        @JsonbNillable
        public String expiresAt;
    }

    /** What the public link shows: nothing internal — no ids, no costs, no notes. */
    public static class PublicCaseDto {
        public String number;
        public String status;
        public String statusLabel;
        public String projectName;
        public String receivedAt;
        public VisitDto visit;
        public List<ClockDto> clocks;

        @JsonbNillable
        public String expiresAt;

        static PublicCaseDto of(OwnerView view, Locale locale) {
            PublicCaseDto dto = new PublicCaseDto();
            dto.number = view.number();
            dto.status = view.status().name();
            dto.statusLabel =
                    Messages.text(locale, "CaseStatus." + view.status().name());
            dto.projectName = view.projectName();
            dto.receivedAt = ApiInstants.format(view.receivedAt());
            dto.visit = view.visit() == null ? null : VisitDto.of(view.visit());
            dto.clocks = view.clocks().stream().map(ClockDto::of).toList();
            dto.expiresAt = ApiInstants.format(view.expiresAt());
            return dto;
        }
    }

    /** Who comes and when: the engineers' names, the planned window, the arrival agreed with the owner. */
    public static class VisitDto {
        public List<String> engineers;
        public String plannedFrom;
        public String plannedTo;
        public String agreedArrivalAt;

        static VisitDto of(OwnerView.Visit visit) {
            VisitDto dto = new VisitDto();
            dto.engineers = visit.engineers();
            dto.plannedFrom = ApiInstants.format(visit.plannedFrom());
            dto.plannedTo = ApiInstants.format(visit.plannedTo());
            dto.agreedArrivalAt = ApiInstants.format(visit.agreedArrivalAt());
            return dto;
        }
    }

    /** A running clock in plain data: its kind, when it is due, how it stands. */
    public static class ClockDto {
        public String kind;
        public String dueAt;
        public String state;

        static ClockDto of(OwnerView.Clock clock) {
            ClockDto dto = new ClockDto();
            dto.kind = clock.kind().name();
            dto.dueAt = ApiInstants.format(clock.dueAt());
            dto.state = clock.state().name();
            return dto;
        }
    }
}
