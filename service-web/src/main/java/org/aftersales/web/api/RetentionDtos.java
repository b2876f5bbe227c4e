package org.aftersales.web.api;

import jakarta.validation.constraints.Digits;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.QualityCost;
import org.aftersales.retention.RetentionCollection;
import org.aftersales.retention.RetentionEntry;
import org.aftersales.retention.ReturnStatus;
import org.aftersales.retention.SubcontractorRetention;
import org.aftersales.staff.PersonNames;

/** The retention registers as the API shows them (R-C4, R-C5); money as strings with two decimals. */
final class RetentionDtos {

    private RetentionDtos() {}

    /**
     * Request of POST /subcontractor-retentions. A {@code releaseDate} before the end of the project's
     * defect-liability period needs {@code earlyReleaseReason} (e.g. a bank guarantee replaces the deposit).
     */
    public static class HoldRequest {
        public Long projectId;
        public Long subcontractorId;
        public String heldAmount;
        public LocalDate releaseDate;
        public String earlyReleaseReason;
    }

    /**
     * Request of POST /subcontractor-retentions/{id}/quality-costs (R-C4): a cost caused by the subcontractor's
     * equipment quality, registered by after-sales (or by the ERP for it); {@code caseId} and {@code equipmentItemId}
     * are optional and must belong to the retention's project.
     */
    public static class QualityCostRequest {
        public String amount;

        @MultiLine
        public String cause;

        public Long caseId;
        public Long equipmentItemId;
    }

    /**
     * Request of POST /quality-costs/{id}/confirmation and …/rejection (R-C4, Engineering): {@code version} as read
     * (optional; a stale one is 409), and for a rejection its {@code reason}.
     */
    public static class DecisionRequest {
        public Long version;
        public String reason;
    }

    /** Request of POST /subcontractor-retentions/{id}/releases. */
    public static class ReleaseRequest {
        public String amount;
        public LocalDate date;
    }

    /** Request of POST /project-retentions. */
    public static class ProjectRetentionRequest {
        public Long projectId;
        public String amount;
        public Integer defectLiabilityMonths;
    }

    /**
     * Request of POST /project-retentions/{id}/return-application and …/reminder, and of the same on
     * /subcontractor-retentions/{id} (R-C8).
     */
    public static class ReturnLetterRequest {
        public LocalDate sentDate;
        public LocalDate receivedDate;
        public String channel;
    }

    /** Request of POST /project-retentions/{id}/verification and /subcontractor-retentions/{id}/verification (R-C8). */
    public static class VerificationRequest {
        public LocalDate date;
        public boolean objection;

        @MultiLine
        public String reason;
    }

    /** Request of PUT /project-retentions/{id}/return-terms (R-C8). */
    public static class ReturnTermsRequest {
        public Integer returnTermDays;

        @Digits(integer = 3, fraction = 4) // project_retention.contract_late_rate_percent DECIMAL(7,4)
        public java.math.BigDecimal lateRatePercent;
    }

    /** Request of POST /project-retentions/{id}/collections. */
    public static class CollectionRequest {
        public String amount;
        public LocalDate date;
    }

    public static class EntryDto {
        public Long id;
        public String kind;
        public String amount;
        public LocalDate date;
        public String cause;
        public Long caseId;

        static EntryDto of(RetentionEntry entry) {
            EntryDto dto = new EntryDto();
            dto.id = entry.getId();
            dto.kind = entry.getKind().name();
            dto.amount = entry.getAmount().toString();
            dto.date = entry.getEntryDate();
            dto.cause = entry.getCause();
            dto.caseId = entry.getServiceCaseId();
            return dto;
        }
    }

    public static class SubcontractorRetentionDto {
        public Long id;
        public long version;
        public Long projectId;
        public String projectCode;
        public Long subcontractorId;
        public String subcontractorName;
        public String held;
        public String deducted;
        public String released;
        public String balance;
        public LocalDate releaseDate;
        /** Why the release date falls before the end of the defect-liability period; null when it does not. */
        public String earlyReleaseReason;

        /**
         * The ledger movements, on a single read only; the register list leaves them out (scale issue 14: one retention
         * may have any number) — {@code GET /subcontractor-retentions/{id}/entries} pages them.
         */
        public List<EntryDto> entries;
        /**
         * R-C8 the other way round, as of {@code asOf} (single reads only): the subcontractor's application as the
         * company must answer and pay it, and the interest the company owes for paying late.
         */
        public LocalDate asOf;

        public String returnState;
        public LocalDate applicationReceivedDate;
        public Long applicationScanId;
        public LocalDate verificationDueDate;
        public LocalDate verificationDate;
        public LocalDate reminderReceivedDate;
        public Long reminderScanId;
        public LocalDate reminderDueDate;
        public LocalDate deemedAcceptedDate;
        public LocalDate paymentDueDate;
        public Long daysLeft;
        public String interestAccrued;

