package org.aftersales.servicecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.project.Project;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Refusals;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Use cases of the on-site service after dispatch: preparing the visit and recording the work (R-S7), the owner's
 * sign-off of the service report and the dispatch ticket, and amendments (R-S8), work that cannot be done on site
 * (R-S9), the trip report and the leader's assessment (R-S12).
 *
 * <p>As in {@link ServiceCaseService}: the caller must be allowed the act and see the case's project; instants are when
 * the act happened, now when not given, never later than now nor earlier than the case's latest act, and one older than
 * the policy's late-entry bound needs a late reason ({@link LateEntryRule}).
 */
@ApplicationScoped
public class OnSiteService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ServiceCaseService cases;

    @Inject
    AftersalesConfig config;

    @Inject
    Clock clock;

    /** The agreed arrival time and the owner's cooperation, recorded before the visit (R-S7). */
    @Transactional
    public ServiceCase agreeVisit(
            long caseId, Instant agreedArrivalAt, String ownerCooperation, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(caseId);
        serviceCase.enter(
                rule(), at, lateReason, when -> serviceCase.agreeVisit(agreedArrivalAt, ownerCooperation, when));
        return saved(serviceCase);
    }

    /** The caller acknowledges the safety rules before the work (R-S7). */
    @Transactional
    public ServiceCase acknowledgeSafety(long caseId, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(caseId);
        serviceCase.enter(rule(), at, lateReason, when -> serviceCase.acknowledgeSafety(caller.username(), when));
        return saved(serviceCase);
    }

    /** The work done, the parts used and the result (R-S7): the case is then WORK_DONE. */
    @Transactional
    public ServiceCase recordWorkDone(
            long caseId, String work, List<PartUsed> parts, String result, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(caseId);
        serviceCase.enter(rule(), at, lateReason, when -> serviceCase.recordWorkDone(work, parts, result, when));
        return saved(serviceCase);
    }

    /** The work stopped, waiting for parts or the owner: a timeline line, no clock effect (issue 16). */
    @Transactional
    public ServiceCase interruptWork(long caseId, WorkInterruption reason, String note, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(caseId);
        serviceCase.enter(rule(), at, lateReason, when -> serviceCase.recordWorkInterruption(reason, note, when));
        return saved(serviceCase);
    }

    /** The owner-side responsible person signed or stamped the service report (R-S8). */
    @Transactional
    public ServiceCase signServiceReport(
            long caseId,
            String signerName,
            SignerRole role,
            String title,
            SignatureInput signature,
            Instant at,
            String lateReason) {
        ServiceCase serviceCase = forWork(caseId);
        serviceCase.enter(rule(), at, lateReason, when -> {
            // Who signs, the role, the title and the signature refused together (issue 18 item 5).
            Refusals refusals = ServiceReport.checkSignOff(signerName, role, title);
            SignatureImage image = refusals.check(() -> image(signature));
            refusals.throwIfAny();
            serviceCase.signServiceReport(signerName, role, title, image, when);
        });
        return saved(serviceCase);
    }

    /** The customer signed the repair dispatch ticket (R-S8). */
    @Transactional
    public ServiceCase signDispatchTicket(
            long caseId, String customerName, SignatureInput signature, Instant at, String lateReason) {
        ServiceCase serviceCase = forWork(caseId);
        serviceCase.enter(rule(), at, lateReason, when -> {
            Refusals refusals = new Refusals();
            SignOff.checkSigner(refusals, "customerName", customerName);
            SignatureImage image = refusals.check(() -> image(signature));
            refusals.throwIfAny();
            serviceCase.signDispatchTicket(customerName, image, when);
        });
        return saved(serviceCase);
    }

    /** A correction to the signed service report, now (R-S8). */
    @Transactional
    public ServiceCase amendServiceReport(long caseId, String text) {
        ServiceCase serviceCase = forWork(caseId);
        serviceCase.amendServiceReport(text, caller.username(), clock.instant());
        return saved(serviceCase);
    }

    /** The image of a signed document, for printing and display; "not found" while it is unsigned. */
    @Transactional
    public SignatureImage signature(long caseId, SignedDocument document) {
        ServiceCase serviceCase = cases.find(caseId);
        SignatureImage image = switch (document) {
            case SERVICE_REPORT ->
                serviceCase.getServiceReport().map(ServiceReport::getSignature).orElse(null);
            case DISPATCH_TICKET ->
                serviceCase
                        .getDispatchTicket()
                        .map(DispatchTicket::getSignature)
                        .orElse(null);
        };
        if (image == null) {
            throw new NotFoundException("signatureImage", caseId);
        }
        image.getData();
        return image;
    }

    /**
     * A return to the factory, a replacement or other support (R-S9), with the customer's consent, the report to
     * leadership, the entry in the project's service book — its number not used there before — and the split.
     */
    @Transactional
    public ServiceCase recordFactoryReturn(long caseId, FactoryReturnData data) {
        ServiceCase serviceCase = forWork(caseId);
        CaseActs.notInFuture(clock, "consentAt", data.consentAt());
        CaseActs.notInFuture(clock, "leadershipReportedAt", data.leadershipReportedAt());
        Project project = serviceCase.getProject();
        ServiceBookEntry entry =
                new ServiceBookEntry(project, data.bookEntryNumber(), data.bookEntryDate(), data.bookEntryText());
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        if (entry.getDate().isAfter(today)) {
            throw new BusinessException("bookEntryDate", "factoryReturn.error.bookDateInFuture");
        }
        boolean taken = !em.createQuery(
                        "select e.id from ServiceBookEntry e where e.project = :project" + " and e.number = :number",
                        Long.class)
                .setParameter("project", project)
                .setParameter("number", entry.getNumber())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new BusinessException("bookEntryNumber", "factoryReturn.error.bookNumberTaken", entry.getNumber());
        }
        ResponsibilitySplit split = new ResponsibilitySplit(
                data.companyShare(), data.subcontractorShare(), data.designShare(), data.ownerShare());
        serviceCase.recordFactoryReturn(
                data.kind(),
                data.consentBy(),
                data.consentAt(),
                data.leadershipReportedAt(),
                entry,
                split,
                config.zone());
        return saved(serviceCase);
    }

    /** The engineer's trip report, now (R-S12). */
    @Transactional
    public ServiceCase fileTripReport(long caseId, String text, LocalDate fromDate, LocalDate toDate) {
        caller.require(Permission.COST_RECORD);
        ServiceCase serviceCase = cases.find(caseId);
        serviceCase.fileTripReport(text, fromDate, toDate, caller.username(), clock.instant());
        return saved(serviceCase);
    }

    /** The supervising leader's assessment of workload, service quality and cost control (R-S12). */
    @Transactional
    public ServiceCase assess(
            long caseId,
            Integer workloadScore,
            Integer qualityScore,
            Integer costControlScore,
            String comment,
            Instant at,
            String lateReason) {
        caller.require(Permission.CASE_ASSESS);
        ServiceCase serviceCase = cases.find(caseId);
        serviceCase.enter(
                rule(),
                at,
                lateReason,
                when -> serviceCase.assess(
                        caller.username(), workloadScore, qualityScore, costControlScore, comment, when));
        return saved(serviceCase);
    }

    private ServiceCase forWork(long caseId) {
        return cases.forWork(caseId);
    }

    private SignatureImage image(SignatureInput signature) {
        return (signature == null ? new SignatureInput(null, null, null) : signature).toImage();
    }

    /** The late-entry rule as it stands now, for the act being entered. */
    private LateEntryRule rule() {
        return cases.lateEntryRule();
    }

    private ServiceCase saved(ServiceCase serviceCase) {
        return CaseActs.saved(em, serviceCase);
    }
}
