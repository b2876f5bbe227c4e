package org.aftersales.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.aftersales.project.EquipmentFixtures;
import org.aftersales.project.EquipmentItem;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFixtures;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
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

/** The document store and the equipment document archive against the migrated schema (H2), outside a container. */
class DocumentStoreTest {

    private TestDatabase database;
    private Department east;
    private Project eastPlant;
    private Project westPlant;
    private EquipmentItem blower;
    private EquipmentItem pump;

    @BeforeEach
    void setUp() {
        database = TestDatabase.migrated("documents");
        east = database.saved(new Department("项目一部", DepartmentKind.PROJECT));
        Department west = database.saved(new Department("项目二部", DepartmentKind.PROJECT));
        eastPlant = ProjectFixtures.projectInWarranty(database, "P-EAST", east);
        westPlant = ProjectFixtures.projectInWarranty(database, "P-WEST", west);
        blower = EquipmentFixtures.item(database, eastPlant, "BLW-M-101", "磁悬浮鼓风机");
        pump = EquipmentFixtures.item(database, eastPlant, "PMP-L-101", "潜水提升泵");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private static TestCaller specialist() {
        return new TestCaller(null, Role.AFTER_SALES_SPECIALIST);
    }

    private StoredDocument upload(DocumentStore store, DocumentData data, String fileName, byte[] content) {
        return database.inTransaction(
                () -> store.upload(data, new DocumentUpload(fileName, new ByteArrayInputStream(content))));
    }

    private void assertNothingStored() {
        assertThat(database.count("stored_document")).isZero();
        assertThat(database.count("document_content")).isZero();
    }

    @Test
    @DisplayName(
            "R-K1 an upload keeps the file's bytes, name, recognised type, size and SHA-256 under a server-made name")
    void storesAFile() throws Exception {
        DocumentStore store = DocumentFixtures.store(database, specialist());
        byte[] pdf = DocumentFixtures.pdf("鼓风机维护");

        StoredDocument document = upload(
                store,
                new DocumentData(DocumentKind.TECHNICAL_MANUAL, null, eastPlant.getId(), blower.getId()),
                "磁悬浮鼓风机 技术手册.pdf",
                pdf);

        assertThat(document.getFileName()).isEqualTo("磁悬浮鼓风机 技术手册.pdf");
        assertThat(document.getTitle()).isEqualTo("磁悬浮鼓风机 技术手册.pdf");
        assertThat(document.getFileType()).isEqualTo(FileType.PDF);
        assertThat(document.getContentType()).isEqualTo("application/pdf");
        assertThat(document.getSizeBytes()).isEqualTo(pdf.length);
        assertThat(document.getSha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(document.getStoredName()).matches("[0-9a-f-]{36}\\.pdf");
        database.em().clear();
        assertThat(database.inTransaction(() -> store.content(document.getId())))
                .isEqualTo(pdf);
    }

    @Test
    @DisplayName(
            "R-K3 a decompression bomb is stored without text, the limit named, and the instance keeps serving: the next upload is stored with its text")
    void decompressionBombIsStoredWithoutText() {
        DocumentStore store = DocumentFixtures.store(database, specialist());
        DocumentData manual = new DocumentData(DocumentKind.TECHNICAL_MANUAL, null, eastPlant.getId(), null);

        StoredDocument bomb = upload(store, manual, "鼓风机手册.docx", HostileFiles.docxBomb(100));

        assertThat(bomb.getTextState()).isEqualTo(TextState.LIMIT_TRIPPED);
        assertThat(bomb.getTextLimit()).isEqualTo(TextLimit.COMPRESSION_RATIO);
        assertThat(bomb.isTextLimitTripped()).isTrue();
        assertThat(database.count("document_content"))
                .as("the file itself is kept")
                .isEqualTo(1);
        assertThat(database.count("document_text")).isZero();

        StoredDocument normal = upload(store, manual, "鼓风机手册.pdf", PdfFixtures.chinese("第一章 罗茨鼓风机调试\n启动前检查润滑油位"));

        assertThat(normal.getTextState()).isEqualTo(TextState.EXTRACTED);
        assertThat(normal.isTextLimitTripped()).isFalse();
        database.em().clear();
        assertThat(database.em().find(ExtractedText.class, normal.getId()).getText())
                .contains("罗茨鼓风机调试")
                .contains("启动前检查润滑油位");
        StoredDocument photo = upload(store, manual, "现场.png", DocumentFixtures.png());
        assertThat(photo.getTextState()).isEqualTo(TextState.NOT_A_TEXT_TYPE);
    }

    @Test
    @DisplayName("R-K1 a file over the configured limit is refused with a clear message, and nothing is stored")
    void refusesTooBig() {
        DocumentStore store = DocumentFixtures.store(database, specialist(), 1);
        byte[] big = new byte[1024 * 1024 + 1];
        byte[] head = DocumentFixtures.pdf("big");
        System.arraycopy(head, 0, big, 0, head.length);

        assertThatThrownBy(() -> upload(
                        store, new DocumentData(DocumentKind.DRAWING, "总图", eastPlant.getId(), null), "总图.pdf", big))
                .isInstanceOf(BusinessException.class)
                .hasMessage("document.error.tooLarge")
                .satisfies(refusal ->
                        assertThat(((BusinessException) refusal).getArguments()).containsExactly("总图.pdf", 1L));
        assertNothingStored();

        byte[] justRight = new byte[1024 * 1024];
        System.arraycopy(head, 0, justRight, 0, head.length);
        upload(store, new DocumentData(DocumentKind.DRAWING, "总图", eastPlant.getId(), null), "总图.pdf", justRight);
        assertThat(database.count("stored_document")).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-K1 a wrong type disguised by its extension is refused: an executable named .pdf, a PNG named .pdf, a zip named .docx")
    void refusesDisguisedTypes() {
        DocumentStore store = DocumentFixtures.store(database, specialist());
        DocumentData data = new DocumentData(DocumentKind.TECHNICAL_MANUAL, null, null, null);

        assertThatThrownBy(() -> upload(store, data, "鼓风机手册.pdf", DocumentFixtures.executable()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("document.error.typeNotAllowed");
        assertThatThrownBy(() -> upload(store, data, "鼓风机手册.pdf", DocumentFixtures.png()))
                .hasMessage("document.error.extensionMismatch");
        assertThatThrownBy(() -> upload(store, data, "报价单.docx", DocumentFixtures.officeOpenXml("macros")))
                .hasMessage("document.error.typeNotAllowed");
        assertThatThrownBy(() -> upload(store, data, "空文件.txt", new byte[0])).hasMessage("document.error.empty");
        assertNothingStored();
    }

    @Test
    @DisplayName(
            "R-K1 a name like ../../x changes nothing on disk or in storage: only its last segment is kept, the bytes live under a server-made key")
    void pathNamesChangeNothing() throws IOException {
        DocumentStore store = DocumentFixtures.store(database, specialist());
        Path workingDirectory = Path.of("").toAbsolutePath();
        List<Path> before = listing(workingDirectory.getParent().getParent());

        StoredDocument document = upload(
                store, new DocumentData(DocumentKind.SCAN, null, null, null), "../../x.pdf", DocumentFixtures.pdf("x"));
        StoredDocument multiline = upload(
                store, new DocumentData(DocumentKind.SCAN, null, null, null), "签字\r\n单.pdf", DocumentFixtures.pdf("y"));

        assertThat(document.getFileName()).isEqualTo("x.pdf");
        assertThat(document.getStoredName())
                .doesNotContain("/")
                .doesNotContain("..")
                .matches("[0-9a-f-]{36}\\.pdf");
        assertThat(multiline.getFileName()).isEqualTo("签字单.pdf");
        assertThat(listing(workingDirectory.getParent().getParent())).isEqualTo(before);
        assertThat(Files.exists(workingDirectory.resolve("../../x.pdf").normalize()))
                .isFalse();
        assertThatThrownBy(() -> upload(
                        store,
                        new DocumentData(DocumentKind.SCAN, null, null, null),
                        "../..",
                        DocumentFixtures.pdf("z")))
                .hasMessage("document.error.fileNameRequired");
    }

    @Test
    @DisplayName(
            "R-B4 the archive lists a project's documents and an item's documents; a project department sees only its own projects'")
    void archivePerProjectAndItem() {
        DocumentStore specialistStore = DocumentFixtures.store(database, specialist());
        StoredDocument blowerManual = upload(
                specialistStore,
                new DocumentData(DocumentKind.TECHNICAL_MANUAL, "鼓风机手册", eastPlant.getId(), blower.getId()),
                "鼓风机手册.pdf",
                DocumentFixtures.pdf("1"));
        upload(
                specialistStore,
                new DocumentData(DocumentKind.CERTIFICATE, "水泵合格证", eastPlant.getId(), pump.getId()),
                "水泵合格证.png",
                DocumentFixtures.png());
        StoredDocument westDrawing = upload(
                specialistStore,
                new DocumentData(DocumentKind.DRAWING, "西厂总图", westPlant.getId(), null),
                "西厂总图.pdf",
                DocumentFixtures.pdf("2"));
        upload(
                specialistStore,
                new DocumentData(DocumentKind.PUBLICATION, "给排水规范", null, null),
                "规范.txt",
                "给水排水设计规范".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(database.inTransaction(() -> specialistStore.list(
                                new DocumentFilter(null, eastPlant.getId(), null, null),
                                new PageRequest(0, 10, "title", true)))
                        .items())
                .extracting(StoredDocument::getTitle)
                .containsExactly("水泵合格证", "鼓风机手册");
        assertThat(database.inTransaction(() -> specialistStore.ofEquipmentItem(blower.getId())))
                .extracting(StoredDocument::getId)
                .containsExactly(blowerManual.getId());
        assertThat(database.inTransaction(() ->
                                specialistStore.list(new DocumentFilter("合格", null, null, null), PageRequest.first(10)))
                        .total())
                .isEqualTo(1);
        assertThat(database.inTransaction(() -> specialistStore.list(
                                new DocumentFilter(null, null, null, DocumentKind.DRAWING), PageRequest.first(10)))
                        .total())
                .isEqualTo(1);

        DocumentStore eastUser = DocumentFixtures.store(database, new TestCaller(east.getId(), Role.PROJECT_DEPT));
        assertThat(database.inTransaction(() -> eastUser.list(DocumentFilter.all(), PageRequest.first(10)))
                        .items())
                .extracting(StoredDocument::getTitle)
                .containsExactlyInAnyOrder("鼓风机手册", "水泵合格证", "给排水规范");
        assertThatThrownBy(() -> database.inTransaction(() -> eastUser.content(westDrawing.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> upload(
                        specialistStore,
                        new DocumentData(DocumentKind.DRAWING, "错项", westPlant.getId(), blower.getId()),
                        "x.pdf",
                        DocumentFixtures.pdf("3")))
                .hasMessage("document.error.itemOfAnotherProject");

        DocumentStore finance = DocumentFixtures.store(database, new TestCaller(null, Role.FINANCE));
        assertThatThrownBy(() -> upload(
                        finance,
                        new DocumentData(DocumentKind.SCAN, null, null, null),
                        "a.pdf",
                        DocumentFixtures.pdf("4")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("R-K1 an unreadable stream is refused, not half-stored")
    void unreadableStream() {
        DocumentStore store = DocumentFixtures.store(database, specialist());
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 10) {
                    return '%';
                }
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> database.inTransaction(() -> store.upload(
                        new DocumentData(DocumentKind.SCAN, null, null, null), new DocumentUpload("a.pdf", broken))))
                .hasMessage("document.error.unreadable");
        assertNothingStored();
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
