package org.aftersales.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.notification.MailSettings;
import org.aftersales.notification.Mailer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The archived monthly report mailed to the configured recipients (R-O3), against a real SMTP server (GreenMail). */
class MonthlyReportMailingTest extends ArchiveJobFixture {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final String FILE_NAME = "售后服务月报 2026-02.xlsx";

    private static MonthlyReportMailing mailing(EntityManager em, String recipients, int port) {
        MonthlyReportMailing mailing = new MonthlyReportMailing();
        mailing.archive = archive(em);
        mailing.mailSettings = new MailSettings(true, "127.0.0.1", port, "aftersales@example.com");
        mailing.mailer = new Mailer(mailing.mailSettings);
        mailing.recipients = Optional.ofNullable(recipients);
        return mailing;
    }

    private MonthlyReportMailing mailing(String recipients) {
        return mailing(database.em(), recipients, SMTP.getSmtp().getPort());
    }

    /** A real workbook, as the scheduled job archives it: the summary sheet with the month. */
    private void archiveFebruary() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("汇总").createRow(0).createCell(0).setCellValue("2026-02");
            workbook.write(out);
            archive(database.em()).insert(FEBRUARY, new MonthlyReportArchive.Workbook(FILE_NAME, out.toByteArray()));
        }
    }

    private Object mailedAt() {
        return database.inTransaction(() -> database.em()
                .createNativeQuery("select mailed_at from monthly_report where report_month = '2026-02'")
                .getSingleResult());
    }

    private static Part attachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }

    @Test
    @DisplayName("R-O3 the archived monthly report is mailed to the configured recipients: Chinese subject with the"
            + " month, the workbook attached and readable, the time recorded")
    void mailed() throws Exception {
        archiveFebruary();

        boolean mailed = mailing("gm@example.com, leader@example.com").mailOnce(FEBRUARY);

        assertThat(mailed).isTrue();
        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("【售后服务】2026年2月售后服务月报");
        assertThat(Arrays.stream(received.getAllRecipients()).map(Address::toString))
                .containsExactlyInAnyOrder("gm@example.com", "leader@example.com");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("2026年2月售后服务月报");
        Part attachment = attachment(received);
        assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo(FILE_NAME);
        try (InputStream in = attachment.getInputStream();
                Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("汇总").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("2026-02");
        }
        assertThat(mailedAt()).isNotNull();
    }

    @Test
    @DisplayName("R-O3 triggered twice, the monthly report is mailed once")
    void mailedOnceWhenTriggeredTwice() throws Exception {
        archiveFebruary();

        boolean first = mailing("gm@example.com").mailOnce(FEBRUARY);
        boolean second = mailing("gm@example.com").mailOnce(FEBRUARY);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        SMTP.waitForIncomingEmail(2000, 2);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    @DisplayName(
            "R-O3 two instances mailing the same month at the same moment: one mail, the claim on mailed_at decides")
    void concurrentInstancesMailOnce() throws Exception {
        archiveFebruary();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                Callable<Boolean> run = () -> {
                    EntityManager em = database.newEntityManager();
                    try {
                        start.await(10, TimeUnit.SECONDS);
                        return mailing(em, "gm@example.com", SMTP.getSmtp().getPort())
                                .mailOnce(FEBRUARY);
                    } finally {
                        em.close();
                    }
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> outcome : runs) {
                outcomes.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
            SMTP.waitForIncomingEmail(2000, 2);
            assertThat(SMTP.getReceivedMessages()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R-O3 no recipients configured: nothing is sent and the month stays unmailed")
    void noRecipients() throws Exception {
        archiveFebruary();

        assertThat(mailing((String) null).mailOnce(FEBRUARY)).isFalse();
        assertThat(mailing(" , ").mailOnce(FEBRUARY)).isFalse();

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(mailedAt()).isNull();
    }

    @Test
    @DisplayName("R-O3 a month not archived yet is not mailed; a mail server that is down gives the claim back, and"
            + " the next check mails the report")
    void retriedAfterFailure() throws Exception {
        assertThat(mailing("gm@example.com").mailOnce(FEBRUARY)).isFalse();
        archiveFebruary();

        boolean whileDown = mailing(database.em(), "gm@example.com", 1).mailOnce(FEBRUARY);
        assertThat(whileDown).isFalse();
        assertThat(mailedAt()).isNull();

        assertThat(mailing("gm@example.com").mailOnce(FEBRUARY)).isTrue();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(mailedAt()).isNotNull();
    }

    @Test
    @DisplayName("R-O3 with no recipients the hourly check logs \"not mailed\" once per month, not at every check;"
            + " still nothing is sent")
    void notMailedLoggedOncePerMonth() throws Exception {
        archiveFebruary();
        List<String> logged = new ArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(MonthlyReportMailing.class.getName());
        java.util.logging.Handler recorder = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(recorder);
        try {
            MonthlyReportMailing mailing = mailing((String) null);
            for (int check = 0; check < 3; check++) {
                assertThat(mailing.mailOnce(FEBRUARY)).isFalse();
            }
            assertThat(mailing.mailOnce(FEBRUARY.plusMonths(1))).isFalse();
            assertThat(mailing.mailOnce(FEBRUARY.plusMonths(1))).isFalse();
        } finally {
            log.removeHandler(recorder);
        }

        assertThat(logged)
                .containsExactly(
                        "Monthly report 2026-02 not mailed: no recipients configured (aftersales.monthly-report.recipients)",
                        "Monthly report 2026-03 not mailed: no recipients configured (aftersales.monthly-report.recipients)");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(mailedAt()).isNull();
    }
}
