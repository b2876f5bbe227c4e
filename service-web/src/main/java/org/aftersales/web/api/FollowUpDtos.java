package org.aftersales.web.api;

import java.time.LocalDate;
import java.util.Map;
import org.aftersales.followup.FollowUpStatus;
import org.aftersales.followup.OwnerFollowUp;
import org.aftersales.staff.PersonNames;

/** The owner follow-up resources (R-F2) as the API shows them (API.md: days {@code yyyy-MM-dd}, instants UTC "Z"). */
public final class FollowUpDtos {

    private FollowUpDtos() {}

    /**
     * One project of {@code GET /api/follow-ups/due}: when its next owner contact is due, days left (negative:
     * overdue) and days overdue, and the last contact that reached the owner.
     */
    public record DueDto(
            long projectId,
            String projectCode,
            String projectName,
            String ownerName,
            String phase,
            LocalDate dueDate,
            long daysLeft,
            long daysOverdue,
            String state,
            String lastReachedAt,
            String lastReachedContactName,
            String lastReachedBy,
            String lastReachedByName,
            String lastEquipmentStatus) {

        static DueDto of(FollowUpStatus s, Map<String, String> names) {
            return new DueDto(
                    s.projectId(),
                    s.projectCode(),
                    s.projectName(),
                    s.ownerName(),
                    ApiEnums.name(s.phase()),
                    s.dueDate(),
                    s.daysLeft(),
                    s.daysOverdue(),
                    ApiEnums.name(s.state()),
                    ApiInstants.format(s.lastReachedAt()),
                    s.lastReachedContactName(),
                    s.lastReachedBy(),
                    PersonNames.shown(names, s.lastReachedBy()),
                    ApiEnums.name(s.lastEquipmentStatus()));
        }
    }

    /** One logged contact. */
    public record FollowUpDto(
            long id,
            long projectId,
            String contactedAt,
            String contactedBy,
            String contactedByName,
            Long ownerContactId,
            String contactName,
            String channel,
            boolean reached,
            String equipmentStatus,
            String notes,
            LocalDate nextDueDate,
            Long serviceCaseId,
            String serviceCaseNumber) {

        static FollowUpDto of(OwnerFollowUp f, Map<String, String> names) {
            return new FollowUpDto(
                    f.getId(),
                    f.getProject().getId(),
                    ApiInstants.format(f.getContactedAt()),
                    f.getContactedBy(),
                    PersonNames.shown(names, f.getContactedBy()),
                    f.getOwnerContact() == null ? null : f.getOwnerContact().getId(),
                    f.getContactName(),
                    ApiEnums.name(f.getChannel()),
                    f.isReached(),
                    ApiEnums.name(f.getEquipmentStatus()),
                    f.getNotes(),
                    f.getNextDueDate(),
                    f.getServiceCase() == null ? null : f.getServiceCase().getId(),
                    f.getServiceCase() == null ? null : f.getServiceCase().getNumber());
        }
    }

    /**
     * The body of {@code POST /api/projects/{id}/follow-ups}. {@code openServiceCase} opens a service case from the
     * contact in the same call (the owner reported a problem), described by {@code caseDescription} or the notes.
     */
    public static class FollowUpRequest {
        /** RFC 3339 with an offset; defaults to now. */
        public String contactedAt;

        public Long ownerContactId;
        public String channel;
        public boolean reached;
        public String equipmentStatus;

        @MultiLine
        public String notes;

        public boolean openServiceCase;

        @MultiLine
        public String caseDescription;
    }
}
