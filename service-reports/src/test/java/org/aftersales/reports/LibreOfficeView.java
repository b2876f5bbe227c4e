package org.aftersales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A workbook as a user sees it in a spreadsheet that never recalculates: LibreOffice (headless) with a fresh profile
 * whose {@code /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode} is 1 ("never", LibreOffice's own default for
 * .xlsx is "never recalculate" too) opens the .xlsx and prints it to PDF; the PDF's text is what the page shows —
 * formula cells with the value stored in the file, "###" where a number does not fit its column. LibreOffice and the
 * CJK fonts must be installed (.ci/run installs libreoffice-calc-nogui and fonts-noto-cjk).
 *
 * <p>Seen with LibreOffice 7.4: a formula stored with a value (POI's SXSSF stores 0) shows that value — the ¥0.00 of
 * issue 18 — but a formula stored with no value at all is computed even so; the tests therefore also read the stored
 * values with POI, which never computes them.
 */
public final class LibreOfficeView {

    private LibreOfficeView() {}

    /** Renders {@code workbook} to PDF in {@code folder} without recalculating and returns the PDF. */
    public static Path pdfWithoutRecalculation(Path workbook, Path folder) throws Exception {
        Path out = Files.createDirectories(folder.resolve("pdf"));
        Path profile = folder.resolve("lo-profile-never-recalc");
        Path settings = Files.createDirectories(profile.resolve("user"));
        Files.writeString(settings.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
                oor:op="fuse"><value>1</value></prop></item>
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" \
                oor:op="fuse"><value>1</value></prop></item>
                </oor:items>
                """);
        Process soffice = new ProcessBuilder(
                        "soffice",
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation=" + profile.toUri(),
                        "--convert-to",
                        "pdf:calc_pdf_Export",
                        "--outdir",
                        out.toString(),
                        workbook.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(soffice.getInputStream().readAllBytes());
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice finished: " + output)
                .isTrue();
        String name = workbook.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as("LibreOffice rendered the file: " + output).exists();
        return pdf;
    }

    /** The text of the PDF's pages in the order LibreOffice drew it (row by row). */
    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(document);
        }
    }

    /** The text of each page of the PDF, in page order. */
    public static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Each page of the PDF as a picture, at {@code dpi}: what a printout shows, charts included. */
    public static List<BufferedImage> pageImages(Path pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(renderer.renderImageWithDPI(page, dpi));
            }
            return pages;
        }
    }

    /** What LibreOffice shows of {@code workbook}, never recalculating: the text of its PDF rendering. */
    public static String shownText(Path workbook, Path folder) throws Exception {
        return text(pdfWithoutRecalculation(workbook, folder));
    }
}
