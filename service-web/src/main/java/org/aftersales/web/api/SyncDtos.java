package org.aftersales.web.api;

import java.util.List;

/**
 * The bodies and the answer of the ERP's nightly sync (issue 17, {@code POST /sync/{kind}}): {@code records}, each the
 * body of the kind's {@code PUT /{kind}/by-external-id/{externalId}} with its {@code externalId} in it.
 */
public final class SyncDtos {

    private SyncDtos() {}

    public static class Projects {
        public List<ProjectDto> records;
    }

    public static class Owners {
        public List<OwnerDto> records;
    }

    public static class Subcontractors {
        public List<SubcontractorDto> records;
    }

    public static class Equipment {
        public List<EquipmentItemDto> records;
    }

    public static class ServiceContracts {
        public List<ServiceContractDto> records;
    }

    /** What one record did: its place in the batch, its key, the record's id, and whether it was created. */
    public record Item(int index, String externalId, long id, boolean created) {}

    /** The batch's answer: how many records were created and updated, and each record's outcome in order. */
    public record Result(int created, int updated, List<Item> items) {}
}
