package org.aftersales.servicecase;

import static org.aftersales.servicecase.OnSiteFixtures.CONFIRMED;
import static org.aftersales.servicecase.OnSiteFixtures.RECEIVED;
import static org.aftersales.servicecase.OnSiteFixtures.confirmed;
import static org.aftersales.servicecase.OnSiteFixtures.minutesAfter;
import static org.aftersales.servicecase.OnSiteFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Work that cannot be done on site: consent, report, service book, responsibility split (R-S9). */
class FactoryReturnTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static ResponsibilitySplit split(String company, String subcontractor, String design, String owner) {
        return new ResponsibilitySplit(
                new BigDecimal(company), new BigDecimal(subcontractor), new BigDecimal(design), new BigDecimal(owner));
    }

    private static ServiceBookEntry entry(ServiceCase serviceCase, LocalDate date) {
        return new ServiceBookEntry(serviceCase.getProject(), "SB-2026-007", date, "2号提升泵返厂修理，业主同意");
    }

    @ParameterizedTest(name = "{0} + {1} + {2} + {3}")
    @CsvSource({"100, 0, 0, 0", "0, 60, 40, 0", "33.33, 33.33, 33.34, 0", "10.5, 20.25, 30.25, 39"})
    @DisplayName("R-S9 a responsibility split that sums to exactly 100 % is taken")
    void splitSumsTo100(String company, String subcontractor, String design, String owner) {
        ResponsibilitySplit split = split(company, subcontractor, design, owner);

        assertThat(split.getCompany()
                        .add(split.getSubcontractor())
                        .add(split.getDesign())
                        .add(split.getOwner()))
                .isEqualByComparingTo("100");
        assertThat(split.getCompany().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} + {1} + {2} + {3}")
    @CsvSource({"50, 30, 10, 0, 90", "50, 30, 10, 10.01, 100.01", "0, 0, 0, 0, 0", "33.33, 33.33, 33.33, 0, 99.99"})
    @DisplayName("R-S9 split must sum to 100: anything else is refused, saying what it sums to")
    void splitNot100Refused(String company, String subcontractor, String design, String owner, String sum) {
        BusinessException refused = refusal(() -> split(company, subcontractor, design, owner));

        assertThat(refused.getMessageKey()).isEqualTo("factoryReturn.error.splitSum");
        assertThat(refused.getField()).isEqualTo("split");
        assertThat(refused.getArguments())
                .containsExactly(new BigDecimal(sum).stripTrailingZeros().toPlainString());
    }

    @Test
    @DisplayName("R-S9 each share is 0 … 100 with at most two decimals, and none may be left out")
    void shareRange() {
        assertThat(refusal(() -> split("110", "-10", "0", "0")).getField()).isEqualTo("companyShare");
        assertThat(refusal(() -> split("100", "-10", "10", "0")).getField()).isEqualTo("subcontractorShare");
        assertThat(refusal(() -> split("99.995", "0.005", "0", "0")).getMessageKey())
                .isEqualTo("factoryReturn.error.shareRange");
        assertThat(refusal(() -> new ResponsibilitySplit(BigDecimal.TEN, BigDecimal.TEN, null, BigDecimal.TEN))
                        .getField())
                .isEqualTo("designShare");
    }

    @Test
    @DisplayName(
            "R-S9 customer consent first, then the report to leadership, then the service-book entry: recorded with the split, on the timeline")
    void consentFirst() {
        ServiceCase serviceCase = confirmed("SC-2026-00001");
        var consent = minutesAfter(CONFIRMED, 30);
        var reported = minutesAfter(CONFIRMED, 60);

        BusinessException reportBeforeConsent = refusal(() -> serviceCase.recordFactoryReturn(
                SupportKind.FACTORY_RETURN,
                "业主运行主管 刘明",
                reported,
                consent,
                entry(serviceCase, TODAY),
                split("0", "100", "0", "0"),
                SHANGHAI));
        assertThat(reportBeforeConsent.getMessageKey()).isEqualTo("factoryReturn.error.consentFirst");
        assertThat(refusal(() -> serviceCase.recordFactoryReturn(
                                SupportKind.FACTORY_RETURN,
                                "刘明",
                                consent,
                                reported,
                                entry(serviceCase, TODAY.minusDays(1)),
                                split("0", "100", "0", "0"),
                                SHANGHAI))
                        .getMessageKey())
                .isEqualTo("factoryReturn.error.bookBeforeConsent");
        assertThat(refusal(() -> serviceCase.recordFactoryReturn(
                                SupportKind.FACTORY_RETURN,
                                " ",
                                consent,
                                reported,
                                entry(serviceCase, TODAY),
                                split("0", "100", "0", "0"),
                                SHANGHAI))
                        .getField())
                .isEqualTo("consentBy");
        assertThat(refusal(() -> serviceCase.recordFactoryReturn(
                                SupportKind.FACTORY_RETURN,
                                "刘明",
                                RECEIVED.minusSeconds(1),
                                reported,
                                entry(serviceCase, TODAY),
                                split("0", "100", "0", "0"),
                                SHANGHAI))
                        .getMessageKey())
                .isEqualTo("case.error.beforeReceipt");
        assertThat(refusal(() -> serviceCase.recordFactoryReturn(
                                SupportKind.REPLACEMENT,
                                "刘明",
                                consent,
                                null,
                                entry(serviceCase, TODAY),
                                split("0", "100", "0", "0"),
                                SHANGHAI))
                        .getField())
                .isEqualTo("leadershipReportedAt");
        assertThat(refusal(() -> new ServiceBookEntry(serviceCase.getProject(), " ", TODAY, "x"))
                        .getField())
                .isEqualTo("bookEntryNumber");

        FactoryReturn recorded = serviceCase.recordFactoryReturn(
                SupportKind.FACTORY_RETURN,
                "业主运行主管 刘明",
                consent,
                reported,
                entry(serviceCase, TODAY),
                split("20", "60", "20", "0"),
                SHANGHAI);

        assertThat(serviceCase.getFactoryReturns()).containsExactly(recorded);
        assertThat(recorded.getBookEntry().getNumber()).isEqualTo("SB-2026-007");
        assertThat(recorded.getSplit().getSubcontractor()).isEqualByComparingTo("60");
        assertThat(serviceCase.getTimeline())
                .filteredOn(e -> e.getKind() == CaseEventKind.FACTORY_RETURN_RECORDED)
                .singleElement()
                .satisfies(event -> assertThat(event.getClaimedAt()).isEqualTo(reported));
    }
}
