package org.aftersales.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aftersales.shared.BusinessException;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EquipmentWarrantyTest {

    private static final LocalDate PROVISIONAL = LocalDate.of(2024, 12, 1);
    private static final LocalDate FORMAL = LocalDate.of(2025, 3, 1);

    /** A project in warranty: formal handover 2025-03-01, 12 months, completion acceptance as given. */
    private static Project project(LocalDate completionAcceptance) {
        Project project = new Project("P-1", "城东污水处理厂", new Owner("城东水务"), 12);
        project.recordHandover(new HandoverDates(PROVISIONAL, FORMAL, completionAcceptance, 12));
        return project;
    }

    private static EquipmentItem item(Project project, WarrantyCategory category) {
        return new EquipmentItem(project, "P-101", "进水提升泵", Discipline.MECHANICAL, WorkScope.INSTALLATION, category);
    }

    @ParameterizedTest(name = "{0}: minimum {1} months, {2} seasons, design life {3}, offered {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "FOUNDATION_AND_STRUCTURE, -, -, true, 600",
                "WATERPROOFING, 60, -, false, 60",
                "HEATING_AND_COOLING, 24, 2, false, 24",
                "ELECTRICAL_AND_PIPING, 24, -, false, 24",
                "EQUIPMENT_INSTALLATION, 24, -, false, 24",
                "DECORATION, 24, -, false, 24",
                "OTHER, -, -, false, -"
            })
    @DisplayName("R-L2 national minimums per category (条例 Art. 40) are offered as defaults")
    void nationalMinimums(
            WarrantyCategory category,
            Integer minimumMonths,
            Integer minimumSeasons,
            boolean designServiceLife,
            Integer offered) {
        assertThat(category.minimumMonths()).isEqualTo(minimumMonths);
        assertThat(category.minimumSeasons()).isEqualTo(minimumSeasons);
        assertThat(category.isDesignServiceLife()).isEqualTo(designServiceLife);
        assertThat(category.defaultWarrantyMonths()).isEqualTo(offered);
        assertThat(category.hasStatutoryMinimum()).isEqualTo(category != WarrantyCategory.OTHER);
    }

    @Test
    @DisplayName(
            "R-L2 an item without its own warranty takes the project's 12 months and is flagged below a 5-year waterproofing minimum")
    void projectDefaultShorterThanWaterproofingMinimumIsFlagged() {
        EquipmentItem roof = item(project(null), WarrantyCategory.WATERPROOFING);

        assertThat(roof.getWarrantyMonths()).isNull();
        assertThat(roof.effectiveWarrantyMonths()).isEqualTo(12);
        assertThat(roof.isShorterThanNationalMinimum()).isTrue();

        roof.agreeWarranty(60);
        assertThat(roof.effectiveWarrantyMonths()).isEqualTo(60);
        assertThat(roof.isShorterThanNationalMinimum()).isFalse();

        roof.agreeWarranty(59);
        assertThat(roof.isShorterThanNationalMinimum()).isTrue();
    }

    @ParameterizedTest(name = "{0} with {1} months → flagged {2}")
    @CsvSource({
        "EQUIPMENT_INSTALLATION, 23, true",
        "EQUIPMENT_INSTALLATION, 24, false",
        "HEATING_AND_COOLING, 23, true",
        "HEATING_AND_COOLING, 24, false",
        "FOUNDATION_AND_STRUCTURE, 120, true",
        "FOUNDATION_AND_STRUCTURE, 600, false",
        "OTHER, 1, false"
    })
    @DisplayName("R-L2 a contractual period shorter than the national minimum is flagged; by-contract items never are")
    void shorterThanMinimumFlag(WarrantyCategory category, int months, boolean flagged) {
        EquipmentItem item = item(project(null), category);
        item.agreeWarranty(months);

        assertThat(item.isShorterThanNationalMinimum()).isEqualTo(flagged);
    }

    @Test
    @DisplayName("R-L2 item warranty counts from completion acceptance, which defaults to formal handover")
    void warrantyEndCountsFromCompletionAcceptance() {
        EquipmentItem withAcceptance =
                item(project(LocalDate.of(2025, 4, 15)), WarrantyCategory.EQUIPMENT_INSTALLATION);
        withAcceptance.agreeWarranty(24);
        EquipmentItem withoutAcceptance = item(project(null), WarrantyCategory.EQUIPMENT_INSTALLATION);
        withoutAcceptance.agreeWarranty(24);

        assertThat(withAcceptance.warrantyEnd()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(withoutAcceptance.warrantyEnd()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    @DisplayName("R-L2 without completion acceptance or formal handover there is no warranty end and no gap")
    void noDatesNoWarrantyEnd() {
        Project inConstruction = new Project("P-2", "在建工程", new Owner("业主"), 12);
        EquipmentItem item = item(inConstruction, WarrantyCategory.EQUIPMENT_INSTALLATION);
        item.recordSupply(null, LocalDate.of(2020, 1, 1));

        assertThat(item.warrantyEnd()).isNull();
        assertThat(item.hasBackToBackGap()).isFalse();
    }

    @Test
    @DisplayName(
            "R-L2 back-to-back gap: supplier warranty ending the day before the owner's warranty end is flagged, on the same day it is not")
    void backToBackGapAtTheBoundaryDay() {
        Subcontractor supplier = new Subcontractor("南方泵业", SubcontractorKind.EQUIPMENT_SUPPLIER);
        EquipmentItem pump = item(project(null), WarrantyCategory.EQUIPMENT_INSTALLATION);
        pump.agreeWarranty(24);
        LocalDate ownerWarrantyEnd = LocalDate.of(2027, 3, 1);
        assertThat(pump.warrantyEnd()).isEqualTo(ownerWarrantyEnd);

        pump.recordSupply(supplier, ownerWarrantyEnd);
        assertThat(pump.hasBackToBackGap()).isFalse();

        pump.recordSupply(supplier, ownerWarrantyEnd.minusDays(1));
        assertThat(pump.hasBackToBackGap()).isTrue();

        pump.recordSupply(supplier, ownerWarrantyEnd.plusDays(1));
        assertThat(pump.hasBackToBackGap()).isFalse();

        pump.recordSupply(supplier, null);
        assertThat(pump.hasBackToBackGap())
                .as("no separate supplier warranty: nothing to compare")
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-L2 an item without its own warranty ends with the project's warranty (from formal handover), even with a later completion acceptance: a 12-month supplier warranty from formal handover leaves no gap")
    void itemWithoutItsOwnWarrantyEndsWithTheProject() {
        // Formal handover 2025-03-01, completion acceptance 2025-06-01, the project's 12 months: 2026-03-01.
        Project project = project(LocalDate.of(2025, 6, 1));
        EquipmentItem screen = item(project, WarrantyCategory.EQUIPMENT_INSTALLATION);
        screen.recordSupply(null, FORMAL.plusMonths(12));

        // Was 2026-06-01 (12 months from completion acceptance) with a gap, while the classifier made a call on
        // 2026-04-01 about this screen PAID — the company owed nothing in that "gap". One rule now: 2026-03-01.
        assertThat(screen.warrantyEnd()).isEqualTo(LocalDate.of(2026, 3, 1)).isEqualTo(project.getWarrantyEnd());
        assertThat(screen.hasBackToBackGap()).isFalse();

        screen.recordSupply(null, LocalDate.of(2026, 2, 28));
        assertThat(screen.hasBackToBackGap())
                .as("ends a day before the project's warranty")
                .isTrue();
    }

    @Test
    @DisplayName(
            "R-L2 with its own months the item counts from completion acceptance (条例 Art. 40); leap day 2024-02-29 + 24 months = 2026-02-28")
    void ownMonthsCountFromCompletionAcceptanceOverLeapDay() {
        Project project = new Project("P-3", "闰日验收工程", new Owner("业主"), 12);
        project.recordHandover(
                new HandoverDates(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), 12));
        EquipmentItem pump = item(project, WarrantyCategory.EQUIPMENT_INSTALLATION);
        pump.agreeWarranty(24);
        pump.recordSupply(null, LocalDate.of(2026, 2, 27));

        assertThat(pump.warrantyEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(pump.hasBackToBackGap()).isTrue();
        pump.agreeWarranty(null);
        // The project's: 2024-01-31 + 12 months = 2025-01-31.
        assertThat(pump.warrantyEnd()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(pump.hasBackToBackGap()).isFalse();
    }

    @Test
    @DisplayName("R-L2 an item warranty outside 1..600 months and an item without tag or category are rejected")
    void invalidItemsAreRejected() {
        EquipmentItem item = item(project(null), WarrantyCategory.EQUIPMENT_INSTALLATION);

        assertThatThrownBy(() -> item.agreeWarranty(0))
                .isInstanceOf(BusinessException.class)
                .hasMessage("equipment.error.warrantyMonths");
        assertThatThrownBy(() -> item.agreeWarranty(601)).hasMessage("equipment.error.warrantyMonths");
        assertThatThrownBy(() -> item.describe(" ", "泵", null, null, null))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getField())
                .isEqualTo("tag");
        assertThatThrownBy(() -> item.classify(Discipline.MECHANICAL, WorkScope.INSTALLATION, null))
                .hasMessage("equipment.error.warrantyCategoryRequired");
    }
}
