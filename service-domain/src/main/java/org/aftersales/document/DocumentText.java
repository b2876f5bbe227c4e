package org.aftersales.document;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.extractor.POITextExtractor;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the words of a stored file for the knowledge-base search (R-K1 manuals, R-K3 full-text search), within the
 * limits of {@link TextLimits}: a plain-text file in the encoding recognised at upload (UTF-8 or GB18030), a PDF's
 * text layer with Apache PDFBox, an Office file's text (Word, Excel, PowerPoint, 2007+ and 97–2003) with Apache POI.
 * Pictures and drawings have no text here. Used once per file, when it is stored ({@link DocumentTextExtractor});
 * the text is kept with the document.
 *
 * <p>Reading works from a file, never from the whole content in memory, and stops at {@code maxChars} while reading:
 * a PDF page by page (and within a page, characters beyond the limit are not even collected), an Excel workbook row by
 * row as a stream (its sheets are never held as a tree), a Word document paragraph and table by table, a presentation
 * slide by slide. A Word or PowerPoint 2007+ part is held as a tree while read, bounded by the part size limit; a 97–2003
 * file's text cannot be larger than the file itself.
 *
 * <p>A file that cannot be read (damaged, encrypted with a password, only scanned images) simply has no text: the
 * document stays stored and downloadable, the search finds it by its title. A file that trips a limit — including the
 * heap or the stack running out while it is read — is {@link TextState#LIMIT_TRIPPED} and has no text either. Nothing
 * a file contains escapes from here but an {@link Error} other than those two.
 */
public final class DocumentText {

    private static final Logger LOG = Logger.getLogger(DocumentText.class.getName());

    private DocumentText() {}

    /** Whether files of this type carry text to read. */
    public static boolean readable(FileType type) {
        return switch (type) {
            case TEXT, PDF, DOCX, XLSX, PPTX, OFFICE_LEGACY -> true;
            default -> false;
        };
    }

    /**
     * Reads the text of {@code file} (called {@code name}, for the log), of the given type (and, for text, the content type with its charset), within
     * {@code limits}. Runs on the calling thread and takes as long as it takes: {@link DocumentTextExtractor} gives it
     * a thread and a time limit. An interrupt stops it at the next page or the next write ({@link TextLimit#TIME}).
     */
    public static TextExtraction extract(String name, FileType type, String contentType, Path file, TextLimits limits) {
        if (!readable(type)) {
            return TextExtraction.notATextType();
        }
        return guarded(name, () -> switch (type) {
            case TEXT -> TextExtraction.read(plain(file, charsetOf(contentType), limits.maxChars()));
            case PDF -> TextExtraction.read(pdf(file, limits));
            case XLSX -> TextExtraction.read(workbook(file, limits));
            default -> TextExtraction.read(office(file, limits));
        });
    }

    /** One reading of a file, as {@link #guarded} runs it. */
    @FunctionalInterface
    interface Reading {
        TextExtraction read() throws Exception;
    }

    /**
     * Runs a reading so that nothing in the file can harm the instance: a tripped limit, POI's and PDFBox's own
     * refusals, the heap or the stack running out become {@link TextState#LIMIT_TRIPPED} with the limit; any other
     * failure of the libraries becomes {@link TextState#UNREADABLE}. Logged either way, with what was read.
     */
    static TextExtraction guarded(String what, Reading reading) {
        try {
            return reading.read();
        } catch (OutOfMemoryError exhausted) {
            // What the reading held is unreachable now: the heap is back for the rest of the instance.
            LOG.log(Level.SEVERE, "Reading the text of " + what + " ran out of memory; stored without text");
            return TextExtraction.limitTripped(TextLimit.MEMORY);
        } catch (StackOverflowError tooDeep) {
            LOG.log(Level.WARNING, "Reading the text of " + what + " ran out of stack; stored without text");
            return TextExtraction.limitTripped(TextLimit.NESTING);
        } catch (Exception failed) {
            Optional<TextLimit> limit = limitNamedBy(failed);
            if (limit.isPresent()) {
                LOG.log(
                        Level.WARNING,
                        () -> "Reading the text of " + what + " tripped the " + limit.get()
                                + " limit; stored without text: " + firstLine(failed));
                return TextExtraction.limitTripped(limit.get());
            }
            LOG.log(Level.WARNING, () -> "No text read from " + what + ": " + firstLine(failed));
            return TextExtraction.unreadable();
        }
    }

    /**
     * The limit a failure reports: ours ({@link LimitTripped}), or POI's and PDFBox's, which they report as plain
     * {@link IOException}s and {@link RuntimeException}s told apart by their messages only, anywhere in the causes.
     */
    static Optional<TextLimit> limitNamedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof LimitTripped tripped) {
                return Optional.of(tripped.limit);
            }
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            if (message.startsWith("Zip bomb detected") && message.contains("max. ratio")) {
                return Optional.of(TextLimit.COMPRESSION_RATIO);
            }
            if (message.startsWith("Zip bomb detected") && message.contains("max size")) {
                return Optional.of(TextLimit.PART_SIZE);
            }
            if (message.contains("embeds more internal file entries than expected")) {
                return Optional.of(TextLimit.PART_COUNT);
            }
            if (message.startsWith("Tried to allocate an array of length")
                    || message.startsWith("Tried to read data but the maximum length")) {
                return Optional.of(TextLimit.RECORD_SIZE);
            }
            if (message.startsWith("Maximum allowed scratch file memory exceeded")) {
                return Optional.of(TextLimit.MEMORY);
            }
        }
        return Optional.empty();
    }

    private static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        int newline = message.indexOf('\n');
        return failure.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }

    private static Charset charsetOf(String contentType) {
        return contentType != null && contentType.endsWith("GB18030")
                ? Charset.forName("GB18030")
                : StandardCharsets.UTF_8;
    }

    /** A text file's first {@code maxChars} characters, read no further. */
    private static String plain(Path file, Charset charset, int maxChars) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, charset)) {
            char[] text = new char[maxChars];
            int length = 0;
            int read;
            while (length < maxChars && (read = in.read(text, length, maxChars - length)) >= 0) {
                length += read;
            }
            return new String(text, 0, length);
        }
    }

    // ---------------------------------------------------------------------------------------------------------- PDF

    /**
     * The text layer of a PDF, loaded from the file with PDFBox's buffers bounded, page by page: a page whose content
     * would unpack beyond the limit, or a page beyond the page limit, stops it; the character limit ends it.
     */
    private static String pdf(Path file, TextLimits limits) throws IOException {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(limits.pdfMemoryBytes(), limits.pdfScratchBytes());
        CappedText text = new CappedText(limits.maxChars());
        try (RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file);
                PDDocument pdf = Loader.loadPDF(source, memory.streamCache)) {
            if (pdf.getNumberOfPages() > limits.maxPdfPages()) {
                throw new LimitTripped(TextLimit.PAGES);
            }
            LimitedStripper stripper = new LimitedStripper(limits);
            stripper.setSortByPosition(true);
            stripper.writeText(pdf, text);
        } catch (CappedText.Full enough) {
            // The character limit is reached: what was read is the text.
        }
        return text.toString();
    }

    /** PDFBox's text stripper held to the limits: checked before each page, collecting no more than it may keep. */
    private static final class LimitedStripper extends PDFTextStripper {

        private final TextLimits limits;
        private int pages;
        private int positionsOnPage;

        LimitedStripper(TextLimits limits) {
            this.limits = limits;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new LimitTripped(TextLimit.TIME);
            }
            if (++pages > limits.maxPdfPages()) {
                // The page count in the catalogue may lie; the pages themselves do not.
                throw new LimitTripped(TextLimit.PAGES);
            }
            requireContentAtMost(page, limits.maxPdfContentBytes());
            positionsOnPage = 0;
            super.processPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition position) {
            // Each character is an object until the page is written: a page of millions is read, not collected.
            if (positionsOnPage < limits.maxChars()) {
                positionsOnPage++;
                super.processTextPosition(position);
            }
        }
    }

    /**
     * Unpacks a page's content streams once, counting, before PDFBox does (PDFBox unpacks a stream whole, in memory):
     * beyond {@code limit} bytes the page trips {@link TextLimit#CONTENT_SIZE}. Each stage of a chain of filters is
     * held to the limit too. A stream that does not unpack is left to PDFBox, which reads around damage.
     */
    static void requireContentAtMost(PDPage page, long limit) {
        long left = limit;
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            left -= unpackedLength(streams.next(), left);
        }
    }

    private static long unpackedLength(PDStream stream, long limit) {
        COSStream cos = stream.getCOSObject();
        try {
            List<COSName> filters = stream.getFilters();
            if (filters.isEmpty()) {
                long length = cos.getLength();
                if (length > limit) {
                    throw new LimitTripped(TextLimit.CONTENT_SIZE);
                }
                return length;
            }
            InputStream in = cos.createRawInputStream();
            try {
                for (int i = 0; ; i++) {
                    boolean last = i == filters.size() - 1;
                    Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                    BoundedOutput out = new BoundedOutput(limit, !last);
                    filter.decode(in, out, cos, i);
                    in.close();
                    if (last) {
                        return out.count();
                    }
                    in = out.asInput();
                }
            } finally {
                in.close();
            }
        } catch (IOException damaged) {
            return 0;
        }
    }

    // -------------------------------------------------------------------------------------------------------- Office

    /**
     * Sets POI's own limits for what follows. They are global in POI (static), set here before every reading so that
     * they hold whoever else touched them; this application reads Office files nowhere else (the reports only write).
     */
    private static void applyPoiLimits(TextLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        IOUtils.setByteArrayMaxOverride(limits.maxRecordBytes());
    }

    /**
     * An Excel 2007+ workbook's cell texts, sheet by sheet and row by row from the XML as a stream (no sheet is held as
     * a tree), stopped at the character limit. Shared strings are held, bounded by the part size limit.
     */
    private static String workbook(Path file, TextLimits limits) throws Exception {
        applyPoiLimits(limits);
        CappedText text = new CappedText(limits.maxChars());
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    text.append(sheets.getSheetName()).append('\n');
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(
                            new XSSFSheetXMLHandler(styles, strings, new CellTexts(text), formatter, false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (CappedText.Full enough) {
            // The character limit is reached: what was read is the text.
        }
        return text.toString();
    }

    /** Cells as text, tab-separated, one row per line, as POI's own extractor writes them. */
    private record CellTexts(CappedText text) implements SheetContentsHandler {

        @Override
        public void startRow(int row) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LimitTripped(TextLimit.TIME);
            }
        }

        @Override
        public void endRow(int row) {
            text.append('\n');
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value != null && !value.isEmpty()) {
                text.append(value).append('\t');
            }
        }
    }

    /**
     * The text of the other Office files: Word 2007+ paragraph and table by table, presentations slide by slide, each
     * stopped at the character limit; Word, Excel 97–2003 whole (their text is no larger than the file).
     */
    private static String office(Path file, TextLimits limits) throws IOException {
        applyPoiLimits(limits);
        File source = file.toFile();
        CappedText text = new CappedText(limits.maxChars());
        try (POITextExtractor extractor = ExtractorFactory.createExtractor(source)) {
            if (extractor instanceof XWPFWordExtractor word) {
                for (IBodyElement element : word.getDocument().getBodyElements()) {
                    StringBuilder part = new StringBuilder();
                    word.appendBodyElementText(part, element);
                    text.append(part);
                }
            } else if (extractor instanceof SlideShowExtractor<?, ?> slides) {
                slides(slides, text);
            } else {
                text.append(extractor.getText());
            }
        } catch (CappedText.Full enough) {
            // The character limit is reached: what was read is the text.
        }
        return text.toString();
    }

    /** Slide by slide; raw types, as POI's slide show generics do not meet a wildcard. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void slides(SlideShowExtractor extractor, CappedText text) {
        for (Object slide : extractor.getDocument().getSlides()) {
            text.append(extractor.getText((Slide) slide));
        }
    }

    // -------------------------------------------------------------------------------------------------------- shared

    /** Thrown where a limit is tripped while reading; {@link #guarded} turns it into {@link TextState#LIMIT_TRIPPED}. */
    static final class LimitTripped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final TextLimit limit;

        LimitTripped(TextLimit limit) {
            super(limit.name(), null, false, false);
            this.limit = limit;
        }
    }

    /**
     * The text read so far, never longer than the limit: the write that reaches it keeps what fits and ends the reading
     * ({@link Full}). Checks for an interrupt (the time limit) at every write.
     */
    static final class CappedText extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int max;

        CappedText(int max) {
            this.max = max;
        }

        /** Ends a reading when the limit is reached: not a failure. */
        static final class Full extends RuntimeException {

            private static final long serialVersionUID = 1L;

            Full() {
                super("character limit reached", null, false, false);
            }
        }

        @Override
        public CappedText append(CharSequence chars) {
            CharSequence sequence = chars == null ? "null" : chars;
            return append(sequence, 0, sequence.length());
        }

        @Override
        public CappedText append(CharSequence chars, int start, int end) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LimitTripped(TextLimit.TIME);
            }
            int room = max - text.length();
            if (end - start >= room) {
                text.append(chars, start, start + room);
                throw new Full();
            }
            text.append(chars, start, end);
            return this;
        }

        @Override
        public CappedText append(char c) {
            return append(String.valueOf(c));
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            append(CharBuffer.wrap(buffer, offset, length));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Counts what a filter writes and trips {@link TextLimit#CONTENT_SIZE} beyond the limit; keeps it if asked. */
    private static final class BoundedOutput extends OutputStream {

        private final long limit;
        private final ByteArrayOutputStream kept;
        private long count;

        BoundedOutput(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
            if (count > limit) {
                throw new LimitTripped(TextLimit.CONTENT_SIZE);
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        long count() {
            return count;
        }

        InputStream asInput() {
            return new ByteArrayInputStream(kept.toByteArray());
        }
    }
}
