package org.aftersales.paidservice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.aftersales.servicecase.CaseStatus;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.AmountInWords;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;
import org.aftersales.shared.Money;

/**
 * The quotation of a paid service (有偿服务报价, R-C6; 第四章4.7): after the warranty and without a contract the owner
 * pays cost + 10 %, is told the repair items and fees in advance, and agrees before work starts. Then the work is
 * settled after completion, an invoice issued, and the payment collected.
 *
 * <p><b>One per case, for PAID cases only.</b> A case of any other class is refused. Until the owner accepts it, the
 * quotation may be revised: the lines are replaced and the revision counts up (the case's timeline and the audit trail
 * keep every revision's total). <b>The markup is fixed when the quotation is first made</b> (REQUIREMENTS: a value is
 * fixed when its rule starts): a revision, or a policy change afterwards, never moves it.
 *
 * <p><b>Acceptance</b> names who on the owner's side agreed, how, and when; once accepted the quotation is final
 * and dispatch may go ahead ({@link org.aftersales.servicecase.DispatchService} refuses a PAID case without it).
 *
 * <p><b>After completion</b> (work done, signed off or closed): the settlement — the quoted figures or the final ones
 * —, then the invoice (kind, number, date), then the payment received (date, amount), each once and in that order.
 */
@Entity
@Table(name = "quotation")
public class Quotation extends BaseEntity {

    public static final int ACCEPTED_BY_LENGTH = 100;
    public static final int INVOICE_NUMBER_LENGTH = 40;
    public static final int MAX_LINES = 200;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", nullable = false, updatable = false)
    private ServiceCase serviceCase;

    @Column(nullable = false)
    private int revision;

    @Column(name = "markup_percent", nullable = false, updatable = false, precision = 9, scale = 4)
    private BigDecimal markupPercent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quotation_line", joinColumns = @JoinColumn(name = "quotation_id"))
    @OrderColumn(name = "line_no")
    private List<QuotationLine> lines = new ArrayList<>();

    @Column(nullable = false, precision = 19, scale = 2)
    private Money total;

    @Column(nullable = false, precision = 19, scale = 2)
    private Money vat;

    @Column(name = "total_with_vat", nullable = false, precision = 19, scale = 2)
    private Money totalWithVat;

