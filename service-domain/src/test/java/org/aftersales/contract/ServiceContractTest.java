package org.aftersales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.HandoverDates;
import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceContractTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2027, 3, 1);

    private final Project project = project("P-1");
    private final EquipmentItem pump = item(project, "P-101");
    private final EquipmentItem screen = item(project, "SCR-101");

    private static Project project(String code) {
        Project project = new Project(code, "城东污水处理厂", new Owner("城东水务"), 12);
        project.recordHandover(new HandoverDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 3, 1), null, 12));
        return project;
    }

    private static EquipmentItem item(Project project, String tag) {
        return new EquipmentItem(
                project,
                tag,
                tag,
                Discipline.MECHANICAL,
                WorkScope.INSTALLATION,
                WarrantyCategory.EQUIPMENT_INSTALLATION);
    }

    private ServiceContract contract() {
        return new ServiceContract(project, ServiceContractKind.MAINTENANCE_CONTRACT, "BY-2026-01", FROM, TO);
    }

    @Test
    @DisplayName("R-L4 a contract covers from validFrom to validTo, both days included, and not a day outside")
    void coversItsPeriodInclusive() {
        ServiceContract contract = contract();

        assertThat(contract.coversOn(FROM.minusDays(1), pump)).isFalse();
        assertThat(contract.coversOn(FROM, pump)).isTrue();
        assertThat(contract.coversOn(TO, pump)).isTrue();
        assertThat(contract.coversOn(TO.plusDays(1), pump)).isFalse();
    }

    @Test
    @DisplayName("R-L4 a contract without listed items covers every item of its project and calls naming no item")
    void wholeProjectContract() {
        ServiceContract contract = contract();

        assertThat(contract.coversWholeProject()).isTrue();
        assertThat(contract.coversOn(FROM, screen)).isTrue();
        assertThat(contract.coversOn(FROM, null)).isTrue();
        assertThat(contract.coversOn(FROM, item(project("P-2"), "P-101")))
                .as("an item of another project")
                .isFalse();
    }

    @Test
    @DisplayName("R-L4 a contract for listed items covers those items only, not others nor a call naming no item")
    void listedItemsOnly() {
        ServiceContract contract = contract();
        contract.cover(List.of(pump));

        assertThat(contract.coversOn(FROM, pump)).isTrue();
        assertThat(contract.coversOn(FROM, screen)).isFalse();
        assertThat(contract.coversOn(FROM, null)).isFalse();
        assertThat(contract.coversOn(TO.plusDays(1), pump)).isFalse();

        contract.cover(List.of());
        assertThat(contract.coversOn(FROM, screen))
                .as("emptied again: whole project")
                .isTrue();
    }

    @Test
    @DisplayName("R-L4 equipment items of another project cannot be covered")
    void itemsOfAnotherProjectAreRejected() {
        ServiceContract contract = contract();

        assertThatThrownBy(() -> contract.cover(List.of(pump, item(project("P-2"), "X-1"))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("contract.error.itemNotInProject");
        assertThat(contract.coversWholeProject()).as("unchanged").isTrue();
    }

    @Test
    @DisplayName("R-L4 validTo before validFrom is rejected; a one-day contract is accepted")
    void periodMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ServiceContract(
                        project, ServiceContractKind.TECHNICAL_SUPPORT_AGREEMENT, "JS-1", FROM, FROM.minusDays(1)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey(), e -> ((BusinessException) e).getField())
                .containsExactly("contract.error.validToBeforeValidFrom", "validTo");

        ServiceContract oneDay =
                new ServiceContract(project, ServiceContractKind.TECHNICAL_SUPPORT_AGREEMENT, "JS-2", FROM, FROM);
        assertThat(oneDay.coversOn(FROM, pump)).isTrue();
        assertThat(oneDay.coversOn(FROM.plusDays(1), pump)).isFalse();
    }

    @Test
    @DisplayName("R-L4 R-S5 a contract's arrival limit (1..720 h) overrides the 72 h default; none keeps the default")
    void arrivalHoursOverride() {
        ServiceContract contract = contract();
        assertThat(contract.arrivalHoursOr(72)).isEqualTo(72);

        contract.agreeArrivalHours(48);
        assertThat(contract.arrivalHoursOr(72)).isEqualTo(48);

        contract.agreeArrivalHours(1);
        contract.agreeArrivalHours(720);
        assertThatThrownBy(() -> contract.agreeArrivalHours(0)).hasMessage("contract.error.arrivalHours");
        assertThatThrownBy(() -> contract.agreeArrivalHours(721)).hasMessage("contract.error.arrivalHours");
        assertThat(contract.getArrivalHours()).isEqualTo(720);
    }
}
