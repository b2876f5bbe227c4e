package org.aftersales.web.view.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.paidservice.AcceptanceMeans;
import org.aftersales.paidservice.InvoiceKind;
import org.aftersales.paidservice.LineKind;
import org.aftersales.paidservice.Quotation;
import org.aftersales.paidservice.QuotationLine;
import org.aftersales.paidservice.QuotationPricing;
import org.aftersales.paidservice.QuotationService;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.servicecase.ServiceCaseService;
import org.aftersales.servicecase.ServiceClass;
import org.aftersales.shared.AftersalesConfig;
import org.aftersales.shared.AmountInWords;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * cases/quotation.xhtml?id=ID: the quotation of a paid service (R-C6). The specialist types each repair item or fee —
 * what, kind, quantity, the company's cost, the VAT rate (the kind's default) — and sees price, VAT and the totals,
 * also in capital numerals, as they type; there is no parts price list or labour-rate table in the system yet, so the
 * cost is entered by hand. Saving makes the quotation (or a new revision until the owner accepts); then the owner's
 * acceptance, and after completion the settlement, the invoice and the payment.
 */
@Named
@ViewScoped
public class CaseQuotationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuotationService quotations;

    @Inject
    transient ServiceCaseService cases;

    @Inject
    transient Caller caller;

    @Inject
    transient AftersalesConfig config;

    /** One line being edited. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private LineKind kind = LineKind.PARTS_AND_REPAIR;
        private BigDecimal quantity;
        private BigDecimal cost;
        private BigDecimal vatRate;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public LineKind getKind() {
            return kind;
        }

        public void setKind(LineKind kind) {
            this.kind = kind;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getCost() {
            return cost;
        }

        public void setCost(BigDecimal cost) {
            this.cost = cost;
        }

        public BigDecimal getVatRate() {
            return vatRate;
        }

        public void setVatRate(BigDecimal vatRate) {
            this.vatRate = vatRate;
        }
    }

    private Long id;
    private ServiceCase serviceCase;
    private Quotation quotation;
    private BigDecimal markup;
    private final Map<LineKind, BigDecimal> defaultRates = new EnumMap<>(LineKind.class);
    private List<Row> rows = new ArrayList<>();

    private String acceptedBy;
    private AcceptanceMeans acceptedVia;
    private LocalDateTime acceptedAt;
    private BigDecimal settledTotal;
    private BigDecimal settledVat;
    private InvoiceKind invoiceKind;
    private String invoiceNumber;
    private LocalDate invoiceDate;
    private LocalDate paymentDate;
    private BigDecimal paymentAmount;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.CASE_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null) {
            Pages.sendError(404);
            return;
        }
        refresh();
        for (LineKind kind : LineKind.values()) {
            defaultRates.put(kind, quotations.defaultVatRate(kind));
        }
        rows = new ArrayList<>();
        if (quotation != null) {
            for (QuotationLine line : quotation.getLines()) {
                Row row = new Row();
                row.description = line.getDescription();
                row.kind = line.getKind();
                row.quantity = line.getQuantity();
                row.cost = line.getCost().amount();
                row.vatRate = line.getVatRate().stripTrailingZeros();
                rows.add(row);
            }
        } else {
            addRow();
        }
        paymentAmount = quotation != null && quotation.getSettledTotalWithVat() != null
                ? quotation.getSettledTotalWithVat().amount()
                : null;
    }

    private void refresh() {
        serviceCase = cases.find(id);
        quotation = quotations.find(id).orElse(null);
        markup = quotation != null ? quotation.getMarkupPercent() : quotations.currentMarkup();
    }

    public void addRow() {
        Row row = new Row();
        row.vatRate = defaultRates.get(LineKind.PARTS_AND_REPAIR);
        rows.add(row);
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    /** The kind changed: the VAT rate follows the kind's default. */
    public void kindChanged(Row row) {
        row.vatRate = defaultRates.get(row.kind == null ? LineKind.PARTS_AND_REPAIR : row.kind);
    }

    // ---- live figures of the rows being edited ----

    private static boolean complete(Row row) {
        return row.description != null
                && !row.description.isBlank()
                && row.cost != null
                && row.cost.signum() >= 0
                && row.cost.scale() <= 2
                && row.vatRate != null
                && row.vatRate.signum() >= 0
                && row.vatRate.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    private QuotationPricing.PricedLine priced(Row row) {
        if (!complete(row)) {
            return null;
        }
        return QuotationPricing.price(
                        List.of(new QuotationPricing.Item(row.description, Money.of(row.cost), row.vatRate)), markup)
                .lines()
                .get(0);
    }

    public String price(Row row) {
        QuotationPricing.PricedLine line = priced(row);
        return line == null ? "" : money(line.price());
    }

    public String vat(Row row) {
        QuotationPricing.PricedLine line = priced(row);
        return line == null ? "" : money(line.vat());
    }

    public String priceWithVat(Row row) {
        QuotationPricing.PricedLine line = priced(row);
        return line == null ? "" : money(line.price().plus(line.vat()));
    }

    private QuotationPricing.Priced pricedRows() {
        List<QuotationPricing.Item> items = rows.stream()
                .filter(CaseQuotationBacking::complete)
                .map(row -> new QuotationPricing.Item(row.description, Money.of(row.cost), row.vatRate))
                .toList();
        return items.isEmpty() ? null : QuotationPricing.price(items, markup);
    }

    public String getDraftTotal() {
        QuotationPricing.Priced priced = pricedRows();
        return priced == null ? money(Money.ZERO) : money(priced.total());
    }

    public String getDraftVat() {
        QuotationPricing.Priced priced = pricedRows();
        return priced == null ? money(Money.ZERO) : money(priced.vat());
    }

    public String getDraftTotalWithVat() {
        QuotationPricing.Priced priced = pricedRows();
        return priced == null ? money(Money.ZERO) : money(priced.totalWithVat());
    }

    public String getDraftInWords() {
        QuotationPricing.Priced priced = pricedRows();
        return priced == null ? AmountInWords.of(Money.ZERO) : priced.amountInWords();
    }

    // ---- acts ----

    public void save() {
        List<QuotationService.Item> items = rows.stream()
                .map(row -> new QuotationService.Item(
                        row.description,
                        row.kind,
                        row.quantity,
                        row.cost == null ? null : Money.of(row.cost),
                        row.vatRate))
                .toList();
        quotation = quotations.quote(id, items);
        Pages.info("quotation.saved", quotation.getRevision(), money(quotation.getTotalWithVat()));
        refresh();
    }

    public void accept() {
        quotations.accept(
                id,
                acceptedBy,
                acceptedVia,
                acceptedAt == null ? null : acceptedAt.atZone(config.zone()).toInstant());
        Pages.info("quotation.acceptedDone", serviceCase.getNumber());
        refresh();
    }

    public void settle() {
        quotations.settle(
                id,
                settledTotal == null ? null : Money.of(settledTotal),
                settledVat == null ? null : Money.of(settledVat));
        refresh();
        paymentAmount = quotation.getSettledTotalWithVat().amount();
        Pages.info("quotation.settledDone", money(quotation.getSettledTotalWithVat()));
    }

    public void invoice() {
        quotations.recordInvoice(id, invoiceKind, invoiceNumber, invoiceDate);
        Pages.info("quotation.invoicedDone", invoiceNumber);
        refresh();
    }

    public void pay() {
        if (paymentAmount != null && paymentAmount.scale() > 2) {
            throw new BusinessException("paymentAmount", "quotation.error.paymentAmount");
        }
        quotations.recordPayment(id, paymentDate, paymentAmount == null ? null : Money.of(paymentAmount));
        Pages.info("quotation.paidDone", money(quotation.getSettledTotalWithVat()));
        refresh();
    }

    // ---- what the page shows ----

    /** ¥1,234.56 */
    public String money(Money amount) {
        return amount == null ? "" : String.format("¥%,.2f", amount.amount());
    }

    public String percent(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString() + "%";
    }

    public boolean isPaid() {
        return serviceCase != null && serviceCase.getServiceClass() == ServiceClass.PAID;
    }

    public boolean isEditable() {
        return isPaid() && caller.may(Permission.QUOTATION_EDIT) && (quotation == null || !quotation.isAccepted());
    }

    public boolean isAccepting() {
        return quotation != null && !quotation.isAccepted() && caller.may(Permission.QUOTATION_EDIT);
    }

    public boolean isBilling() {
        return quotation != null && quotation.isAccepted() && caller.may(Permission.PAID_SERVICE_BILLING);
    }

    public List<LineKind> getKinds() {
        return List.of(LineKind.values());
    }

    public List<AcceptanceMeans> getMeans() {
        return List.of(AcceptanceMeans.values());
    }

    public List<InvoiceKind> getInvoiceKinds() {
        return List.of(InvoiceKind.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public Quotation getQuotation() {
        return quotation;
    }

    public BigDecimal getMarkup() {
        return markup;
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public void setAcceptedBy(String acceptedBy) {
        this.acceptedBy = acceptedBy;
    }

    public AcceptanceMeans getAcceptedVia() {
        return acceptedVia;
    }

    public void setAcceptedVia(AcceptanceMeans acceptedVia) {
        this.acceptedVia = acceptedVia;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(LocalDateTime acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public BigDecimal getSettledTotal() {
        return settledTotal;
    }

    public void setSettledTotal(BigDecimal settledTotal) {
        this.settledTotal = settledTotal;
    }

    public BigDecimal getSettledVat() {
        return settledVat;
    }

    public void setSettledVat(BigDecimal settledVat) {
        this.settledVat = settledVat;
    }

    public InvoiceKind getInvoiceKind() {
        return invoiceKind;
    }

    public void setInvoiceKind(InvoiceKind invoiceKind) {
        this.invoiceKind = invoiceKind;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }
}
