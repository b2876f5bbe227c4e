package org.aftersales.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditCodeTest {

    @Test
    @DisplayName("issue 17: a unified social credit code with its GB 32100-2015 check character is taken, in capitals")
    void validCodes() {
        // Published codes: the check characters 3 and T follow from the first seventeen (weights 3^i mod 31).
        assertThat(CreditCode.checked("creditCode", "91350100M000100Y43")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.checked("creditCode", " 91440300708461136t ")).isEqualTo("91440300708461136T");
        assertThat(CreditCode.checked("creditCode", "  ")).isNull();
    }

    @Test
    @DisplayName("issue 17: a credit code with a wrong check character, a wrong length or a letter GB 32100 leaves out"
            + " is refused on its field")
    void refusedCodes() {
        assertThatThrownBy(() -> CreditCode.checked("creditCode", "91350100M000100Y44"))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("field", "creditCode")
                .hasFieldOrPropertyWithValue("messageKey", "owner.error.creditCodeCheck");
        assertThatThrownBy(() -> CreditCode.checked("creditCode", "91350100M000100Y4"))
                .hasFieldOrPropertyWithValue("messageKey", "owner.error.creditCodeForm");
        assertThatThrownBy(() -> CreditCode.checked("creditCode", "91350100I000100Y43"))
                .hasFieldOrPropertyWithValue("messageKey", "owner.error.creditCodeForm");
        // Two neighbours swapped: the weights differ, so the check character no longer fits.
        assertThatThrownBy(() -> CreditCode.checked("creditCode", "91530100M000100Y43"))
                .hasFieldOrPropertyWithValue("messageKey", "owner.error.creditCodeCheck");
    }
}
