package org.aftersales.servicecase;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.Refusals;

/**
 * The service report (服务报告单, R-S8; 第三章2(3)) of an on-site case: the work done, the parts used and the result
 * recorded on the visit ({@link OnSiteVisit}), signed or stamped by the responsible person on the owner's side — the
 * owner's project manager, the owner's operations supervisor, the project department's manager, or another person
 * whose title is then stated.
 *
 * <p>A report exists only signed, and a signed report is immutable: nothing of it — nor of the visit's work record it
 * shows — can change afterwards; a correction is a {@link ReportAmendment}, kept beside it with who and when.
 */
@Entity
@Table(name = "service_report")
public class ServiceReport extends BaseEntity {

    public static final int TITLE_LENGTH = 100;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false, unique = true)
    private ServiceCase serviceCase;

    @Embedded
    private SignOff signOff;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "signer_role", nullable = false, updatable = false, length = 40)
    private SignerRole signerRole;

    /** The signer's title: required for {@link SignerRole#OTHER}, kept when given for the others. */
    @Size(max = TITLE_LENGTH)
    @Column(name = "signer_title", updatable = false, length = TITLE_LENGTH)
    private String signerTitle;

    @NotNull
    @OneToOne(optional = false, fetch = FetchType.LAZY, cascade = CascadeType.ALL)
    @JoinColumn(name = "signature_image_id", nullable = false, updatable = false, unique = true)
    private SignatureImage signature;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("amendedAt ASC, id ASC")
    private List<ReportAmendment> amendments = new ArrayList<>();

    protected ServiceReport() {}

    ServiceReport(
            ServiceCase serviceCase,
            String signerName,
            SignerRole role,
            String title,
            SignatureImage signature,
            Instant signedAt) {
        checkSignOff(signerName, role, title).throwIfAny();
        String stated = Inputs.stripToNull(title);
        this.signOff = new SignOff("signerName", signerName, signature.getForm(), signedAt);
        this.serviceCase = serviceCase;
        this.signerRole = role;
        this.signerTitle = stated;
        this.signature = signature;
    }

    /**
     * What the owner side must state when signing the report (R-S8): who signs, in which role, and the title where the
     * role is "other" — every missing one at once (issue 18 item 5). The caller adds the signature's own check.
     */
    public static Refusals checkSignOff(String signerName, SignerRole role, String title) {
        Refusals refusals = new Refusals();
        SignOff.checkSigner(refusals, "signerName", signerName);
        String stated = Inputs.stripToNull(title);
        if (role == null) {
            refusals.add("signerRole", "report.error.signerRoleRequired");
        } else if (role.needsTitle() && stated == null) {
            refusals.add("signerTitle", "report.error.signerTitleRequired");
        }
        if (stated != null && stated.length() > TITLE_LENGTH) {
            refusals.add("signerTitle", "case.error.tooLong", TITLE_LENGTH);
        }
        return refusals;
    }

    ReportAmendment amend(String text, String by, Instant at) {
        if (at.isBefore(signOff.getSignedAt())) {
            throw new BusinessException("at", "case.error.timeOrder", at, signOff.getSignedAt());
        }
        ReportAmendment amendment = new ReportAmendment(this, text, by, at);
        amendments.add(amendment);
        return amendment;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public SignOff getSignOff() {
        return signOff;
    }

    public SignerRole getSignerRole() {
        return signerRole;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    /** The image: loaded only when asked for. */
    public SignatureImage getSignature() {
        return signature;
    }

    public List<ReportAmendment> getAmendments() {
        return Collections.unmodifiableList(amendments);
    }
}
