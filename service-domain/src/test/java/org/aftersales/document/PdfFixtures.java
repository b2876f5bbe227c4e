package org.aftersales.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real PDFs made with PDFBox, one page per entry, one line per line of it: English in Helvetica, Chinese in a subset
 * of Noto Sans CJK SC embedded in the PDF (test resource {@code fonts/}, see its README for the characters it has).
 */
public final class PdfFixtures {

    private static final String CJK_FONT = "/fonts/NotoSansCJKsc-subset.ttf";

    private PdfFixtures() {}

    public static byte[] english(String... pages) {
        return pdf(false, pages);
    }

    public static byte[] chinese(String... pages) {
        return pdf(true, pages);
    }

    private static byte[] pdf(boolean chinese, String... pages) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = chinese
                    ? PDType0Font.load(document, PdfFixtures.class.getResourceAsStream(CJK_FONT))
                    : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.setLeading(20);
                    content.newLineAtOffset(50, 700);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
