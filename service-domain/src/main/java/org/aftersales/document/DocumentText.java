package org.aftersales.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.extractor.POITextExtractor;

/**
 * The words of a stored document, for the knowledge-base search (R-K1 manuals, R-K3 full-text search): a plain-text
 * file decoded in the encoding recognised at upload (UTF-8 or GB18030), a PDF's text layer read with Apache PDFBox,
 * page by page until {@code maxChars}, an Office file's text (Word, Excel, PowerPoint, 2007+ and 97–2003) read with
 * Apache POI. Other types (pictures, drawings) have no text here.
 *
 * <p>A PDF or Office file that cannot be read (damaged, encrypted with an owner password, only scanned images) simply has no text:
 * the document stays stored and downloadable, the search finds it by its title and changes only. A scanned PDF
 * would need OCR, which this does not do.
 */
public final class DocumentText {

    private static final Logger LOG = Logger.getLogger(DocumentText.class.getName());

    private DocumentText() {}

    /** The searchable text of the content of {@code document}, at most {@code maxChars} characters. */
    public static Optional<String> of(StoredDocument document, byte[] content, int maxChars) {
        return of(document.getFileType(), document.getContentType(), content, maxChars);
    }

    static Optional<String> of(FileType type, String contentType, byte[] content, int maxChars) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        String text = switch (type) {
            case TEXT -> new String(content, charsetOf(contentType));
            case PDF -> pdf(content, maxChars);
            case DOCX, XLSX, PPTX, OFFICE_LEGACY -> office(content);
            default -> null;
        };
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return Optional.of(stripped.length() > maxChars ? stripped.substring(0, maxChars) : stripped);
    }

    private static Charset charsetOf(String contentType) {
        return contentType != null && contentType.endsWith("GB18030")
                ? Charset.forName("GB18030")
                : StandardCharsets.UTF_8;
    }

    /** The text of an Office file: paragraphs and tables, cell values, slide texts. */
    private static String office(byte[] content) {
        try (POITextExtractor extractor = ExtractorFactory.createExtractor(new ByteArrayInputStream(content))) {
            return extractor.getText();
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "no text extracted from an Office file: " + unreadable);
            return null;
        }
    }

    /** The text layer of a PDF, read page by page and stopped once {@code maxChars} are reached. */
    private static String pdf(byte[] content, int maxChars) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            StringBuilder text = new StringBuilder();
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages && text.length() < maxChars; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf)).append('\n');
            }
            return text.toString();
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "no text extracted from a PDF: " + unreadable);
            return null;
        }
    }
}
