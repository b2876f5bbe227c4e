package org.aftersales.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The limits within which a stored file's text is read (R-K1, R-K3, issue "Robustness"): a file built to exhaust the
 * parser trips a limit and has no text, named by the limit; the next file is read as before. The production limits
 * ({@link TextLimits#defaults()}) unless a test says otherwise.
 */
class DocumentTextLimitsTest {

    private static final TextLimits LIMITS = TextLimits.defaults();

    private static TextExtraction extract(FileType type, byte[] content, TextLimits limits) {
        return DocumentTextTest.extract(type, type.contentTypeFor(content), content, limits);
    }

    /** A normal file read after a hostile one: the reading machinery is unharmed. */
    private static void aNormalFileIsReadAsBefore() {
        byte[] pdf = PdfFixtures.english("Replace the drive-end bearings every 20000 operating hours.");
        assertThat(extract(FileType.PDF, pdf, LIMITS).textIfRead())
                .hasValueSatisfying(text -> assertThat(text).contains("drive-end bearings"));
    }

    @Test
    @DisplayName(
            "R-K3 a decompression bomb in a .docx (100 MB from 100 KB) trips the compression ratio limit: no text, and the next file reads as before")
    void docxBomb() {
        byte[] bomb = HostileFiles.docxBomb(100);
        assertThat(bomb.length).isLessThan(200 * 1024);
        assertThat(FileType.detect(bomb))
                .as("accepted as a Word document by the upload check")
                .hasValue(FileType.DOCX);

        TextExtraction read = extract(FileType.DOCX, bomb, LIMITS);

        assertThat(read.state()).isEqualTo(TextState.LIMIT_TRIPPED);
        assertThat(read.limit()).isEqualTo(TextLimit.COMPRESSION_RATIO);
        assertThat(read.textIfRead()).isEmpty();
        aNormalFileIsReadAsBefore();
    }

    @Test
    @DisplayName("R-K3 a decompression bomb in an .xlsx's shared strings trips the compression ratio limit: no text")
    void xlsxBomb() {
        byte[] bomb = HostileFiles.xlsxBomb(50);
        assertThat(FileType.detect(bomb)).hasValue(FileType.XLSX);

        assertThat(extract(FileType.XLSX, bomb, LIMITS))
                .isEqualTo(TextExtraction.limitTripped(TextLimit.COMPRESSION_RATIO));
        aNormalFileIsReadAsBefore();
    }

    @Test
    @DisplayName(
            "R-K3 an Office part that unpacks beyond the part size limit, at an ordinary ratio, trips the part size limit")
    void partTooLarge() {
        byte[] bomb = HostileFiles.docxBomb(3);
        TextLimits tight = new TextLimits(
                LIMITS.maxChars(),
                LIMITS.timeout(),
                0.0,
                1024 * 1024,
                LIMITS.maxRecordBytes(),
                LIMITS.maxPdfPages(),
                LIMITS.maxPdfContentBytes(),
                LIMITS.pdfMemoryBytes(),
                LIMITS.pdfScratchBytes());

        assertThat(extract(FileType.DOCX, bomb, tight)).isEqualTo(TextExtraction.limitTripped(TextLimit.PART_SIZE));
    }

    @Test
    @DisplayName("R-K3 an Office 97-2003 record larger than the record limit trips the record size limit")
    void recordTooLarge() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet("巡检").createRow(0).createCell(0).setCellValue("格栅除污机 Screen rake");
            legacy.write(xls);
        }
        TextLimits tight = new TextLimits(
                LIMITS.maxChars(),
                LIMITS.timeout(),
                LIMITS.minInflateRatio(),
                LIMITS.maxPartBytes(),
                64,
                LIMITS.maxPdfPages(),
                LIMITS.maxPdfContentBytes(),
                LIMITS.pdfMemoryBytes(),
                LIMITS.pdfScratchBytes());

        assertThat(extract(FileType.OFFICE_LEGACY, xls.toByteArray(), tight))
                .isEqualTo(TextExtraction.limitTripped(TextLimit.RECORD_SIZE));
        assertThat(extract(FileType.OFFICE_LEGACY, xls.toByteArray(), LIMITS).textIfRead())
                .as("the same file within the production limits")
                .hasValueSatisfying(text -> assertThat(text).contains("格栅除污机"));
    }

    @Test
    @DisplayName("R-K3 a PDF of more pages than the limit (10 001) trips the page limit: no text")
    void tooManyPages() {
        byte[] pdf = HostileFiles.pdfWithPages(LIMITS.maxPdfPages() + 1);

        assertThat(extract(FileType.PDF, pdf, LIMITS)).isEqualTo(TextExtraction.limitTripped(TextLimit.PAGES));
        assertThat(extract(FileType.PDF, HostileFiles.pdfWithPages(3), LIMITS).textIfRead())
                .as("the same kind of PDF, within the limit")
                .hasValueSatisfying(text -> assertThat(text).contains("Page of a very long manual"));
    }

    @Test
    @DisplayName(
            "R-K3 a PDF page whose content unpacks to 80 MB (from 80 KB) trips the content size limit before PDFBox unpacks it: no text")
    void gigaContentStream() {
        byte[] pdf = HostileFiles.pdfWithHugeContent(80);
        assertThat(pdf.length).isLessThan(1024 * 1024);

        assertThat(extract(FileType.PDF, pdf, LIMITS)).isEqualTo(TextExtraction.limitTripped(TextLimit.CONTENT_SIZE));
        aNormalFileIsReadAsBefore();
    }

    @Test
    @DisplayName(
            "R-K3 a reading longer than the time limit is abandoned (TIME), and the reading threads serve the next file")
    void timeLimit() {
        String[] pages = new String[3000];
        java.util.Arrays.fill(pages, "Replace the drive-end bearings every 20000 operating hours.");
        byte[] longPdf = PdfFixtures.english(pages);
        DocumentTextExtractor extractor = DocumentTextExtractor.standalone(LIMITS.withTimeout(Duration.ofMillis(50)));

        TextExtraction read = extractor.extract("long.pdf", FileType.PDF, "application/pdf", longPdf);

        assertThat(read).isEqualTo(TextExtraction.limitTripped(TextLimit.TIME));
        for (int i = 0; i < DocumentTextExtractor.THREADS; i++) {
            assertThat(DocumentFixtures.TEXTS
                            .extract(
                                    "short.txt",
                                    FileType.TEXT,
                                    "text/plain; charset=UTF-8",
                                    "格栅机".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .textIfRead())
                    .hasValue("格栅机");
        }
        extractor.stop();
    }

    @Test
    @DisplayName(
            "R-K3 running out of heap or stack while reading is caught there: no text, the limit named (MEMORY, NESTING)")
    void errorsOfTheReadingAreCaught() {
        assertThat(DocumentText.guarded("exhausting.pdf", () -> {
                    throw new OutOfMemoryError("Java heap space");
                }))
                .isEqualTo(TextExtraction.limitTripped(TextLimit.MEMORY));
        assertThat(DocumentText.guarded("nested.docx", () -> {
                    throw new StackOverflowError();
                }))
                .isEqualTo(TextExtraction.limitTripped(TextLimit.NESTING));
        assertThat(DocumentText.guarded("damaged.pdf", () -> {
                    throw new IOException("Error: End-of-File, expected line");
                }))
                .isEqualTo(TextExtraction.unreadable());
        aNormalFileIsReadAsBefore();
    }

    @Test
    @DisplayName("R-K3 pictures and drawings are not read at all; text that PostgreSQL refuses (NUL) is cleaned")
    void notATextTypeAndCleaning() {
        assertThat(extract(FileType.PNG, DocumentFixtures.png(), LIMITS)).isEqualTo(TextExtraction.notATextType());
        assertThat(TextExtraction.read("\u0000格栅机\u0001 链条\fsplit \uD83D").text())
                .isEqualTo("格栅机 链条\nsplit");
        assertThat(TextExtraction.read(" \u0000 ").state()).isEqualTo(TextState.NO_TEXT);
    }
}
