package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.aftersales.servicecase.FactoryReturn;
import org.aftersales.servicecase.FactoryReturnData;
import org.aftersales.servicecase.OnSiteService;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.SupportKind;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.staff.Caller;
import org.aftersales.web.view.Pages;
import org.primefaces.PrimeFaces;

/**
 * Work that cannot be done on site (R-S9) on the case page: a return to the factory, a replacement or other technical
 * support is recorded with the customer's consent first, the report to leadership, the entry in the project's
 * after-sales service book, and the responsibility split company / subcontractor / design / owner, which must add up
 * to exactly 100 %. The dialog shows the running sum of the four shares and says so before saving; the service checks
 * the same rule again ({@code ResponsibilitySplit}) and its refusal shows next to the split.
 */
@Named
@ViewScoped
public class CaseFactoryReturnBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "factory-return";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    transient OnSiteService onSite;

    @Inject
    transient Caller caller;

    @Inject
    transient AftersalesConfig config;

    @Inject
    CaseViewBacking view;

    private SupportKind kind;
    private String consentBy;
    private LocalDateTime consentAt;
    private LocalDateTime leadershipReportedAt;
    private String bookEntryNumber;
    private LocalDate bookEntryDate;
    private String bookEntryText;
    private BigDecimal companyShare;
    private BigDecimal subcontractorShare;
    private BigDecimal designShare;
    private BigDecimal ownerShare;

    private ServiceCase serviceCase() {
        return view.getServiceCase();
    }

    public List<FactoryReturn> getReturns() {
        return serviceCase().getFactoryReturns();
    }

    /** After-sales staff record it on an open case. */
    public boolean isRecording() {
        return view.isMayWork() && serviceCase().getStatus().isOpen();
    }

    public boolean isShown() {
        return isRecording() || !getReturns().isEmpty();
    }

    public List<SupportKind> getKinds() {
        return Arrays.asList(SupportKind.values());
    }

    /** Opens the dialog empty, the consent and the report offered as now, the book entry as today. */
    public void start() {
        LocalDateTime now =
                LocalDateTime.ofInstant(view.getNow(), config.zone()).truncatedTo(ChronoUnit.MINUTES);
        kind = SupportKind.FACTORY_RETURN;
        consentBy = null;
        consentAt = now;
        leadershipReportedAt = now;
        bookEntryNumber = null;
        bookEntryDate = now.toLocalDate();
        bookEntryText = null;
        companyShare = null;
        subcontractorShare = null;
        designShare = null;
        ownerShare = null;
    }

    /** The sum of the shares entered so far, blanks counting as 0. */
    public BigDecimal getShareSum() {
        return Stream.of(companyShare, subcontractorShare, designShare, ownerShare)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getShareSumText() {
        return getShareSum().stripTrailingZeros().toPlainString();
    }

    /** Whether the four shares add up to exactly 100 %. */
    public boolean isSplitComplete() {
        return getShareSum().compareTo(HUNDRED) == 0;
    }

    public void save() {
        // The same rule as ResponsibilitySplit, said before the service is asked, with the sum as it stands.
        if (Stream.of(companyShare, subcontractorShare, designShare, ownerShare).allMatch(Objects::nonNull)
                && !isSplitComplete()) {
            CasePanels.refuse(FORM, "split", Pages.text("factoryReturn.error.splitSum", getShareSumText()));
            return;
        }
        ServiceCase done = CasePanels.attempt(
                FORM,
                () -> onSite.recordFactoryReturn(
                        view.getId(),
                        new FactoryReturnData(
                                kind,
                                consentBy,
                                CasePanels.instant(consentAt, config.zone()),
                                CasePanels.instant(leadershipReportedAt, config.zone()),
                                bookEntryNumber,
                                bookEntryDate,
                                bookEntryText,
                                companyShare,
                                subcontractorShare,
                                designShare,
                                ownerShare)));
        if (done != null) {
            view.refresh(done);
            PrimeFaces.current().ajax().update("case", "steps");
            Pages.info("factoryReturn.saved", Pages.text("SupportKind." + kind), done.getNumber());
        }
    }

    // ---- properties ----

    public SupportKind getKind() {
        return kind;
    }

    public void setKind(SupportKind kind) {
        this.kind = kind;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public void setConsentBy(String consentBy) {
        this.consentBy = consentBy;
    }

    public LocalDateTime getConsentAt() {
        return consentAt;
    }

    public void setConsentAt(LocalDateTime consentAt) {
        this.consentAt = consentAt;
    }

    public LocalDateTime getLeadershipReportedAt() {
        return leadershipReportedAt;
    }

    public void setLeadershipReportedAt(LocalDateTime leadershipReportedAt) {
        this.leadershipReportedAt = leadershipReportedAt;
    }

    public String getBookEntryNumber() {
        return bookEntryNumber;
    }

    public void setBookEntryNumber(String bookEntryNumber) {
        this.bookEntryNumber = bookEntryNumber;
    }

    public LocalDate getBookEntryDate() {
        return bookEntryDate;
    }

    public void setBookEntryDate(LocalDate bookEntryDate) {
        this.bookEntryDate = bookEntryDate;
    }

    public String getBookEntryText() {
        return bookEntryText;
    }

    public void setBookEntryText(String bookEntryText) {
        this.bookEntryText = bookEntryText;
    }

    public BigDecimal getCompanyShare() {
        return companyShare;
    }

    public void setCompanyShare(BigDecimal companyShare) {
        this.companyShare = companyShare;
    }

    public BigDecimal getSubcontractorShare() {
        return subcontractorShare;
    }

    public void setSubcontractorShare(BigDecimal subcontractorShare) {
        this.subcontractorShare = subcontractorShare;
    }

    public BigDecimal getDesignShare() {
        return designShare;
    }

    public void setDesignShare(BigDecimal designShare) {
        this.designShare = designShare;
    }

    public BigDecimal getOwnerShare() {
        return ownerShare;
    }

    public void setOwnerShare(BigDecimal ownerShare) {
        this.ownerShare = ownerShare;
    }
}
