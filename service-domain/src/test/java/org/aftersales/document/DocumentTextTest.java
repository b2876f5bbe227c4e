package org.aftersales.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The searchable text of stored files: PDFs read with PDFBox, text files in their encoding, nothing from pictures. */
class DocumentTextTest {

    @Test
    @DisplayName("R-K1 the text of a PDF with embedded Chinese font is extracted, every page of it")
    void chinesePdf() {
        byte[] pdf = PdfFixtures.chinese("第一章 罗茨鼓风机调试\n启动前检查润滑油位", "第二章 曝气风机出现异常振动时停机检查");

        String text = DocumentText.of(FileType.PDF, "application/pdf", pdf, 100_000).orElseThrow();

        assertThat(text).contains("罗茨鼓风机调试").contains("启动前检查润滑油位").contains("曝气风机出现异常振动");
    }

    @Test
    @DisplayName("R-K1 the text of an English PDF is extracted, cut at the limit")
    void englishPdf() {
        byte[] pdf = PdfFixtures.english("Replace the drive-end bearings every 20000 operating hours.");

        assertThat(DocumentText.of(FileType.PDF, "application/pdf", pdf, 100_000))
                .hasValueSatisfying(text -> assertThat(text).contains("drive-end bearings every 20000"));
        assertThat(DocumentText.of(FileType.PDF, "application/pdf", pdf, 11)).hasValue("Replace the");
    }

    @Test
    @DisplayName("R-K1 a text file is read in its encoding (GB18030 too); a damaged PDF or a picture has no text")
    void otherFiles() {
        byte[] gbk = "格栅机链条松动".getBytes(Charset.forName("GB18030"));
        assertThat(DocumentText.of(FileType.TEXT, "text/plain; charset=GB18030", gbk, 1000)).hasValue("格栅机链条松动");
        assertThat(DocumentText.of(FileType.TEXT, "text/plain; charset=UTF-8",
                "格栅机".getBytes(StandardCharsets.UTF_8), 1000)).hasValue("格栅机");
        assertThat(DocumentText.of(FileType.PDF, "application/pdf", DocumentFixtures.pdf("broken"), 1000)).isEmpty();
        assertThat(DocumentText.of(FileType.PNG, "image/png", DocumentFixtures.png(), 1000)).isEmpty();
    }
}