    @Column(name = "accepted_by", length = ACCEPTED_BY_LENGTH)
    private String acceptedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "accepted_via", length = 30)
    private AcceptanceMeans acceptedVia;

    @Convert(converter = InstantConverter.class)
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "acceptance_recorded_by", length = USER_NAME_LENGTH)
    private String acceptanceRecordedBy;

    @Column(name = "settled_total", precision = 19, scale = 2)
    private Money settledTotal;

    @Column(name = "settled_vat", precision = 19, scale = 2)
    private Money settledVat;

    @Column(name = "settled_total_with_vat", precision = 19, scale = 2)
    private Money settledTotalWithVat;

    @Convert(converter = InstantConverter.class)
    @Column(name = "settled_at")
    private Instant settledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_kind", length = 20)
    private InvoiceKind invoiceKind;

    @Column(name = "invoice_number", length = INVOICE_NUMBER_LENGTH)
    private String invoiceNumber;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;

    @Column(name = "payment_date")
    private LocalDate paymentDate;

    @Column(name = "payment_amount", precision = 19, scale = 2)
    private Money paymentAmount;

    protected Quotation() {}

    /** The first quotation of a PAID case, with the markup in force now. */
    public Quotation(ServiceCase serviceCase, BigDecimal markupPercent, List<LineInput> items) {
        Objects.requireNonNull(serviceCase, "serviceCase");
        requirePaid(serviceCase);
        this.serviceCase = serviceCase;
        this.markupPercent = markupPercent;
        this.revision = 0;
        price(items);
    }

    /** What one line is made of before it is priced: the cost, the kind, the VAT rate already defaulted. */
    public record LineInput(String description, LineKind kind, BigDecimal quantity, Money cost, BigDecimal vatRate) {}

    /** Refuses a case that is not PAID: only paid service is quoted (R-C6). */
    public static void requirePaid(ServiceCase serviceCase) {
        if (serviceCase.getServiceClass() != ServiceClass.PAID) {
            throw new BusinessException("serviceClass", "quotation.error.notPaid", serviceCase.getNumber());
        }
        if (serviceCase.getStatus() == CaseStatus.CANCELLED) {
            throw new BusinessException(null, "case.error.notOpen", serviceCase.getNumber());
        }
    }

    /** A new revision of the lines, at the markup fixed when the quotation was made; refused once accepted. */
    public void revise(List<LineInput> items) {
        if (isAccepted()) {
            throw new BusinessException("items", "quotation.error.alreadyAccepted", serviceCase.getNumber());
        }
        requirePaid(serviceCase);
        price(items);
    }

    private void price(List<LineInput> items) {
        if (items != null && items.size() > MAX_LINES) {
            throw new BusinessException("items", "quotation.error.tooManyLines", MAX_LINES);
        }
        List<QuotationPricing.Item> toPrice = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                LineInput item = items.get(i);
                if (item == null) {
                    throw new BusinessException("items", "quotation.error.descriptionRequired");
                }
                String text = Inputs.stripToNull(item.description());
                if (text != null && text.length() > QuotationLine.DESCRIPTION_LENGTH) {
                    throw new BusinessException("description", "case.error.tooLong", QuotationLine.DESCRIPTION_LENGTH);
                }
                if (item.quantity() != null
                        && (item.quantity().signum() <= 0
                                || item.quantity().compareTo(new BigDecimal("999999999")) > 0
                                || item.quantity().stripTrailingZeros().scale() > 3)) {
                    throw new BusinessException("quantity", "quotation.error.quantity", i + 1);
                }
                toPrice.add(new QuotationPricing.Item(text, item.cost(), item.vatRate()));
            }
        }
        QuotationPricing.Priced priced = QuotationPricing.price(toPrice, markupPercent);
        List<QuotationLine> pricedLines = new ArrayList<>();
        for (int i = 0; i < priced.lines().size(); i++) {
            LineInput item = items.get(i);
            pricedLines.add(new QuotationLine(
                    priced.lines().get(i),
                    item.kind() == null ? LineKind.PARTS_AND_REPAIR : item.kind(),
                    item.quantity()));
        }
        this.lines = pricedLines;
        this.total = priced.total();
        this.vat = priced.vat();
        this.totalWithVat = priced.totalWithVat();
        this.revision++;
    }

    /** The owner agreed to the quotation: who on their side, how, when; recorded by {@code recordedBy}. */
    public void accept(String ownerPerson, AcceptanceMeans means, Instant at, String recordedBy) {
        if (isAccepted()) {
            throw new BusinessException("acceptedBy", "quotation.error.alreadyAccepted", serviceCase.getNumber());
        }
        String person = Inputs.stripToNull(ownerPerson);
        if (person == null) {
            throw new BusinessException("acceptedBy", "quotation.error.acceptedByRequired");
        }
        if (person.length() > ACCEPTED_BY_LENGTH) {
            throw new BusinessException("acceptedBy", "case.error.tooLong", ACCEPTED_BY_LENGTH);
        }
        if (means == null) {
            throw new BusinessException("acceptedVia", "quotation.error.acceptedViaRequired");
        }
        Objects.requireNonNull(at, "at");
        if (at.isBefore(serviceCase.getReceivedAt())) {
            throw new BusinessException("acceptedAt", "quotation.error.acceptedBeforeCall");
        }
        this.acceptedBy = person;
        this.acceptedVia = means;
        this.acceptedAt = at;
        this.acceptanceRecordedBy = recordedBy;
    }

    /**
     * The settlement after completion: the quoted figures when {@code finalTotal} and {@code finalVat} are both left
     * out, or the final ones (both given, neither negative).
     */
    public void settle(Money finalTotal, Money finalVat, Instant at) {
        if (!isAccepted()) {
            throw new BusinessException(null, "quotation.error.notAccepted", serviceCase.getNumber());
        }
        if (isSettled()) {
            throw new BusinessException(null, "quotation.error.alreadySettled", serviceCase.getNumber());
        }
        switch (serviceCase.getStatus()) {
            case WORK_DONE, SIGNED_OFF, CLOSED -> {}
            default -> throw new BusinessException(null, "quotation.error.notCompleted", serviceCase.getNumber());
        }
        if ((finalTotal == null) != (finalVat == null)) {
            throw new BusinessException(
                    finalTotal == null ? "settledTotal" : "settledVat", "quotation.error.settlementBoth");
        }
        if (finalTotal != null && (finalTotal.isNegative() || finalVat.isNegative())) {
            throw new BusinessException(
                    finalTotal.isNegative() ? "settledTotal" : "settledVat", "quotation.error.settlementNegative");
        }
        this.settledTotal = finalTotal == null ? total : finalTotal;
        this.settledVat = finalVat == null ? vat : finalVat;
        this.settledTotalWithVat = settledTotal.plus(settledVat);
        this.settledAt = Objects.requireNonNull(at, "at");
    }

    /** The VAT invoice issued for the settlement. */
    public void recordInvoice(InvoiceKind kind, String number, LocalDate date) {
        if (!isSettled()) {
            throw new BusinessException(null, "quotation.error.notSettled", serviceCase.getNumber());
        }
        if (invoiceNumber != null) {
            throw new BusinessException("invoiceNumber", "quotation.error.alreadyInvoiced", invoiceNumber);
        }
        if (kind == null) {
            throw new BusinessException("invoiceKind", "quotation.error.invoiceKindRequired");
        }
        String text = Inputs.stripToNull(number);
        if (text == null) {
            throw new BusinessException("invoiceNumber", "quotation.error.invoiceNumberRequired");
        }
        if (text.length() > INVOICE_NUMBER_LENGTH) {
            throw new BusinessException("invoiceNumber", "case.error.tooLong", INVOICE_NUMBER_LENGTH);
        }
        if (date == null) {
            throw new BusinessException("invoiceDate", "quotation.error.invoiceDateRequired");
        }
        this.invoiceKind = kind;
        this.invoiceNumber = text;
        this.invoiceDate = date;
    }

    /** The owner's payment, once invoiced: the day it came in and the amount, more than zero. */
    public void recordPayment(LocalDate date, Money amount) {
        if (invoiceNumber == null) {
            throw new BusinessException(null, "quotation.error.notInvoiced", serviceCase.getNumber());
        }
        if (paymentDate != null) {
            throw new BusinessException("paymentDate", "quotation.error.alreadyPaid");
        }
        if (date == null) {
            throw new BusinessException("paymentDate", "quotation.error.paymentDateRequired");
        }
        if (date.isBefore(invoiceDate)) {
            throw new BusinessException("paymentDate", "quotation.error.paymentBeforeInvoice", invoiceDate);
        }
        if (amount == null || !amount.isGreaterThan(Money.ZERO)) {
            throw new BusinessException("paymentAmount", "quotation.error.paymentAmount");
        }
        this.paymentDate = date;
        this.paymentAmount = amount;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public boolean isSettled() {
        return settledAt != null;
    }

    public boolean isInvoiced() {
        return invoiceNumber != null;
    }

    public boolean isPaid() {
        return paymentDate != null;
    }

    /** The quoted total with VAT in capital numerals (大写金额). */
    public String getTotalInWords() {
        return AmountInWords.of(totalWithVat);
    }

    /** The settled total with VAT in capital numerals; {@code null} before settlement. */
    public String getSettledInWords() {
        return settledTotalWithVat == null ? null : AmountInWords.of(settledTotalWithVat);
    }

    /** What is still owed after the payment; {@code null} before settlement. */
    public Money getOutstanding() {
        if (settledTotalWithVat == null) {
            return null;
        }
        Money left = paymentAmount == null ? settledTotalWithVat : settledTotalWithVat.minus(paymentAmount);
        return left.isNegative() ? Money.ZERO : left;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public int getRevision() {
        return revision;
    }

    public BigDecimal getMarkupPercent() {
        return markupPercent;
    }

    public List<QuotationLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public Money getTotal() {
        return total;
    }

    public Money getVat() {
        return vat;
    }

    public Money getTotalWithVat() {
        return totalWithVat;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public AcceptanceMeans getAcceptedVia() {
        return acceptedVia;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptanceRecordedBy() {
        return acceptanceRecordedBy;
    }

    public Money getSettledTotal() {
        return settledTotal;
    }

    public Money getSettledVat() {
        return settledVat;
    }

    public Money getSettledTotalWithVat() {
        return settledTotalWithVat;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public InvoiceKind getInvoiceKind() {
        return invoiceKind;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public Money getPaymentAmount() {
        return paymentAmount;
    }
}