        static SubcontractorRetentionDto of(SubcontractorRetention retention, ReturnStatus status) {
            SubcontractorRetentionDto dto = of(retention);
            dto.asOf = status.asOf();
            dto.returnState = status.state().name();
            var application = retention.getReturnApplication();
            if (application != null) {
                dto.applicationScanId = application.getApplicationScanId();
                dto.verificationDate = application.getVerificationDate();
                dto.reminderScanId = application.getReminderScanId();
            }
            dto.applicationReceivedDate = status.applicationReceivedDate();
            dto.verificationDueDate = status.verificationDueDate();
            dto.reminderReceivedDate = status.reminderReceivedDate();
            dto.reminderDueDate = status.reminderDueDate();
            dto.deemedAcceptedDate = status.deemedAcceptedDate();
            dto.paymentDueDate = status.paymentDueDate();
            dto.daysLeft = status.daysLeft();
            dto.interestAccrued = status.interestAccrued().toString();
            return dto;
        }

        static SubcontractorRetentionDto of(SubcontractorRetention retention) {
            SubcontractorRetentionDto dto = inList(retention);
            dto.entries = retention.getEntries().stream().map(EntryDto::of).toList();
            return dto;
        }

        /** A row of the register list: the figures without the movements. */
        static SubcontractorRetentionDto inList(SubcontractorRetention retention) {
            SubcontractorRetentionDto dto = new SubcontractorRetentionDto();
            dto.id = retention.getId();
            dto.version = retention.getVersion();
            dto.projectId = retention.getProject().getId();
            dto.projectCode = retention.getProject().getCode();
            dto.subcontractorId = retention.getSubcontractor().getId();
            dto.subcontractorName = retention.getSubcontractor().getName();
            dto.held = retention.getHeld().toString();
            dto.deducted = retention.getDeducted().toString();
            dto.released = retention.getReleased().toString();
            dto.balance = retention.balance().toString();
            dto.releaseDate = retention.getReleaseDate();
            dto.earlyReleaseReason = retention.getEarlyReleaseReason();
            return dto;
        }
    }

    /**
     * A quality cost (R-C4). {@code registeredBy} is the login that registered it; {@code onBehalfOf} is
     * {@code AFTER_SALES} when a system account (the ERP) registered it for after-sales, null when a person of
     * after-sales did. {@code state} REGISTERED → CONFIRMED (deducted: {@code deductionEntryId} is the ledger line) or
     * REJECTED ({@code rejectionReason}), decided by {@code decidedBy} at {@code decidedAt}.
     */
    public static class QualityCostDto {
        static final String ON_BEHALF_OF_AFTER_SALES = "AFTER_SALES";

        public Long id;
        public long version;
        public Long retentionId;
        public Long projectId;
        public String projectCode;
        public Long subcontractorId;
        public String subcontractorName;
        public Long caseId;
        public String caseNumber;
        public Long equipmentItemId;
        public String amount;
        public String cause;
        public String state;
        public String registeredBy;
        /** The display names beside the logins (issue 18 item 4). */
        public String registeredByName;

        public String onBehalfOf;
        public String registeredAt;
        public String decidedBy;
        public String decidedByName;
        public String decidedAt;
        public String rejectionReason;
        public Long deductionEntryId;

        static QualityCostDto of(QualityCost cost, Map<String, String> names) {
            QualityCostDto dto = of(cost);
            dto.registeredByName = PersonNames.shown(names, dto.registeredBy);
            dto.decidedByName = PersonNames.shown(names, dto.decidedBy);
            return dto;
        }

        static QualityCostDto of(QualityCost cost) {
            QualityCostDto dto = new QualityCostDto();
            dto.id = cost.getId();
            dto.version = cost.getVersion();
            SubcontractorRetention retention = cost.getRetention();
            dto.retentionId = retention.getId();
            dto.projectId = retention.getProject().getId();
            dto.projectCode = retention.getProject().getCode();
            dto.subcontractorId = retention.getSubcontractor().getId();
            dto.subcontractorName = retention.getSubcontractor().getName();
            if (cost.getServiceCase() != null) {
                dto.caseId = cost.getServiceCase().getId();
                dto.caseNumber = cost.getServiceCase().getNumber();
            }
            dto.equipmentItemId = cost.getEquipmentItem() == null
                    ? null
                    : cost.getEquipmentItem().getId();
            dto.amount = cost.getAmount().toString();
            dto.cause = cost.getCause();
            dto.state = cost.getState().name();
            dto.registeredBy = cost.getRegistrant().getUsername();
            dto.onBehalfOf = cost.getRegistrant().isOnBehalfOfAfterSales() ? ON_BEHALF_OF_AFTER_SALES : null;
            dto.registeredAt = ApiInstants.format(cost.getCreatedAt());
            dto.decidedBy = cost.getDecidedBy();
            dto.decidedAt = ApiInstants.format(cost.getDecidedAt());
            dto.rejectionReason = cost.getRejectionReason();
            dto.deductionEntryId =
                    cost.getEntry() == null ? null : cost.getEntry().getId();
            return dto;
        }
    }

