package org.aftersales.reports;

import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, tuned for registers of a million rows: the final .xlsx is deflated at the fastest level
 * (level 6 costs about twice the time for a few percent of size), and the rows kept in memory are a small window.
 */
class StreamingWorkbook extends SXSSFWorkbook {

    static final int ROWS_IN_MEMORY = 200;

    StreamingWorkbook() {
        super(null, ROWS_IN_MEMORY, false, false);
    }

    /** Appends streamed sheets to {@code template}, whose own sheets and styles are kept as they are. */
    StreamingWorkbook(XSSFWorkbook template) {
        super(template, ROWS_IN_MEMORY, false, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(java.io.OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
