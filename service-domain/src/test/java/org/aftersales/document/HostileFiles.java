package org.aftersales.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files made to exhaust whoever parses them, built in the test (nothing hostile is kept in the repository): Office
 * files with a decompression bomb inside, PDFs with too many pages or a page whose content unpacks to gigabytes.
 */
public final class HostileFiles {

    private static final long MB = 1024 * 1024;

    private HostileFiles() {}

    /**
     * A Word document whose body ({@code word/document.xml}) unpacks to {@code inflatedMb} MB from about a thousandth
     * of that: one paragraph of one letter repeated. Recognised as .docx by the upload check, as a real one is.
     */
    public static byte[] docxBomb(int inflatedMb) {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            word.createParagraph().createRun().setText("placeholder");
            word.write(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withPartReplaced(docx.toByteArray(), "word/document.xml", out -> {
            out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                            + "<w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            repeat(out, (byte) 'a', inflatedMb * MB);
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** An Excel workbook whose shared strings unpack to {@code inflatedMb} MB from about a thousandth of that. */
    public static byte[] xlsxBomb(int inflatedMb) {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook excel = new XSSFWorkbook()) {
            excel.createSheet("备件清单").createRow(0).createCell(0).setCellValue("placeholder");
            excel.write(xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withPartReplaced(xlsx.toByteArray(), "xl/sharedStrings.xml", out -> {
            out.write(("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\""
                            + " uniqueCount=\"1\"><si><t>")
                    .getBytes(StandardCharsets.UTF_8));
            repeat(out, (byte) 'a', inflatedMb * MB);
            out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A PDF of {@code pages} pages, all drawing the same short line (one content stream shared by all). */
    public static byte[] pdfWithPages(int pages) {
        try (PDDocument document = new PDDocument()) {
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("BT /F1 12 Tf 50 700 Td (Page of a very long manual) Tj ET"
                        .getBytes(StandardCharsets.US_ASCII));
            }
            PDPage first = null;
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                page.setContents(content);
                if (first == null) {
                    first = page;
                    page.setResources(new PDResources());
                    page.getResources()
                            .put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                } else {
                    page.setResources(first.getResources());
                }
                document.addPage(page);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF whose content stream unpacks to {@code inflatedMb} MB of drawing instructions ("save, restore",
     * over and over) from about a thousandth of that, followed by a line of text.
     */
    public static byte[] pdfWithHugeContent(int inflatedMb) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            byte[] instruction = "q Q\n".getBytes(StandardCharsets.US_ASCII);
            long repeats = inflatedMb * MB / instruction.length;
            InputStream instructions = new InputStream() {
                private long position;

                @Override
                public int read() {
                    return position < repeats * instruction.length
                            ? instruction[(int) (position++ % instruction.length)]
                            : -1;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    long left = repeats * instruction.length - position;
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(length, left);
                    for (int i = 0; i < n; i++) {
                        buffer[offset + i] = instruction[(int) (position++ % instruction.length)];
                    }
                    return n;
                }
            };
            page.setContents(new PDStream(document, instructions, COSName.FLATE_DECODE));
            try (PDPageContentStream text =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("Hidden behind a gigantic drawing");
                text.endText();
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A copy of a zip package with one part's content written anew, compressed as hard as deflate can. */
    private static byte[] withPartReplaced(byte[] zip, String part, PartWriter content) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(result)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    content.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result.toByteArray();
    }

    private static void repeat(OutputStream out, byte b, long count) throws IOException {
        byte[] chunk = new byte[(int) MB];
        Arrays.fill(chunk, b);
        for (long written = 0; written < count; written += chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, count - written));
        }
    }
}
