package org.aftersales.paidservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.paidservice.QuotationPricing.Item;
import org.aftersales.paidservice.QuotationPricing.Priced;
import org.aftersales.shared.AmountInWords;
import org.aftersales.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotationPricingTest {

    private static final BigDecimal TEN = new BigDecimal("10");

    @Test
    @DisplayName(
            "R-C6 price = cost × 1.10 rounded HALF_UP per line, VAT per line, totals are sums of the rounded lines")
    void costPlusTenPercent() {
        Priced priced = QuotationPricing.price(
                List.of(
                        new Item("机械密封更换（备件）", Money.of("1234.55"), new BigDecimal("13")),
                        new Item("现场调试技术服务", Money.of("800.00"), new BigDecimal("6")),
                        new Item("螺栓", Money.of("0.05"), new BigDecimal("13"))),
                TEN);

        assertThat(priced.lines()).extracting(l -> l.price().toString()).containsExactly("1358.01", "880.00", "0.06");
        assertThat(priced.lines()).extracting(l -> l.vat().toString()).containsExactly("176.54", "52.80", "0.01");
        assertThat(priced.total()).isEqualTo(Money.of("2238.07"));
        assertThat(priced.vat()).isEqualTo(Money.of("229.35"));
        assertThat(priced.totalWithVat()).isEqualTo(Money.of("2467.42"));
        assertThat(priced.amountInWords()).isEqualTo("贰仟肆佰陆拾柒元肆角贰分");
        assertThat(priced.markupPercent()).isEqualByComparingTo("10");
    }

    @Test
    @DisplayName("R-C6 the markup is the policy value fixed into the quotation (e.g. 12 %), not a constant")
    void markupFromPolicy() {
        Priced priced = QuotationPricing.price(
                List.of(new Item("检修", Money.of("100.00"), new BigDecimal("6"))), new BigDecimal("12"));

        assertThat(priced.total()).isEqualTo(Money.of("112.00"));
    }

    @Test
    @DisplayName("R-C6 a quotation needs items with a description, a cost and a VAT rate between 0 and 100")
    void invalidItemsAreRefused() {
        assertThatThrownBy(() -> QuotationPricing.price(List.of(), TEN)).hasMessage("quotation.error.noItems");
        assertThatThrownBy(() -> QuotationPricing.price(List.of(new Item(" ", Money.of("1.00"), TEN)), TEN))
                .hasMessage("quotation.error.descriptionRequired");
        assertThatThrownBy(() -> QuotationPricing.price(List.of(new Item("x", Money.of("-1.00"), TEN)), TEN))
                .hasMessage("quotation.error.cost");
        assertThatThrownBy(() ->
                        QuotationPricing.price(List.of(new Item("x", Money.of("1.00"), new BigDecimal("101"))), TEN))
                .hasMessage("quotation.error.vatRate");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1358.02, 壹仟叁佰伍拾捌元零贰分",
        "10000.00, 壹万元整",
        "100100.50, 壹拾万零壹佰元伍角",
        "105000.00, 壹拾万伍仟元整",
        "1000010.00, 壹佰万零壹拾元整",
        "1010.10, 壹仟零壹拾元壹角",
        "20.00, 贰拾元整",
        "0.35, 叁角伍分",
        "0.05, 伍分",
        "0.00, 零元整",
        "100000000.00, 壹亿元整",
        "100000001.00, 壹亿零壹元整",
        "120003004.06, 壹亿贰仟万叁仟零肆元零陆分",
        "120000304.00, 壹亿贰仟万零叁佰零肆元整"
    })
    @DisplayName("R-C6 the total in capital Chinese numerals (大写金额)")
    void amountInWords(BigDecimal amount, String words) {
        assertThat(AmountInWords.of(amount)).isEqualTo(words);
    }
}
