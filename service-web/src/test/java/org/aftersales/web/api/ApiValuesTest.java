package org.aftersales.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("API values: money as ASCII digits within DECIMAL(19,2), days and instants within 1900…2199")
class ApiValuesTest {

    @Test
    @DisplayName("money takes plain amounts with up to two decimals")
    void moneyTaken() {
        assertThat(ApiValues.money("amount", "1358.02")).isEqualTo(Money.of("1358.02"));
        assertThat(ApiValues.money("amount", " 100 ")).isEqualTo(Money.of("100.00"));
        assertThat(ApiValues.money("amount", "-5.5")).isEqualTo(Money.of("-5.50"));
        assertThat(ApiValues.money("amount", "99999999999999999.99")).isEqualTo(Money.of("99999999999999999.99"));
        assertThat(ApiValues.money("amount", "")).isNull();
    }

    @Test
    @DisplayName("money refuses full-width digits, exponents, three decimals and more digits than the column (422)")
    void moneyRefused() {
        for (String amount :
                new String[] {"１２３", "1e309", "1E3", "1.234", "1,000.00", "0x10", "+5", "NaN", "1.", ".5"}) {
            assertThat(refused(() -> ApiValues.money("amount", amount)))
                    .as(amount)
                    .isEqualTo("api.error.moneyFormat");
        }
        assertThat(refused(() -> ApiValues.money("amount", "123456789012345678901234567890")))
                .isEqualTo("api.error.moneyTooLarge");
        assertThat(refused(() -> ApiValues.money("amount", "100000000000000000.00")))
                .isEqualTo("api.error.moneyTooLarge");
    }

    @Test
    @DisplayName("days are yyyy-MM-dd between 1900-01-01 and 2199-12-31")
    void days() {
        assertThat(ApiValues.date("asOf", "2026-06-01")).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(ApiValues.date("asOf", "1900-01-01")).isEqualTo(ApiValues.FIRST_DAY);
        assertThat(ApiValues.date("asOf", "2199-12-31")).isEqualTo(ApiValues.LAST_DAY);
        assertThat(refused(() -> ApiValues.date("asOf", "-999999999-01-01"))).isEqualTo("api.error.dateFormat");
        assertThat(refused(() -> ApiValues.date("asOf", "1899-12-31"))).isEqualTo("api.error.dateRange");
        assertThat(refused(() -> ApiValues.date("asOf", "2200-01-01"))).isEqualTo("api.error.dateRange");
    }

    @Test
    @DisplayName("instants need an offset and lie within the same days")
    void instants() {
        assertThat(ApiInstants.parse("at", "2026-06-01T09:00:00+08:00"))
                .isEqualTo(Instant.parse("2026-06-01T01:00:00Z"));
        assertThat(refused(() -> ApiInstants.parse("at", "2026-06-01T09:00:00")))
                .isEqualTo("api.error.instantFormat");
        assertThat(refused(() -> ApiInstants.parse("at", "+999999999-12-31T23:59:59Z")))
                .isEqualTo("api.error.instantRange");
        assertThat(refused(() -> ApiInstants.parse("at", "1899-12-31T23:59:59Z")))
                .isEqualTo("api.error.instantRange");
    }

    private static String refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        BusinessException refused = catchThrowableOfType(call, BusinessException.class);
        assertThat(refused).isNotNull();
        return refused.getMessageKey();
    }
}
