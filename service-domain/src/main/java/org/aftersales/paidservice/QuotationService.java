package org.aftersales.paidservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.changelog.ChangeKind;
import org.aftersales.changelog.ChangeLog;
import org.aftersales.policy.PolicyKey;
import org.aftersales.policy.PolicyService;
import org.aftersales.servicecase.CaseActs;
import org.aftersales.servicecase.CaseEventKind;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * Use cases of paid service (R-C6): the specialist quotes a PAID case — cost + the policy markup, fixed when the
 * quotation is first made —, revises it until the owner accepts, records the acceptance; after completion the
 * settlement, the invoice and the payment. Each step is on the case's timeline and moves the case's version; the
 * quotation's own changes are in the audit trail.
 */
@ApplicationScoped
public class QuotationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    Caller caller;

    @Inject
    ServiceCaseService cases;

    @Inject
    PolicyService policy;

    @Inject
    Clock clock;

    /** One item as entered: the kind (parts and repair when left out) and the VAT rate (the kind's default when left out). */
    public record Item(String description, LineKind kind, BigDecimal quantity, Money cost, BigDecimal vatRate) {}

    /** The case's quotation, if it has one (anyone who may see the case). */
    @Transactional
    public Optional<Quotation> find(long caseId) {
        return of(cases.find(caseId));
    }

    /**
     * Makes the case's quotation, or revises it while the owner has not accepted it: the lines are priced at the
     * markup fixed when the quotation was first made. Refused for a case that is not PAID.
     */
    @Transactional
    public Quotation quote(long caseId, List<Item> items) {
        caller.require(Permission.QUOTATION_EDIT);
        ServiceCase serviceCase = cases.find(caseId);
        Quotation.requirePaid(serviceCase);
        List<Quotation.LineInput> lines = new ArrayList<>();
        if (items != null) {
            for (Item item : items) {
                lines.add(item == null ? null : line(item));
            }
        }
        Optional<Quotation> existing = of(serviceCase);
        Quotation quotation;
        if (existing.isPresent()) {
            quotation = existing.get();
            quotation.revise(lines);
        } else {
            quotation = new Quotation(serviceCase, policy.current(PolicyKey.MARKUP_PERCENT), lines);
            em.persist(quotation);
        }
        step(
                serviceCase,
                CaseEventKind.QUOTATION_MADE,
                "#" + quotation.getRevision() + " " + quotation.getTotal()
                        + " / " + quotation.getTotalWithVat() + " (+"
                        + quotation.getMarkupPercent().stripTrailingZeros().toPlainString() + " %)",
                clock.instant());
        return quotation;
    }

    /** The owner's acceptance: who on the owner's side, how, when (now when not given). */
    @Transactional
    public Quotation accept(long caseId, String acceptedBy, AcceptanceMeans means, Instant at) {
        caller.require(Permission.QUOTATION_EDIT);
        ServiceCase serviceCase = cases.find(caseId);
        Quotation quotation = required(serviceCase);
        Instant when = CaseActs.notInFuture(clock, "acceptedAt", at == null ? clock.instant() : at);
        quotation.accept(acceptedBy, means, when, caller.username());
        step(
                serviceCase,
                CaseEventKind.QUOTATION_ACCEPTED,
                quotation.getAcceptedBy() + " · " + quotation.getAcceptedVia() + " · " + quotation.getTotalWithVat(),
                when);
        changeLog.record(ChangeKind.QUOTATION_ACCEPTED, "cases/" + caseId + "/quotation", null);
        return quotation;
    }

    /** The settlement after completion: as quoted when both amounts are left out. */
    @Transactional
    public Quotation settle(long caseId, Money finalTotal, Money finalVat) {
        caller.require(Permission.PAID_SERVICE_BILLING);
        ServiceCase serviceCase = cases.find(caseId);
        Quotation quotation = required(serviceCase);
        Instant now = clock.instant();
        quotation.settle(finalTotal, finalVat, now);
        step(
                serviceCase,
                CaseEventKind.PAID_SERVICE_SETTLED,
                quotation.getSettledTotal() + " / " + quotation.getSettledTotalWithVat(),
                now);
        changeLog.record(ChangeKind.PAID_SERVICE_SETTLED, "cases/" + caseId + "/quotation", null);
        return quotation;
    }

    @Transactional
    public Quotation recordInvoice(long caseId, InvoiceKind kind, String number, LocalDate date) {
        caller.require(Permission.PAID_SERVICE_BILLING);
        ServiceCase serviceCase = cases.find(caseId);
        Quotation quotation = required(serviceCase);
        quotation.recordInvoice(kind, number, date);
        step(
                serviceCase,
                CaseEventKind.INVOICE_ISSUED,
                kind + " " + quotation.getInvoiceNumber() + " " + date,
                clock.instant());
        return quotation;
    }

    @Transactional
    public Quotation recordPayment(long caseId, LocalDate date, Money amount) {
        caller.require(Permission.PAID_SERVICE_BILLING);
        ServiceCase serviceCase = cases.find(caseId);
        Quotation quotation = required(serviceCase);
        quotation.recordPayment(date, amount);
        step(serviceCase, CaseEventKind.PAYMENT_RECEIVED, date + " " + amount, clock.instant());
        return quotation;
    }

    /** The markup a quotation made now would carry (for the editor, before anything is saved). */
    @Transactional
    public BigDecimal currentMarkup() {
        return policy.current(PolicyKey.MARKUP_PERCENT);
    }

    /** The default VAT rate of a line of {@code kind} now. */
    @Transactional
    public BigDecimal defaultVatRate(LineKind kind) {
        return policy.current((kind == null ? LineKind.PARTS_AND_REPAIR : kind).defaultVatRate());
    }

    private Quotation.LineInput line(Item item) {
        LineKind kind = item.kind() == null ? LineKind.PARTS_AND_REPAIR : item.kind();
        BigDecimal rate = item.vatRate() != null ? item.vatRate() : policy.current(kind.defaultVatRate());
        return new Quotation.LineInput(item.description(), kind, item.quantity(), item.cost(), rate);
    }

    private Quotation required(ServiceCase serviceCase) {
        return of(serviceCase)
                .orElseThrow(() -> new org.aftersales.shared.BusinessException(
                        null, "quotation.error.none", serviceCase.getNumber()));
    }

    private Optional<Quotation> of(ServiceCase serviceCase) {
        return em.createQuery("select q from Quotation q where q.serviceCase = :serviceCase", Quotation.class)
                .setParameter("serviceCase", serviceCase)
                .getResultStream()
                .findFirst();
    }

    private void step(ServiceCase serviceCase, CaseEventKind kind, String detail, Instant at) {
        serviceCase.recordPaidServiceStep(kind, detail, at);
        CaseActs.saved(em, serviceCase);
    }
}
