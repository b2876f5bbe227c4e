package org.aftersales.web.api;

import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aftersales.paidservice.Quotation;
import org.aftersales.paidservice.QuotationLine;
import org.aftersales.staff.PersonNames;

/**
 * The quotation of a paid service (R-C6) in and out. In: {@code items} with {@code description}, {@code cost} (money
 * string: the line's cost to the company), optional {@code kind} ({@code PARTS_AND_REPAIR} by default,
 * {@code TECHNICAL_SERVICE}), {@code vatRate} (percent; the kind's default when absent) and {@code quantity}. Out: the
 * priced {@code lines} ({@code price}, {@code vatRate}, {@code vat}), {@code total}, {@code vat},
 * {@code totalWithVat}, {@code markupPercent}, {@code totalInWords} (大写), the acceptance, settlement, invoice and
 * payment.
 */
public final class QuotationDtos {

    private QuotationDtos() {}

    public static class QuoteItemDto {
        @MultiLine
        public String description;

        public String kind;

        @Digits(integer = 9, fraction = 3) // quotation_line.quantity DECIMAL(12,3)
        public BigDecimal quantity;

        public String cost;

        @Digits(integer = 3, fraction = 4) // quotation_line.vat_rate DECIMAL(7,4)
        public BigDecimal vatRate;
    }

    public static class QuoteRequest {
        public List<QuoteItemDto> items;
    }

    /** The owner's acceptance: {@code acceptedBy} (who on the owner's side), {@code acceptedVia}, {@code acceptedAt}. */
    public static class AcceptanceRequest {
        public String acceptedBy;
        public String acceptedVia;
        public String acceptedAt;
    }

    /** Settlement: both amounts, or neither for "as quoted". */
    public static class SettlementRequest {
        public String settledTotal;
        public String settledVat;
    }

    public static class InvoiceRequest {
        public String invoiceKind;
        public String invoiceNumber;
        public LocalDate invoiceDate;
    }

    public static class PaymentRequest {
        public LocalDate paymentDate;
        public String paymentAmount;
    }

    public static class QuotationLineDto {
        public int lineNo;
        public String description;
        public String kind;
        public BigDecimal quantity;
        public String cost;
        public String price;
        public BigDecimal vatRate;
        public String vat;

        static QuotationLineDto of(int lineNo, QuotationLine line) {
            QuotationLineDto dto = new QuotationLineDto();
            dto.lineNo = lineNo;
            dto.description = line.getDescription();
            dto.kind = line.getKind().name();
            dto.quantity =
                    line.getQuantity() == null ? null : line.getQuantity().stripTrailingZeros();
            dto.cost = line.getCost().toString();
            dto.price = line.getPrice().toString();
            dto.vatRate = line.getVatRate().stripTrailingZeros();
            dto.vat = line.getVat().toString();
            return dto;
        }
    }

    public static class QuotationDto {
        public Long id;
        public Long caseId;
        public String caseNumber;
        public int revision;
        public BigDecimal markupPercent;
        public List<QuotationLineDto> lines;
        public String total;
        public String vat;
        public String totalWithVat;
        public String totalInWords;
        public boolean accepted;
        public String acceptedBy;
        public String acceptedVia;
        public String acceptedAt;
        public String acceptanceRecordedBy;
        /** The display name beside the login (issue 18 item 4). */
        public String acceptanceRecordedByName;

        public String settledTotal;
        public String settledVat;
        public String settledTotalWithVat;
        public String settledInWords;
        public String settledAt;
        public String invoiceKind;
        public String invoiceNumber;
        public LocalDate invoiceDate;
        public LocalDate paymentDate;
        public String paymentAmount;
        public String outstanding;
        public long version;

        static QuotationDto of(Quotation quotation, Map<String, String> names) {
            QuotationDto dto = of(quotation);
            dto.acceptanceRecordedByName = PersonNames.shown(names, dto.acceptanceRecordedBy);
            return dto;
        }

        static QuotationDto of(Quotation quotation) {
            QuotationDto dto = new QuotationDto();
            dto.id = quotation.getId();
            dto.caseId = quotation.getServiceCase().getId();
            dto.caseNumber = quotation.getServiceCase().getNumber();
            dto.revision = quotation.getRevision();
            dto.markupPercent = quotation.getMarkupPercent().stripTrailingZeros();
            List<QuotationLine> lines = quotation.getLines();
            dto.lines = java.util.stream.IntStream.range(0, lines.size())
                    .mapToObj(i -> QuotationLineDto.of(i + 1, lines.get(i)))
                    .toList();
            dto.total = quotation.getTotal().toString();
            dto.vat = quotation.getVat().toString();
            dto.totalWithVat = quotation.getTotalWithVat().toString();
            dto.totalInWords = quotation.getTotalInWords();
            dto.accepted = quotation.isAccepted();
            dto.acceptedBy = quotation.getAcceptedBy();
            dto.acceptedVia = ApiEnums.name(quotation.getAcceptedVia());
            dto.acceptedAt = ApiInstants.format(quotation.getAcceptedAt());
            dto.acceptanceRecordedBy = quotation.getAcceptanceRecordedBy();
            dto.settledTotal = text(quotation.getSettledTotal());
            dto.settledVat = text(quotation.getSettledVat());
            dto.settledTotalWithVat = text(quotation.getSettledTotalWithVat());
            dto.settledInWords = quotation.getSettledInWords();
            dto.settledAt = ApiInstants.format(quotation.getSettledAt());
            dto.invoiceKind = ApiEnums.name(quotation.getInvoiceKind());
            dto.invoiceNumber = quotation.getInvoiceNumber();
            dto.invoiceDate = quotation.getInvoiceDate();
            dto.paymentDate = quotation.getPaymentDate();
            dto.paymentAmount = text(quotation.getPaymentAmount());
            dto.outstanding = text(quotation.getOutstanding());
            dto.version = quotation.getVersion();
            return dto;
        }

        private static String text(Object money) {
            return money == null ? null : money.toString();
        }
    }
}
