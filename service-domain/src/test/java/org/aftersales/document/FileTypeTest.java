package org.aftersales.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    @DisplayName("R-K1 allowed types are recognised by their content: PDF, PNG, JPEG, GIF, Office, DWG, text")
    void recognisesAllowedTypes() {
        assertThat(FileType.detect(DocumentFixtures.pdf("manual"))).contains(FileType.PDF);
        assertThat(FileType.detect(DocumentFixtures.png())).contains(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .contains(FileType.JPEG);
        assertThat(FileType.detect("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileType.GIF);
        assertThat(FileType.detect(DocumentFixtures.officeOpenXml("word"))).contains(FileType.DOCX);
        assertThat(FileType.detect(DocumentFixtures.officeOpenXml("xl"))).contains(FileType.XLSX);
        assertThat(FileType.detect(DocumentFixtures.officeOpenXml("ppt"))).contains(FileType.PPTX);
        assertThat(FileType.detect(new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                }))
                .contains(FileType.OFFICE_LEGACY);
        assertThat(FileType.detect("AC1032\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII)))
                .contains(FileType.DWG);
        assertThat(FileType.detect("罗茨鼓风机异常振动\r\n".getBytes(StandardCharsets.UTF_8)))
                .contains(FileType.TEXT);
        assertThat(FileType.detect("罗茨鼓风机异常振动".getBytes(Charset.forName("GB18030"))))
                .contains(FileType.TEXT);
    }

    @Test
    @DisplayName("R-K1 anything else is refused: an executable, an arbitrary zip, binary data, an empty file")
    void refusesOtherContent() {
        assertThat(FileType.detect(DocumentFixtures.executable())).isEmpty();
        assertThat(FileType.detect(DocumentFixtures.officeOpenXml("scripts"))).isEmpty();
        assertThat(FileType.detect(new byte[] {1, 2, 3, 4, 0, 5})).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
    }

    @Test
    @DisplayName("R-K1 the name must agree with the content: a PNG is no .pdf, an upper-case .PDF is a .pdf")
    void nameMustAgreeWithContent() {
        assertThat(FileType.PDF.matchesName("泵站手册.PDF")).isTrue();
        assertThat(FileType.PNG.matchesName("泵站手册.pdf")).isFalse();
        assertThat(FileType.TEXT.matchesName("readme")).isFalse();
        assertThat(FileType.JPEG.extensionFor("photo.JPEG")).isEqualTo("jpeg");
        assertThat(FileType.TEXT.contentTypeFor("中文".getBytes(Charset.forName("GB18030"))))
                .isEqualTo("text/plain; charset=GB18030");
        assertThat(FileType.TEXT.contentTypeFor("中文".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain; charset=UTF-8");
    }
}
