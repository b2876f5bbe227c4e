package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.DispatchTicket;
import org.aftersales.servicecase.OnSiteService;
import org.aftersales.servicecase.ReportAmendment;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceReport;
import org.aftersales.servicecase.SignatureImage;
import org.aftersales.servicecase.SignatureInput;
import org.aftersales.servicecase.SignedDocument;
import org.aftersales.servicecase.SignerRole;
import org.aftersales.staff.Caller;
import org.aftersales.web.view.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * The sign-off panel of the case page (R-S8): the owner-side responsible person signs the service report — drawn on
 * screen ({@code p:signature}) or an uploaded stamped scan —, the customer signs the repair dispatch ticket the same
 * way. A signed report is shown with its image and no longer changes: corrections are amendments.
 */
@Named
@ViewScoped
public class CaseSignOffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a document is signed on this page. */
    public enum Method {
        DRAWN,
        SCAN
    }

    /** What is typed and drawn for one document. */
    public static class Signing implements Serializable {
        private static final long serialVersionUID = 1L;
        private String signerName;
        private SignerRole signerRole;
        private String signerTitle;
        private Method method = Method.DRAWN;
        private String drawn;
        private String drawnBase64;
        private transient UploadedFile scan;

        SignatureInput input() {
            if (method == Method.SCAN) {
                return scan == null || scan.getSize() == 0
                        ? new SignatureInput(null, null, null)
                        : SignatureInput.scan(scan.getContent(), scan.getContentType());
            }
            return SignatureInput.drawn(drawnBase64 == null || drawnBase64.isBlank() ? null : drawnBase64);
        }

        public String getSignerName() {
            return signerName;
        }

        public void setSignerName(String signerName) {
            this.signerName = signerName;
        }

        public SignerRole getSignerRole() {
            return signerRole;
        }

        public void setSignerRole(SignerRole signerRole) {
            this.signerRole = signerRole;
        }

        public String getSignerTitle() {
            return signerTitle;
        }

        public void setSignerTitle(String signerTitle) {
            this.signerTitle = signerTitle;
        }

        public Method getMethod() {
            return method;
        }

        public void setMethod(Method method) {
            this.method = method;
        }

        public String getDrawn() {
            return drawn;
        }

        public void setDrawn(String drawn) {
            this.drawn = drawn;
        }

        public String getDrawnBase64() {
            return drawnBase64;
        }

        public void setDrawnBase64(String drawnBase64) {
            this.drawnBase64 = drawnBase64;
        }

        public UploadedFile getScan() {
            return scan;
        }

        public void setScan(UploadedFile scan) {
            this.scan = scan;
        }
    }

    @Inject
    transient OnSiteService onSite;

    @Inject
    transient Caller caller;

    @Inject
    CaseViewBacking view;

    private Signing report = new Signing();
    private Signing ticket = new Signing();
    private String amendment;
    /** Whether each signed document's image is a PDF, read once per view. */
    private final Map<String, Boolean> pdfs = new HashMap<>();

    private ServiceCase serviceCase() {
        return view.getServiceCase();
    }

    private boolean working() {
        return view.isMayWork() && serviceCase().getStatus().isOpen();
    }

    /** The panel shows once the work is done (or anything is signed). */
    public boolean isShown() {
        CaseStatus status = serviceCase().getStatus();
        return status == CaseStatus.WORK_DONE
                || status == CaseStatus.SIGNED_OFF
                || serviceCase().getServiceReport().isPresent()
                || serviceCase().getDispatchTicket().isPresent();
    }

    public ServiceReport getServiceReport() {
        return serviceCase().getServiceReport().orElse(null);
    }

    public DispatchTicket getDispatchTicket() {
        return serviceCase().getDispatchTicket().orElse(null);
    }

    public boolean isSigningReport() {
        return working() && getServiceReport() == null && serviceCase().getStatus() == CaseStatus.WORK_DONE;
    }

    public boolean isSigningTicket() {
        return working() && getDispatchTicket() == null && serviceCase().getStatus() == CaseStatus.WORK_DONE;
    }

    public boolean isAmending() {
        return working() && getServiceReport() != null;
    }

    public List<ReportAmendment> getAmendments() {
        ServiceReport signed = getServiceReport();
        return signed == null ? List.of() : signed.getAmendments();
    }

    public SignerRole[] getSignerRoles() {
        return SignerRole.values();
    }

    public Method[] getMethods() {
        return Method.values();
    }

    /** What is still missing before the case may close, or empty when nothing is. */
    public String getMissing() {
        boolean reportSigned = getServiceReport() != null;
        boolean ticketSigned = getDispatchTicket() != null;
        if (reportSigned && ticketSigned) {
            return "";
        }
        if (reportSigned) {
            return Pages.text("case.error.ticketSignatureMissing");
        }
        if (ticketSigned) {
            return Pages.text("case.error.reportSignatureMissing");
        }
        return Pages.text("case.error.signOffMissing");
    }

    /** Whether the stored signature of {@code doc} (report|ticket) is a PDF scan, linked rather than shown. */
    public boolean pdf(String doc) {
        SignedDocument document = "ticket".equals(doc) ? SignedDocument.DISPATCH_TICKET : SignedDocument.SERVICE_REPORT;
        return pdfs.computeIfAbsent(
                doc,
                key -> SignatureImage.PDF.equals(
                        onSite.signature(view.getId(), document).getContentType()));
    }

    public void signReport() {
        Signing s = report;
        ServiceCase done = CasePanels.attempt(
                "report",
                () -> onSite.signServiceReport(
                        view.getId(),
                        s.getSignerName(),
                        s.getSignerRole(),
                        s.getSignerRole() == SignerRole.OTHER ? s.getSignerTitle() : null,
                        s.input(),
                        null,
                        null));
        if (done != null) {
            view.refresh(done);
            report = new Signing();
            Pages.info("signOff.done.report", done.getNumber());
        }
    }

    public void signTicket() {
        Signing s = ticket;
        ServiceCase done = CasePanels.attempt(
                "ticket",
                field -> "customerName".equals(field) ? "signerName" : field,
                () -> onSite.signDispatchTicket(view.getId(), s.getSignerName(), s.input(), null, null));
        if (done != null) {
            view.refresh(done);
            ticket = new Signing();
            Pages.info("signOff.done.ticket", done.getNumber());
        }
    }

    public void amend() {
        ServiceCase done = CasePanels.attempt("amend", () -> onSite.amendServiceReport(view.getId(), amendment));
        if (done != null) {
            view.refresh(done);
            amendment = null;
            Pages.info("signOff.done.amended", done.getNumber());
        }
    }

    public Signing getReport() {
        return report;
    }

    public Signing getTicket() {
        return ticket;
    }

    public String getAmendment() {
        return amendment;
    }

    public void setAmendment(String amendment) {
        this.amendment = amendment;
    }
}
