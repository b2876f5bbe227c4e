package org.aftersales.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The service-contract use cases against the migrated schema (H2), outside a container. */
class ServiceContractServiceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2027, 3, 1);

    private TestDatabase database;
    private Department east;
    private Project eastPlant;
    private Project westPlant;
    private EquipmentItem eastPump;
    private EquipmentItem eastScreen;
    private EquipmentItem westPump;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("contracts");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        westPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", west);
        eastPump = database.saved(item(eastPlant, "P-101"));
        eastScreen = database.saved(item(eastPlant, "SCR-101"));
        westPump = database.saved(item(westPlant, "P-101"));
    }

    @AfterEach
    void tearDown() {
        database.close();
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

    private ServiceContractService service(TestCaller caller) {
        ServiceContractService service = new ServiceContractService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database, caller);
        return service;
    }

    private static ServiceContractData contract(Project project, String number, Set<Long> itemIds) {
        return new ServiceContractData(
                project.getId(), ServiceContractKind.MAINTENANCE_CONTRACT, number, FROM, TO, 48, itemIds);
    }

    @Test
    @DisplayName("R-L4 a contract for listed items is stored with them and covers only them, from validFrom to validTo")
    void createAndReadBack() {
        ServiceContractService service = service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        ServiceContract created = database.inTransaction(
                () -> service.create(contract(eastPlant, "BY-2026-01", Set.of(eastPump.getId()))));
        database.em().clear();

        ServiceContract contract = database.inTransaction(() -> service.find(created.getId()));
        assertThat(contract.getCoveredItems()).extracting(EquipmentItem::getTag).containsExactly("P-101");
        EquipmentItem pump = database.em().find(EquipmentItem.class, eastPump.getId());
        EquipmentItem screen = database.em().find(EquipmentItem.class, eastScreen.getId());
        assertThat(contract.coversOn(TO, pump)).isTrue();
        assertThat(contract.coversOn(TO.plusDays(1), pump)).isFalse();
        assertThat(contract.coversOn(FROM, screen)).isFalse();
        assertThat(contract.arrivalHoursOr(72)).isEqualTo(48);

        ServiceContract widened = database.inTransaction(
                () -> service.update(contract.getId(), contract.getVersion(), contract(eastPlant, "BY-2026-01", null)));
        assertThat(widened.coversWholeProject()).isTrue();
        assertThat(database.count("service_contract_item")).isZero();
    }

    @Test
    @DisplayName("R-L4 covered equipment items must belong to the contract's project; contract numbers are unique")
    void itemsOfAnotherProjectAndDuplicateNumbers() {
        ServiceContractService service = service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));

        assertThatThrownBy(() -> database.inTransaction(
                        () -> service.create(contract(eastPlant, "BY-1", Set.of(eastPump.getId(), westPump.getId())))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("contract.error.itemNotInProject");
        assertThatThrownBy(() -> database.inTransaction(() -> service.create(contract(eastPlant, "BY-1", Set.of(-5L)))))
                .hasMessage("contract.error.itemNotInProject");

        database.inTransaction(() -> service.create(contract(eastPlant, "BY-1", null)));
        assertThatThrownBy(() -> database.inTransaction(() -> service.create(contract(westPlant, "BY-1", null))))
                .hasMessage("contract.error.numberTaken");
        assertThat(database.count("service_contract")).isEqualTo(1);
    }

    @Test
    @DisplayName("R-L4 R-O1 the contract list shows a project-department user only their own department's contracts")
    void listRespectsDepartments() {
        ServiceContractService specialist = service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        ServiceContract westContract =
                database.inTransaction(() -> specialist.create(contract(westPlant, "BY-W", null)));
        database.inTransaction(() -> specialist.create(contract(eastPlant, "BY-E", null)));

        Page<ServiceContract> all =
                database.inTransaction(() -> specialist.list(null, new PageRequest(0, 10, "projectCode", true)));
        assertThat(all.items()).extracting(ServiceContract::getNumber).containsExactly("BY-E", "BY-W");
        assertThat(database.inTransaction(() -> specialist.list(westPlant.getId(), PageRequest.first(10)))
                        .total())
                .isEqualTo(1);

        ServiceContractService eastUser = service(new TestCaller(east.getId(), Role.PROJECT_DEPT));
        Page<ServiceContract> own = database.inTransaction(() -> eastUser.list(null, PageRequest.first(10)));
        assertThat(own.items()).extracting(ServiceContract::getNumber).containsExactly("BY-E");
        assertThatThrownBy(() -> database.inTransaction(() -> eastUser.find(westContract.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> eastUser.create(contract(eastPlant, "BY-X", null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
