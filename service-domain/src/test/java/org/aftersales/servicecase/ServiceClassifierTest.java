package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.contract.ServiceContract;
import org.aftersales.contract.ServiceContractKind;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The classification of R-L3 on a project handed over provisionally on 2024-12-01 and formally on 2025-03-01 with 12
 * months of warranty: the last day covered is 2026-03-01.
 */
class ServiceClassifierTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Project project = project("P-1");
    private final EquipmentItem pump = item(project, "P-101");
    private final EquipmentItem screen = item(project, "SCR-101");

    static Project project(String code) {
        Project project = new Project(code, "城东污水处理厂", new Owner("城东水务"), 12);
        project.recordHandover(new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), null, 12));
        return project;
    }

    static EquipmentItem item(Project project, String tag) {
        return new EquipmentItem(
                project,
                tag,
                tag,
                Discipline.MECHANICAL,
                WorkScope.INSTALLATION,
                WarrantyCategory.EQUIPMENT_INSTALLATION);
    }

    private static LocalDate dayInShanghai(String instant) {
        return LocalDate.ofInstant(Instant.parse(instant), SHANGHAI);
    }

    private ServiceClass classify(EquipmentItem item, LocalDate day, ServiceContract... contracts) {
        return ServiceClassifier.classify(project, item, day, List.of(contracts));
    }

    private ServiceContract contract(Project of, String number, LocalDate from, LocalDate to) {
        return new ServiceContract(of, ServiceContractKind.MAINTENANCE_CONTRACT, number, from, to);
    }

    @Test
    @DisplayName("R-L3 received 23:59 Shanghai time on the warranty's last day is WARRANTY, at 00:01 the next day PAID")
    void warrantyEndsAtMidnightShanghai() {
        assertThat(classify(null, dayInShanghai("2026-03-01T15:59:00Z"))).isEqualTo(ServiceClass.WARRANTY);
        assertThat(classify(null, dayInShanghai("2026-03-01T16:01:00Z"))).isEqualTo(ServiceClass.PAID);
        assertThat(classify(pump, dayInShanghai("2026-03-01T15:59:00Z"))).isEqualTo(ServiceClass.WARRANTY);
        assertThat(classify(pump, dayInShanghai("2026-03-01T16:01:00Z"))).isEqualTo(ServiceClass.PAID);
    }

    @Test
    @DisplayName(
            "R-L3 before provisional handover CONSTRUCTION_PHASE, from it HANDOVER_DEFECT, from formal handover WARRANTY")
    void phasesByHandoverDates() {
        assertThat(classify(null, LocalDate.of(2024, 11, 30))).isEqualTo(ServiceClass.CONSTRUCTION_PHASE);
        assertThat(classify(null, LocalDate.of(2024, 12, 1))).isEqualTo(ServiceClass.HANDOVER_DEFECT);
        assertThat(classify(null, LocalDate.of(2025, 2, 28))).isEqualTo(ServiceClass.HANDOVER_DEFECT);
        assertThat(classify(null, LocalDate.of(2025, 3, 1))).isEqualTo(ServiceClass.WARRANTY);
    }

    @Test
    @DisplayName(
            "R-L3 without any handover a call is CONSTRUCTION_PHASE; without formal handover it stays HANDOVER_DEFECT")
    void missingHandoverDates() {
        Project inConstruction = new Project("P-2", "新厂", new Owner("新业主"), 12);
        Project inTrial = new Project("P-3", "试运行厂", new Owner("试运行业主"), 12);
        inTrial.recordHandover(new HandoverDates(LocalDate.of(2024, 12, 1), null, null, 12));

        assertThat(ServiceClassifier.classify(inConstruction, null, LocalDate.of(2030, 1, 1), List.of()))
                .isEqualTo(ServiceClass.CONSTRUCTION_PHASE);
        assertThat(ServiceClassifier.classify(inTrial, null, LocalDate.of(2030, 1, 1), List.of()))
                .isEqualTo(ServiceClass.HANDOVER_DEFECT);
    }

    @Test
    @DisplayName(
            "R-L3 an item with its own longer warranty (24 months) is WARRANTY after the project's warranty, to its own last day")
    void itemWithItsOwnLongerWarranty() {
        pump.agreeWarranty(24);

        assertThat(classify(pump, dayInShanghai("2026-03-01T16:01:00Z"))).isEqualTo(ServiceClass.WARRANTY);
        assertThat(classify(pump, dayInShanghai("2027-03-01T15:59:00Z"))).isEqualTo(ServiceClass.WARRANTY);
        assertThat(classify(pump, dayInShanghai("2027-03-01T16:01:00Z"))).isEqualTo(ServiceClass.PAID);
        assertThat(classify(screen, dayInShanghai("2026-03-01T16:01:00Z")))
                .as("an item without its own months has the project's warranty")
                .isEqualTo(ServiceClass.PAID);
    }

    @Test
    @DisplayName("R-L3 an item with its own shorter warranty (6 months) leaves the warranty before the project does")
    void itemWithItsOwnShorterWarranty() {
        pump.agreeWarranty(6);

        assertThat(classify(pump, LocalDate.of(2025, 9, 1))).isEqualTo(ServiceClass.WARRANTY);
        assertThat(classify(pump, LocalDate.of(2025, 9, 2))).isEqualTo(ServiceClass.PAID);
        assertThat(classify(null, LocalDate.of(2025, 9, 2))).isEqualTo(ServiceClass.WARRANTY);
    }

    @Test
    @DisplayName(
            "R-L3 after the warranty CONTRACT while a contract for the whole project is in force that day, else PAID")
    void contractForTheWholeProject() {
        ServiceContract contract = contract(project, "BY-1", LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1));

        assertThat(classify(pump, LocalDate.of(2026, 3, 2), contract)).isEqualTo(ServiceClass.CONTRACT);
        assertThat(classify(null, LocalDate.of(2027, 3, 1), contract)).isEqualTo(ServiceClass.CONTRACT);
        assertThat(classify(pump, LocalDate.of(2027, 3, 2), contract)).isEqualTo(ServiceClass.PAID);
        assertThat(classify(pump, LocalDate.of(2026, 3, 2))).isEqualTo(ServiceClass.PAID);
    }

    @Test
    @DisplayName(
            "R-L3 a contract for listed items makes CONTRACT only calls about them; another project's contract never")
    void contractForListedItems() {
        ServiceContract pumpsOnly = contract(project, "BY-2", LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1));
        pumpsOnly.cover(List.of(pump));
        Project other = project("P-9");
        ServiceContract otherProjects = contract(other, "BY-9", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        LocalDate day = LocalDate.of(2026, 6, 1);

        assertThat(classify(pump, day, pumpsOnly, otherProjects)).isEqualTo(ServiceClass.CONTRACT);
        assertThat(classify(screen, day, pumpsOnly, otherProjects)).isEqualTo(ServiceClass.PAID);
        assertThat(classify(null, day, pumpsOnly, otherProjects)).isEqualTo(ServiceClass.PAID);
        assertThat(classify(null, day, otherProjects)).isEqualTo(ServiceClass.PAID);
    }

    @Test
    @DisplayName("R-L3 a contract in force during the warranty does not turn a warranty call into CONTRACT")
    void warrantyBeforeContract() {
        ServiceContract early = contract(project, "BY-3", LocalDate.of(2025, 6, 1), LocalDate.of(2027, 3, 1));

        assertThat(classify(pump, LocalDate.of(2026, 3, 1), early)).isEqualTo(ServiceClass.WARRANTY);
        assertThat(classify(pump, LocalDate.of(2026, 3, 2), early)).isEqualTo(ServiceClass.CONTRACT);
    }

    @Test
    @DisplayName(
            "R-S5 arrival limit: the policy's 72 h without a contract; a contract's 48 h; of two contracts the shortest")
    void arrivalLimit() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        ServiceContract fortyEight = contract(project, "BY-4", LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1));
        fortyEight.agreeArrivalHours(48);
        ServiceContract twentyFour = contract(project, "JS-5", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31));
        twentyFour.agreeArrivalHours(24);
        twentyFour.cover(List.of(pump));
        ServiceContract ownTermsNone = contract(project, "JS-6", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ServiceContract expired = contract(project, "BY-7", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 5, 31));
        expired.agreeArrivalHours(12);

        assertThat(ArrivalLimit.hours(project, pump, day, List.of(), 72)).isEqualTo(72);
        assertThat(ArrivalLimit.hours(project, pump, day, List.of(fortyEight), 72))
                .isEqualTo(48);
        assertThat(ArrivalLimit.hours(project, pump, day, List.of(fortyEight, twentyFour), 72))
                .isEqualTo(24);
        assertThat(ArrivalLimit.hours(project, screen, day, List.of(fortyEight, twentyFour), 72))
                .as("the 24 h contract does not cover the screen")
                .isEqualTo(48);
        assertThat(ArrivalLimit.hours(project, pump, day, List.of(ownTermsNone), 72))
                .as("a contract without its own limit keeps the policy's")
                .isEqualTo(72);
        assertThat(ArrivalLimit.hours(project, pump, day, List.of(expired), 72)).isEqualTo(72);
    }

    @Test
    @DisplayName(
            "R-L2 R-L3 one warranty end for the classifier and the back-to-back gap: completion acceptance after formal handover, item without its own months")
    void classifierAndGapShareTheItemsWarrantyEnd() {
        // Formal 2025-03-01, completion acceptance 2025-06-01, 12 months: the project's warranty ends 2026-03-01.
        Project late = new Project("P-9", "验收晚于移交", new Owner("业主"), 12);
        late.recordHandover(
                new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 1), 12));
        EquipmentItem blower = item(late, "B-101");
        blower.recordSupply(null, LocalDate.of(2026, 3, 1));

        assertThat(ServiceClassifier.warrantyEnd(late, blower)).isEqualTo(blower.warrantyEnd());
        assertThat(ServiceClassifier.classify(late, blower, LocalDate.of(2026, 3, 1), List.of()))
                .isEqualTo(ServiceClass.WARRANTY);
        assertThat(ServiceClassifier.classify(late, blower, LocalDate.of(2026, 3, 2), List.of()))
                .isEqualTo(ServiceClass.PAID);
        assertThat(blower.hasBackToBackGap())
                .as("the supplier covers every day the company does: no gap (it was flagged before)")
                .isFalse();

        // With its own 24 months from completion acceptance: 2027-06-01, for both.
        blower.agreeWarranty(24);
        assertThat(ServiceClassifier.warrantyEnd(late, blower)).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(ServiceClassifier.classify(late, blower, LocalDate.of(2027, 6, 1), List.of()))
                .isEqualTo(ServiceClass.WARRANTY);
        assertThat(blower.hasBackToBackGap()).isTrue();
    }
}