    public static class CollectionDto {
        public Long id;
        public String amount;
        public LocalDate date;

        static CollectionDto of(RetentionCollection collection) {
            CollectionDto dto = new CollectionDto();
            dto.id = collection.getId();
            dto.amount = collection.getAmount().toString();
            dto.date = collection.getCollectedOn();
            return dto;
        }
    }

    public static class ProjectRetentionDto {
        public Long id;
        public long version;
        public Long projectId;
        public String projectCode;
        public String amount;
        /** Percentage of the settled contract price (a number, API.md), flagged above 3 (R-C8). */
        public java.math.BigDecimal percentOfContractPrice;

        public boolean aboveStatutoryMaximum;
        public Integer defectLiabilityMonths;
        public LocalDate dueDate;
        public String invoiceNumber;
        public LocalDate invoiceDate;
        public String collected;
        public String outstanding;
        public boolean overdue;
        public List<CollectionDto> collections;
        /** R-C8: the contract's return term and late-payment rate (null: the configured LPR). */
        public int returnTermDays;

        public java.math.BigDecimal contractLateRatePercent;
        /** R-C8: the return procedure as of {@code asOf} (today in lists), with the payment due date and interest. */
        public LocalDate asOf;

        public String returnState;
        public LocalDate applicationSentDate;
        public LocalDate applicationReceivedDate;
        public String applicationChannel;
        public LocalDate verificationDueDate;
        public LocalDate verificationDate;
        public Boolean objection;
        public String objectionReason;
        public LocalDate reminderSentDate;
        public LocalDate reminderReceivedDate;
        public LocalDate reminderDueDate;
        public LocalDate deemedAcceptedDate;
        public LocalDate paymentDueDate;
        public Long daysLeft;
        public String interestAccrued;
        /** R-C8: the stored scans of the owner's receipt of the application and of the reminder (GET /documents/{id}). */
        public Long applicationScanId;

        public Long reminderScanId;

        /**
         * R-C5/R-C8: {@code dueDate} is the first day to apply; {@code overdue} and {@code interestAccrued} follow the
         * payment due date of the return procedure, as of the status's day.
         */
        static ProjectRetentionDto of(ProjectRetention retention, ReturnStatus status) {
            ProjectRetentionDto dto = base(retention);
            dto.overdue = retention.isOverdue(status);
            dto.asOf = status.asOf();
            dto.returnState = status.state().name();
            var application = retention.getReturnApplication();
            if (application != null) {
                dto.applicationSentDate = application.getSentDate();
                dto.applicationChannel = application.getChannel().name();
                dto.verificationDate = application.getVerificationDate();
                dto.objection = application.getVerificationDate() == null ? null : application.isObjection();
                dto.objectionReason = application.getObjectionReason();
                dto.reminderSentDate = application.getReminderSentDate();
                dto.applicationScanId = application.getApplicationScanId();
                dto.reminderScanId = application.getReminderScanId();
            }
            dto.applicationReceivedDate = status.applicationReceivedDate();
            dto.verificationDueDate = status.verificationDueDate();
            dto.reminderReceivedDate = status.reminderReceivedDate();
            dto.reminderDueDate = status.reminderDueDate();
            dto.deemedAcceptedDate = status.deemedAcceptedDate();
            dto.paymentDueDate = status.paymentDueDate();
            dto.daysLeft = status.daysLeft();
            dto.interestAccrued = status.interestAccrued().toString();
            return dto;
        }

        private static ProjectRetentionDto base(ProjectRetention retention) {
            ProjectRetentionDto dto = new ProjectRetentionDto();
            dto.id = retention.getId();
            dto.version = retention.getVersion();
            dto.projectId = retention.getProject().getId();
            dto.projectCode = retention.getProject().getCode();
            dto.amount = retention.getAmount().toString();
            dto.percentOfContractPrice = retention.percentOfContractPrice();
            dto.aboveStatutoryMaximum = retention.isAboveStatutoryMaximum();
            dto.defectLiabilityMonths = retention.getDefectLiabilityMonths();
            dto.dueDate = retention.getDueDate();
            dto.invoiceNumber = retention.getInvoiceNumber();
            dto.invoiceDate = retention.getInvoiceDate();
            dto.collected = retention.getCollected().toString();
            dto.outstanding = retention.outstanding().toString();
            dto.collections =
                    retention.getCollections().stream().map(CollectionDto::of).toList();
            dto.returnTermDays = retention.getReturnTermDays();
            dto.contractLateRatePercent = retention.getContractLateRatePercent();
            return dto;
        }
    }
}
