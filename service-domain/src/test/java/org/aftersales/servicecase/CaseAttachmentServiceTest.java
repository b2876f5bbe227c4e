package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.document.DocumentFixtures;
import org.aftersales.document.DocumentKind;
import org.aftersales.document.DocumentUpload;
import org.aftersales.document.StoredDocument;
import org.aftersales.document.UploadRefusedException;
import org.aftersales.project.Discipline;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.project.WarrantyCategory;
import org.aftersales.project.WorkScope;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Department;
import org.aftersales.staff.DepartmentKind;
import org.aftersales.staff.Role;
import org.aftersales.testing.TestCaller;
import org.aftersales.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Photos and files at intake (R-S1) against the migrated schema (H2): stored with the case, all or nothing. */
class CaseAttachmentServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), SHANGHAI);

    private TestDatabase database;
    private Department east;
    private Department west;
    private Project eastPlant;
    private EquipmentItem eastPump;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("caseattachments");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        eastPump = database.saved(new EquipmentItem(
                eastPlant,
                "P-101",
                "潜水提升泵",
                Discipline.MECHANICAL,
                WorkScope.INSTALLATION,
                WarrantyCategory.EQUIPMENT_INSTALLATION));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private CaseAttachmentService service(Caller caller) {
        CaseAttachmentService service = new CaseAttachmentService();
        service.em = database.em();
        service.caller = caller;
        service.cases = CaseFixtures.caseService(database.em(), caller, CLOCK);
        service.documents = DocumentFixtures.store(database, caller);
        return service;
    }

    private static TestCaller specialist() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    private CaseIntake call() {
        return new CaseIntake(
                eastPlant.getId(),
                eastPump.getId(),
                Channel.EMAIL,
                CaseType.SERVICE_REQUEST,
                "王工",
                Instant.parse("2026-03-10T01:00:00Z"),
                "提升泵电机过热，附现场照片和运行记录",
                false,
                false);
    }

    private static DocumentUpload file(String name, byte[] content) {
        return new DocumentUpload(name, new ByteArrayInputStream(content));
    }

    @Test
    @DisplayName(
            "R-S1 photos and files received with a call are stored with the case, filed under its project and item, listed in order")
    void attachedAtIntake() {
        ServiceCase registered = database.inTransaction(() -> service(specialist())
                .register(
                        call(),
                        List.of(
                                file("现场照片 1.png", DocumentFixtures.png()),
                                file("运行记录.pdf", DocumentFixtures.pdf("记录")))));

        List<StoredDocument> attached =
                database.inTransaction(() -> service(specialist()).of(registered.getId()));

        assertThat(attached).extracting(StoredDocument::getFileName).containsExactly("现场照片 1.png", "运行记录.pdf");
        assertThat(attached).allSatisfy(document -> {
            assertThat(document.getKind()).isEqualTo(DocumentKind.CASE_ATTACHMENT);
            assertThat(document.getProject().getId()).isEqualTo(eastPlant.getId());
            assertThat(document.getEquipmentItem().getId()).isEqualTo(eastPump.getId());
            assertThat(document.getTitle()).startsWith(registered.getNumber() + " ");
            assertThat(document.getSha256()).hasSize(64);
        });
        assertThat(database.count("case_attachment")).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-S1 a refused file (a program named .jpg) refuses the registration: no case, no document, no link remains")
    void refusedFileLeavesNothing() {
        assertThatThrownBy(() -> database.inTransaction(() -> service(specialist())
                        .register(
                                call(),
                                List.of(
                                        file("照片.png", DocumentFixtures.png()),
                                        file("照片2.jpg", DocumentFixtures.executable())))))
                .isInstanceOf(UploadRefusedException.class)
                .hasMessage("document.error.typeNotAllowed");

        assertThat(database.count("service_case")).isZero();
        assertThat(database.count("stored_document")).isZero();
        assertThat(database.count("case_attachment")).isZero();
    }

    @Test
    @DisplayName("R-S1 files can be added to a registered case; another project department neither sees nor adds them")
    void laterAndVisibility() {
        ServiceCase registered =
                database.inTransaction(() -> service(specialist()).register(call(), List.of()));
        database.inTransaction(() -> service(specialist()).attach(registered.getId(), file("补充照片.jpg", new byte[] {
            (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16
        })));
        TestCaller otherDepartment = new TestCaller(west.getId(), Role.PROJECT_DEPT);
        TestCaller ownDepartment = new TestCaller(east.getId(), Role.PROJECT_DEPT);

        assertThat(database.inTransaction(() -> service(ownDepartment).of(registered.getId())))
                .extracting(StoredDocument::getFileName)
                .containsExactly("补充照片.jpg");
        assertThatThrownBy(() ->
                        database.inTransaction(() -> service(otherDepartment).of(registered.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> database.inTransaction(() ->
                        service(otherDepartment).attach(registered.getId(), file("x.png", DocumentFixtures.png()))))
                .isInstanceOf(NotFoundException.class);
        assertThat(database.count("case_attachment")).isEqualTo(1);
    }
}
