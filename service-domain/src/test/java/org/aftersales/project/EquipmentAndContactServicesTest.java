package org.aftersales.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.subcontractor.Subcontractor;
import org.aftersales.subcontractor.SubcontractorKind;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The equipment and owner-contact use cases against the migrated schema (H2), outside a container. */
class EquipmentAndContactServicesTest {

    private TestDatabase database;
    private Department east;
    private Department west;
    private Project eastPlant;
    private Project westPlant;
    private Subcontractor pumpMaker;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("equipment");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        westPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", west);
        pumpMaker = database.saved(new Subcontractor("南方泵业", SubcontractorKind.EQUIPMENT_SUPPLIER));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private EquipmentService equipment(TestCaller caller) {
        EquipmentService service = new EquipmentService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database, caller);
        return service;
    }

    private OwnerContactService contacts(TestCaller caller) {
        OwnerContactService service = new OwnerContactService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database, caller);
        return service;
    }

    private static TestCaller specialist() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    private static EquipmentData pump(String tag, Long supplierId, LocalDate supplierWarrantyEnd) {
        return new EquipmentData(
                tag,
                "进水提升泵",
                "WQ-200",
                "SN-1",
                "南方泵业",
                supplierId,
                Discipline.MECHANICAL,
                WorkScope.INSTALLATION,
                WarrantyCategory.EQUIPMENT_INSTALLATION,
                24,
                supplierWarrantyEnd);
    }

    private static EquipmentData roof(String tag) {
        return new EquipmentData(
                tag,
                "综合楼屋面防水",
                null,
                null,
                null,
                null,
                Discipline.CIVIL,
                WorkScope.CIVIL,
                WarrantyCategory.WATERPROOFING,
                null,
                null);
    }

    @Test
    @DisplayName("R-L2 equipment items are stored with their warranty and read back with the flags")
    void addAndReadBack() {
        EquipmentService service = equipment(specialist());
        EquipmentItem added = database.inTransaction(
                () -> service.add(eastPlant.getId(), pump("P-101", pumpMaker.getId(), LocalDate.of(2026, 3, 1))));
        database.inTransaction(() -> service.add(eastPlant.getId(), roof("RF-1")));
        database.em().clear();

        EquipmentItem pump = database.inTransaction(() -> service.find(added.getId()));
        assertThat(pump.getSupplier().getName()).isEqualTo("南方泵业");
        assertThat(pump.warrantyEnd()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(pump.hasBackToBackGap()).isTrue();
        assertThat(pump.isShorterThanNationalMinimum()).isFalse();
        assertThat(database.count("audit_entry WHERE entity_type = 'EquipmentItem'"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("R-L2 the equipment list filters by text, sorts by supplier (items without one included) and pages")
    void listFiltersSortsAndPages() {
        EquipmentService service = equipment(specialist());
        database.inTransaction(() -> service.add(eastPlant.getId(), pump("P-101", pumpMaker.getId(), null)));
        database.inTransaction(() -> service.add(eastPlant.getId(), pump("P-102", null, null)));
        database.inTransaction(() -> service.add(eastPlant.getId(), roof("RF-1")));
        database.inTransaction(() -> service.add(westPlant.getId(), pump("P-101", null, null)));

        Page<EquipmentItem> all = database.inTransaction(
                () -> service.list(eastPlant.getId(), null, new PageRequest(0, 2, "supplierName", false)));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).hasSize(2);
        assertThat(all.items().get(0).getTag()).isEqualTo("P-101");

        Page<EquipmentItem> pumps = database.inTransaction(
                () -> service.list(eastPlant.getId(), "wq-", new PageRequest(0, 10, "tag", true)));
        assertThat(pumps.items()).extracting(EquipmentItem::getTag).containsExactly("P-101", "P-102");

        Page<EquipmentItem> bySupplier = database.inTransaction(
                () -> service.list(eastPlant.getId(), "南方", new PageRequest(0, 10, "no such field", true)));
        assertThat(bySupplier.total()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-L2 a tag is unique within its project, and a stale version is refused")
    void uniqueTagAndVersion() {
        EquipmentService service = equipment(specialist());
        EquipmentItem first = database.inTransaction(() -> service.add(eastPlant.getId(), pump("P-101", null, null)));
        database.inTransaction(() -> service.add(eastPlant.getId(), pump("P-102", null, null)));

        assertThatThrownBy(
                        () -> database.inTransaction(() -> service.add(eastPlant.getId(), pump(" P-101 ", null, null))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("equipment.error.tagTaken");
        assertThatThrownBy(() -> database.inTransaction(
                        () -> service.update(first.getId(), first.getVersion(), pump("P-102", null, null))))
                .hasMessage("equipment.error.tagTaken");

        EquipmentItem changed = database.inTransaction(() -> service.update(first.getId(), 1, roof("P-101")));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(changed.getWarrantyCategory()).isEqualTo(WarrantyCategory.WATERPROOFING);
        assertThatThrownBy(() -> database.inTransaction(() -> service.update(first.getId(), 1, roof("P-101"))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    @DisplayName(
            "R-O1 a project-department user reaches only the equipment and contacts of their own department's projects")
    void recordLevelAccess() {
        EquipmentItem westPump =
                database.inTransaction(() -> equipment(specialist()).add(westPlant.getId(), pump("P-1", null, null)));
        TestCaller eastUser = new TestCaller(east.getId(), Role.PROJECT_DEPT);
        EquipmentService service = equipment(eastUser);

        assertThat(database.inTransaction(() -> service.add(eastPlant.getId(), pump("P-1", null, null))))
                .isNotNull();
        assertThatThrownBy(() -> database.inTransaction(() -> service.find(westPump.getId())))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).getArguments()[0])
                .isEqualTo("entity.equipmentItem");
        assertThatThrownBy(() ->
                        database.inTransaction(() -> service.list(westPlant.getId(), null, PageRequest.first(10))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> contacts(eastUser)
                        .add(westPlant.getId(), new OwnerContactData("张经理", null, null, null, null, false))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() ->
                        equipment(new TestCaller(null, Role.FINANCE)).add(eastPlant.getId(), pump("P-9", null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-F1 the owner contact list of a project: add, change, list with sign-off persons first, remove")
    void ownerContactList() {
        OwnerContactService service = contacts(specialist());
        OwnerContact clerk = database.inTransaction(() ->
                service.add(eastPlant.getId(), new OwnerContactData("王文员", "资料员", "0510-1234567", null, null, false)));
        database.inTransaction(() -> service.add(
                eastPlant.getId(),
                new OwnerContactData("张经理", "运行主管", "13800000000", "zhang@example.com", "每周一在厂", true)));
        database.inTransaction(
                () -> service.add(westPlant.getId(), new OwnerContactData("李工", null, null, null, null, false)));

        Page<OwnerContact> list = database.inTransaction(() -> service.list(eastPlant.getId(), PageRequest.first(10)));
        assertThat(list.items()).extracting(OwnerContact::getName).containsExactly("张经理", "王文员");

        OwnerContact changed = database.inTransaction(() -> service.update(
                clerk.getId(),
                clerk.getVersion(),
                new OwnerContactData("王文员", "资料员", "0510-7654321", null, null, true)));
        assertThat(changed.isSignOffAuthority()).isTrue();

        database.inTransaction(() -> service.remove(clerk.getId()));
        assertThat(database.inTransaction(() -> service.list(eastPlant.getId(), PageRequest.first(10)))
                        .total())
                .isEqualTo(1);
        assertThatThrownBy(() -> database.inTransaction(() -> service.find(clerk.getId())))
                .isInstanceOf(NotFoundException.class);
    }
}
