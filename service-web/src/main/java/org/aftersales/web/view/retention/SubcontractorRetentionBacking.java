package org.aftersales.web.view.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.retention.QualityCost;
import org.aftersales.retention.RetentionEntry;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnChannel;
import org.aftersales.retention.ReturnState;
import org.aftersales.retention.ReturnStatus;
import org.aftersales.retention.SubcontractorRetention;
import org.aftersales.servicecase.CaseFilter;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.Pages;

/**
 * retention/subcontractor.xhtml?id=…: one subcontractor's retention on one project (R-C4) — its ledger, the quality
 * costs registered against it, and the acts on it: after-sales registers a quality cost (linked to the case), the
 * Engineering Department confirms it (which deducts it) or rejects it, and what remains is released after the release
 * date. The balance shown is always the ledger's.
 */
@Named
@ViewScoped
public class SubcontractorRetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RetentionService retentions;

    @Inject
    transient ServiceCaseService cases;

    @Inject
    transient Caller caller;

    private Long id;
    private SubcontractorRetention retention;
    private List<QualityCost> qualityCosts = List.of();
    private List<Choice> caseChoices = List.of();

    private BigDecimal costAmount;
    private String costCause;
    private Long costCaseId;
    private Long rejectId;
    private String rejectReason;
    private ReturnStatus returnStatus;
    private LocalDate returnSent;
    private LocalDate returnReceived;
    private ReturnChannel returnChannel = ReturnChannel.LETTER;
    /** R-C8: the optional scan of the application or reminder the company received. */
    private transient org.primefaces.model.file.UploadedFile receivedScan;

    private LocalDate answerDate;
    private boolean answerObjection;
    private String answerReason;
    private BigDecimal releaseAmount;
    private LocalDate releaseOn;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.RETENTION_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        refresh();
    }

    private void refresh() {
        retention = retentions.findSubcontractorRetention(id);
        returnStatus = retentions.subcontractorReturnStatus(retention, retentions.today());
        qualityCosts = retentions.qualityCosts(id);
        if (caller.may(Permission.QUALITY_COST_REGISTER) && caller.may(Permission.CASE_VIEW)) {
            caseChoices = cases
                    .list(
                            new CaseFilter(retention.getProject().getId(), null, null, null, null, null),
                            new PageRequest(0, 100, "receivedAt", false))
                    .items()
                    .stream()
                    .map(c -> new Choice(c.getId(), c.getNumber() + " " + abbreviated(c.getDescription())))
                    .toList();
        }
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 30 ? String.valueOf(text) : text.substring(0, 30) + "…";
    }

    public void registerQualityCost() {
        if (costAmount == null) {
            throw new BusinessException("costAmount", "retention.error.amountPositive");
        }
        retentions.registerQualityCost(id, Money.of(costAmount), costCause, costCaseId, null);
        Pages.info("qualityCost.registered");
        costAmount = null;
        costCause = null;
        costCaseId = null;
        refresh();
    }

    public void confirm(long qualityCostId) {
        try {
            QualityCost confirmed = retentions.confirmQualityCost(qualityCostId);
            Pages.info("qualityCost.confirmed", confirmed.getAmount());
        } finally {
            refresh();
        }
    }

    public void startReject(long qualityCostId) {
        rejectId = qualityCostId;
        rejectReason = null;
    }

    public void reject() {
        retentions.rejectQualityCost(rejectId, rejectReason);
        Pages.info("qualityCost.rejected");
        refresh();
    }

    public void release() {
        if (releaseAmount == null) {
            throw new BusinessException("releaseAmount", "retention.error.amountPositive");
        }
        retentions.release(id, Money.of(releaseAmount), releaseOn);
        Pages.info("retention.releasedSaved", Money.of(releaseAmount));
        releaseAmount = null;
        releaseOn = null;
        refresh();
    }

    /** R-C8 the other way round: the subcontractor's application for the return, received by the company. */
    public void receiveReturnApplication() {
        try {
            if (returnStatus.state() == ReturnState.REMINDER_DUE
                    || returnStatus.state() == ReturnState.AWAITING_REMINDER_ANSWER) {
                retentions.receiveSubcontractorReminder(id, returnSent, returnReceived, scan());
            } else {
                retentions.receiveReturnApplication(id, returnSent, returnReceived, returnChannel, scan());
            }
        } catch (BusinessException refused) {
            throw onReturnField(refused, "returnSent", "returnReceived", "returnChannel");
        }
        Pages.info("returnProcedure.subcontractor.received");
        receivedScan = null;
        returnSent = null;
        returnReceived = null;
        refresh();
    }

    /** The chosen scan as the document store takes it, or {@code null} when none was chosen (it is optional). */
    private org.aftersales.document.DocumentUpload scan() {
        if (receivedScan == null
                || receivedScan.getFileName() == null
                || receivedScan.getFileName().isBlank()) {
            return null;
        }
        try {
            return new org.aftersales.document.DocumentUpload(
                    receivedScan.getFileName(), receivedScan.getInputStream());
        } catch (java.io.IOException unreadable) {
            throw new BusinessException("file", "document.error.unreadable", receivedScan.getFileName());
        }
    }

    public org.primefaces.model.file.UploadedFile getReceivedScan() {
        return receivedScan;
    }

    public void setReceivedScan(org.primefaces.model.file.UploadedFile receivedScan) {
        this.receivedScan = receivedScan;
    }

    /** R-C8: the company's answer, within its 14 days — never silence. */
    public void answerReturnApplication() {
        try {
            retentions.answerReturnApplication(id, answerDate, answerObjection, answerReason);
        } catch (BusinessException refused) {
            throw onReturnField(refused, "returnSent", "returnReceived", "returnChannel");
        }
        Pages.info("returnProcedure.subcontractor.answered");
        answerDate = null;
        answerReason = null;
        answerObjection = false;
        refresh();
    }

    /** The use case's field names are the same for both letters; the page names its inputs apart. */
    private static BusinessException onReturnField(
            BusinessException refused, String sent, String received, String channel) {
        String field = refused.getField();
        if (field == null) {
            return refused;
        }
        return switch (field) {
            case "sentDate" -> refused.onField(sent);
            case "receivedDate" -> refused.onField(received);
            case "channel" -> refused.onField(channel);
            case "date" -> refused.onField("answerDate");
            case "reason" -> refused.onField("answerReason");
            default -> refused;
        };
    }

    /** Whether a received application (or reminder) can be recorded now. */
    public boolean isReturnReceivable() {
        return returnStatus != null
                && (returnStatus.state() == ReturnState.NOT_APPLIED
                        || returnStatus.state() == ReturnState.OBJECTED
                        || returnStatus.state() == ReturnState.REMINDER_DUE);
    }

    public boolean isReturnAnswerable() {
        return returnStatus != null
                && (returnStatus.state() == ReturnState.AWAITING_VERIFICATION
                        || returnStatus.state() == ReturnState.REMINDER_DUE
                        || returnStatus.state() == ReturnState.AWAITING_REMINDER_ANSWER);
    }

    public String getReturnStateLabel() {
        return returnStatus == null
                ? ""
                : Pages.text("ReturnState." + returnStatus.state().name());
    }

    public String getReturnDaysText() {
        Long days = returnStatus == null ? null : returnStatus.daysLeft();
        if (days == null) {
            return "";
        }
        return days >= 0
                ? Pages.text("returnProcedure.daysLeft.value", days)
                : Pages.text("returnProcedure.daysOver.value", -days);
    }

    public ReturnStatus getReturnStatus() {
        return returnStatus;
    }

    public ReturnChannel[] getChannels() {
        return ReturnChannel.values();
    }

    public LocalDate getReturnSent() {
        return returnSent;
    }

    public void setReturnSent(LocalDate returnSent) {
        this.returnSent = returnSent;
    }

    public LocalDate getReturnReceived() {
        return returnReceived;
    }

    public void setReturnReceived(LocalDate returnReceived) {
        this.returnReceived = returnReceived;
    }

    public ReturnChannel getReturnChannel() {
        return returnChannel;
    }

    public void setReturnChannel(ReturnChannel returnChannel) {
        this.returnChannel = returnChannel;
    }

    public LocalDate getAnswerDate() {
        return answerDate;
    }

    public void setAnswerDate(LocalDate answerDate) {
        this.answerDate = answerDate;
    }

    public boolean isAnswerObjection() {
        return answerObjection;
    }

    public void setAnswerObjection(boolean answerObjection) {
        this.answerObjection = answerObjection;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }

    public boolean isMayRegister() {
        return caller.may(Permission.QUALITY_COST_REGISTER);
    }

    public boolean isMayConfirm() {
        return caller.may(Permission.QUALITY_COST_CONFIRM);
    }

    public boolean isMayRelease() {
        return caller.may(Permission.SUBCONTRACTOR_RETENTION_EDIT);
    }

    public SubcontractorRetention getRetention() {
        return retention;
    }

    public List<RetentionEntry> getEntries() {
        return retention == null ? List.of() : retention.getEntries();
    }

    public List<QualityCost> getQualityCosts() {
        return qualityCosts;
    }

    public List<Choice> getCaseChoices() {
        return caseChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }

    public void setCostAmount(BigDecimal costAmount) {
        this.costAmount = costAmount;
    }

    public String getCostCause() {
        return costCause;
    }

    public void setCostCause(String costCause) {
        this.costCause = costCause;
    }

    public Long getCostCaseId() {
        return costCaseId;
    }

    public void setCostCaseId(Long costCaseId) {
        this.costCaseId = costCaseId;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public BigDecimal getReleaseAmount() {
        return releaseAmount;
    }

    public void setReleaseAmount(BigDecimal releaseAmount) {
        this.releaseAmount = releaseAmount;
    }

    public LocalDate getReleaseOn() {
        return releaseOn;
    }

    public void setReleaseOn(LocalDate releaseOn) {
        this.releaseOn = releaseOn;
    }
}
