package org.aftersales.subcontractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.shared.StaleVersionException;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The subcontractor use cases against the migrated schema (H2), outside a container. */
class SubcontractorServiceTest {

    private TestDatabase database;
    private Department east;
    private Project eastPlant;
    private Project westPlant;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("subcontractors");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        westPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", west);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private SubcontractorService service(TestCaller caller) {
        SubcontractorService service = new SubcontractorService();
        service.em = database.em();
        service.caller = caller;
        service.projects = ProjectFixtures.projectService(database, caller);
        return service;
    }

    private static SubcontractorData firm(String name, SubcontractorKind kind, String person) {
        return new SubcontractorData(name, kind, person, "0510-88888888", "service@example.com", "无锡市");
    }

    @Test
    @DisplayName("R-B1 subcontractors: unique names, a stale version refused, listed by text filter and sort")
    void createUpdateList() {
        SubcontractorService service = service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        Subcontractor pumps =
                database.inTransaction(() -> service.create(firm("南方泵业", SubcontractorKind.EQUIPMENT_SUPPLIER, "王工")));
        database.inTransaction(() -> service.create(firm("江苏环保设备", SubcontractorKind.EQUIPMENT_SUBCONTRACTOR, "李工")));

        assertThatThrownBy(() -> database.inTransaction(
                        () -> service.create(firm(" 南方泵业 ", SubcontractorKind.EQUIPMENT_SUPPLIER, null))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("subcontractor.error.nameTaken");
        assertThatThrownBy(() -> database.inTransaction(() -> service.update(
                        pumps.getId(), pumps.getVersion(), firm("江苏环保设备", SubcontractorKind.EQUIPMENT_SUPPLIER, null))))
                .hasMessage("subcontractor.error.nameTaken");

        Subcontractor renamed = database.inTransaction(
                () -> service.update(pumps.getId(), 1, firm("南方泵业股份", SubcontractorKind.EQUIPMENT_SUPPLIER, "赵工")));
        assertThat(renamed.getContactPerson()).isEqualTo("赵工");
        assertThatThrownBy(() -> database.inTransaction(() ->
                        service.update(pumps.getId(), 1, firm("南方泵业", SubcontractorKind.EQUIPMENT_SUPPLIER, null))))
                .isInstanceOf(StaleVersionException.class);

        Page<Subcontractor> found =
                database.inTransaction(() -> service.list("李工", new PageRequest(0, 10, "kind", false)));
        assertThat(found.items()).extracting(Subcontractor::getName).containsExactly("江苏环保设备");
        assertThat(database.inTransaction(() -> service.list(null, PageRequest.first(1)))
                        .total())
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-B1 the per-project register: a firm once per project, listed per project, only for visible projects")
    void perProjectRegister() {
        SubcontractorService specialist = service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        Subcontractor pumps = database.inTransaction(
                () -> specialist.create(firm("南方泵业", SubcontractorKind.EQUIPMENT_SUPPLIER, "王工")));
        Subcontractor screens = database.inTransaction(
                () -> specialist.create(firm("江苏环保设备", SubcontractorKind.EQUIPMENT_SUBCONTRACTOR, "李工")));
        ProjectSubcontractorData supply = new ProjectSubcontractorData("潜污泵 6 台", "王工", "13900000000");
        database.inTransaction(() -> specialist.registerOnProject(eastPlant.getId(), pumps.getId(), supply));
        database.inTransaction(() -> specialist.registerOnProject(eastPlant.getId(), screens.getId(), supply));
        ProjectSubcontractor west =
                database.inTransaction(() -> specialist.registerOnProject(westPlant.getId(), pumps.getId(), supply));

        assertThatThrownBy(() -> database.inTransaction(
                        () -> specialist.registerOnProject(eastPlant.getId(), pumps.getId(), supply)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("subcontractor.error.alreadyRegistered");

        Page<ProjectSubcontractor> register = database.inTransaction(
                () -> specialist.listForProject(eastPlant.getId(), new PageRequest(0, 10, "subcontractorName", true)));
        assertThat(register.total()).isEqualTo(2);
        assertThat(register.items())
                .extracting(r -> r.getSubcontractor().getName())
                .containsExactly("南方泵业", "江苏环保设备");

        ProjectSubcontractor corrected = database.inTransaction(() -> specialist.updateRegistration(
                west.getId(), west.getVersion(), new ProjectSubcontractorData("潜污泵 4 台", "周工", null)));
        assertThat(corrected.getSiteContactPerson()).isEqualTo("周工");

        SubcontractorService eastUser = service(new TestCaller(east.getId(), Role.PROJECT_DEPT));
        assertThatThrownBy(() ->
                        database.inTransaction(() -> eastUser.listForProject(westPlant.getId(), PageRequest.first(10))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() -> eastUser.findRegistration(west.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(database.inTransaction(() -> eastUser.listForProject(eastPlant.getId(), PageRequest.first(10)))
                        .total())
                .isEqualTo(2);
    }

    @Test
    @Tag("R-B2")
    @DisplayName(
            "R-B2 a delegation agreement per project firm: valid from its first to its last day; firms without one are flagged")
    void delegationAgreements() {
        SubcontractorService specialist = service(new TestCaller(null, Role.AFTER_SALES_SPECIALIST));
        Subcontractor pumps = database.inTransaction(
                () -> specialist.create(firm("南方泵业", SubcontractorKind.EQUIPMENT_SUPPLIER, "王工")));
        Subcontractor screens = database.inTransaction(
                () -> specialist.create(firm("江苏环保设备", SubcontractorKind.EQUIPMENT_SUBCONTRACTOR, "李工")));
        ProjectSubcontractorData supply = new ProjectSubcontractorData("潜污泵 6 台", "王工", null);
        ProjectSubcontractor pumpsEast =
                database.inTransaction(() -> specialist.registerOnProject(eastPlant.getId(), pumps.getId(), supply));
        ProjectSubcontractor screensEast =
                database.inTransaction(() -> specialist.registerOnProject(eastPlant.getId(), screens.getId(), supply));
        ProjectSubcontractor pumpsWest =
                database.inTransaction(() -> specialist.registerOnProject(westPlant.getId(), pumps.getId(), supply));

        long firstVersion = pumpsEast.getVersion();
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate until = LocalDate.of(2026, 12, 31);
        ProjectSubcontractor signed = database.inTransaction(() -> specialist.recordDelegationAgreement(
                pumpsEast.getId(),
                pumpsEast.getVersion(),
                new DelegationAgreement(" WT-SH-2026-01 ", "潜污泵保修期内维修、更换", from, until)));
        assertThat(signed.getDelegationAgreement().getNumber()).isEqualTo("WT-SH-2026-01");
        assertThat(signed.hasValidDelegationAgreementOn(from)).isTrue();
        assertThat(signed.hasValidDelegationAgreementOn(until)).isTrue();
        assertThat(signed.hasValidDelegationAgreementOn(from.minusDays(1))).isFalse();
        assertThat(signed.hasValidDelegationAgreementOn(until.plusDays(1))).isFalse();
        database.inTransaction(() -> specialist.recordDelegationAgreement(
                screensEast.getId(),
                screensEast.getVersion(),
                new DelegationAgreement("JS-2025-07", "格栅售后", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));

        assertThat(database.inTransaction(() -> specialist.withoutValidDelegationAgreement(LocalDate.of(2026, 6, 1))))
                .extracting(ProjectSubcontractor::getId)
                .containsExactlyInAnyOrder(screensEast.getId(), pumpsWest.getId());
        assertThat(database.inTransaction(() -> specialist.withoutValidDelegationAgreement(LocalDate.of(2025, 6, 1))))
                .extracting(ProjectSubcontractor::getId)
                .containsExactlyInAnyOrder(pumpsEast.getId(), pumpsWest.getId());

        assertThatThrownBy(() -> new DelegationAgreement("X-1", "维修", until, from))
                .isInstanceOf(BusinessException.class)
                .hasMessage("delegationAgreement.error.validUntilBeforeFrom");
        assertThatThrownBy(() -> new DelegationAgreement("X-1", " ", from, until))
                .hasMessage("delegationAgreement.error.scopeRequired");
        assertThatThrownBy(() -> database.inTransaction(() -> specialist.recordDelegationAgreement(
                        pumpsEast.getId(), firstVersion, new DelegationAgreement("X-2", "维修", from, null))))
                .isInstanceOf(StaleVersionException.class);

        SubcontractorService eastUser = service(new TestCaller(east.getId(), Role.PROJECT_DEPT));
        assertThat(database.inTransaction(() -> eastUser.withoutValidDelegationAgreement(LocalDate.of(2026, 6, 1))))
                .extracting(ProjectSubcontractor::getId)
                .containsExactly(screensEast.getId());
    }
}
