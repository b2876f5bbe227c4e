package org.aftersales.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The searchable text of stored files: PDFs read with PDFBox, Office files with POI, text files in their encoding,
 * nothing from pictures.
 */
class DocumentTextTest {

    @Test
    @DisplayName("R-K1 the text of a PDF with embedded Chinese font is extracted, every page of it")
    void chinesePdf() {
        byte[] pdf = PdfFixtures.chinese("第一章 罗茨鼓风机调试\n启动前检查润滑油位", "第二章 曝气风机出现异常振动时停机检查");

        String text = text(FileType.PDF, "application/pdf", pdf, 100_000).orElseThrow();

        assertThat(text).contains("罗茨鼓风机调试").contains("启动前检查润滑油位").contains("曝气风机出现异常振动");
    }

    @Test
    @DisplayName("R-K1 the text of an English PDF is extracted, cut at the limit")
    void englishPdf() {
        byte[] pdf = PdfFixtures.english("Replace the drive-end bearings every 20000 operating hours.");

        assertThat(text(FileType.PDF, "application/pdf", pdf, 100_000))
                .hasValueSatisfying(text -> assertThat(text).contains("drive-end bearings every 20000"));
        assertThat(text(FileType.PDF, "application/pdf", pdf, 11)).hasValue("Replace the");
    }

    @Test
    @DisplayName("R-K1 a text file is read in its encoding (GB18030 too); a damaged PDF or a picture has no text")
    void otherFiles() {
        byte[] gbk = "格栅机链条松动".getBytes(Charset.forName("GB18030"));
        assertThat(text(FileType.TEXT, "text/plain; charset=GB18030", gbk, 1000))
                .hasValue("格栅机链条松动");
        assertThat(text(FileType.TEXT, "text/plain; charset=UTF-8", "格栅机".getBytes(StandardCharsets.UTF_8), 1000))
                .hasValue("格栅机");
        assertThat(text(FileType.PDF, "application/pdf", DocumentFixtures.pdf("broken"), 1000))
                .isEmpty();
        assertThat(text(FileType.PNG, "image/png", DocumentFixtures.png(), 1000))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-K1 the text of Office manuals is extracted: Word paragraphs and tables, Excel cells, PowerPoint slides, Excel 97-2003")
    void officeFiles() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("第四章 污泥脱水机滤布更换");
            word.createTable(1, 2).getRow(0).getCell(1).setText("Belt press tension 0.4 MPa");
            word.write(docx);
        }
        assertThat(office(FileType.DOCX, docx.toByteArray(), 100_000))
                .hasValueSatisfying(
                        text -> assertThat(text).contains("污泥脱水机滤布更换").contains("Belt press tension"));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook excel = new XSSFWorkbook()) {
            excel.createSheet("备件清单").createRow(0).createCell(0).setCellValue("加药泵隔膜 DN25");
            excel.write(xlsx);
        }
        assertThat(office(FileType.XLSX, xlsx.toByteArray(), 100_000))
                .hasValueSatisfying(text -> assertThat(text).contains("加药泵隔膜 DN25"));

        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        try (XMLSlideShow slides = new XMLSlideShow()) {
            slides.createSlide().createTextBox().setText("紫外消毒灯管寿命 12000 小时");
            slides.write(pptx);
        }
        assertThat(office(FileType.PPTX, pptx.toByteArray(), 100_000))
                .hasValueSatisfying(text -> assertThat(text).contains("紫外消毒灯管寿命"));

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet("巡检").createRow(0).createCell(0).setCellValue("格栅除污机 Screen rake");
            legacy.write(xls);
        }
        assertThat(office(FileType.OFFICE_LEGACY, xls.toByteArray(), 100_000))
                .hasValueSatisfying(text -> assertThat(text).contains("格栅除污机 Screen rake"));
        assertThat(office(FileType.DOCX, docx.toByteArray(), 3))
                .as("cut at the limit")
                .hasValue("第四章");
    }

    private static Optional<String> office(FileType type, byte[] content, int maxChars) {
        return text(type, type.contentTypeFor(content), content, maxChars);
    }

    /** The text read from {@code content}, within the production limits but for the number of characters. */
    static Optional<String> text(FileType type, String contentType, byte[] content, int maxChars) {
        return extract(type, contentType, content, TextLimits.defaults().withMaxChars(maxChars))
                .textIfRead();
    }

    static TextExtraction extract(FileType type, String contentType, byte[] content, TextLimits limits) {
        try {
            Path file = Files.createTempFile("document-text-test-", ".tmp");
            try {
                Files.write(file, content);
                return DocumentText.extract("test." + type.extensions().get(0), type, contentType, file, limits);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("R-K1 a damaged Office file has no text and does not fail")
    void damagedOfficeFile() {
        byte[] damaged = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(office(FileType.DOCX, damaged, 1000)).isEmpty();
        assertThat(office(FileType.OFFICE_LEGACY, damaged, 1000)).isEmpty();
    }
}
