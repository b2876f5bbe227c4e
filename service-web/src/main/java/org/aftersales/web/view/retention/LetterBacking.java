package org.aftersales.web.view.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.aftersales.retention.ProjectRetention;
import org.aftersales.retention.RetentionService;
import org.aftersales.retention.ReturnStatus;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.AmountInWords;
import org.aftersales.shared.Money;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * retention/letter.xhtml?id=…&amp;kind=…: the letters of the statutory return procedure (R-C8) as A4 pages in Chinese
 * on the company's letterhead (from configuration), generated from the register as it stands today: the return
 * application, the written reminder after the verification period passed unanswered, and the claim for late interest.
 */
@Named
@RequestScoped
public class LetterBacking {

    /** The three letters of the procedure. */
    public enum Kind {
        APPLICATION,
        REMINDER,
        INTEREST_CLAIM
    }

    @Inject
    RetentionService retentions;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "aftersales.company.name", defaultValue = "某某环保工程有限公司")
    String companyName;

    @Inject
    @ConfigProperty(name = "aftersales.company.address")
    java.util.Optional<String> companyAddress;

    @Inject
    @ConfigProperty(name = "aftersales.company.phone")
    java.util.Optional<String> companyPhone;

    private Long id;
    private Kind kind = Kind.APPLICATION;
    private ProjectRetention retention;
    private ReturnStatus status;

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
        try {
            retention = retentions.findProjectRetention(id);
            status = retentions.returnStatus(retention, retentions.today());
        } catch (NotFoundException notVisible) {
            Pages.sendError(404);
        } catch (AccessDeniedException notAllowed) {
            Pages.sendError(403);
        }
    }

    /** The last day of the defect-liability period: the day before the retention fell due. */
    public LocalDate getPeriodEnd() {
        return retention.getDueDate().minusDays(1);
    }

    public String inWords(Money money) {
        return AmountInWords.of(money);
    }

    /** The annual rate the interest was computed at, for the claim's text: the contract's, else "the LPR". */
    public boolean isContractRate() {
        return retention.getContractLateRatePercent() != null;
    }

    public ProjectRetention getRetention() {
        return retention;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getCompanyAddress() {
        return companyAddress.orElse("");
    }

    public String getCompanyPhone() {
        return companyPhone.orElse("");
    }

    public LocalDate getToday() {
        return retentions.today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }
}
