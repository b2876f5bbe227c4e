package org.aftersales.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.aftersales.notification.MailAttachment;
import org.aftersales.notification.MailSettings;
import org.aftersales.notification.Mailer;
import org.aftersales.notification.OutgoingMail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails the archived monthly report to the general manager's configured recipients (R-O3; issue 6: "archived,
 * downloadable, and e-mailed to the configured recipients") — the workbook attached, subject and text in Chinese.
 *
 * <p>Recipients: {@code aftersales.monthly-report.recipients}, addresses separated by commas; none configured (or mail
 * off, {@code aftersales.mail.enabled}) means nothing is sent, which is logged. "Once per month" holds across a cluster
 * like the archive itself: before sending, an instance claims the month by setting {@code mailed_at} where it is still
 * empty ({@link MonthlyReportArchive#claimMailing}); the database lets one such update match, so the other instance
 * sends nothing. A send that fails gives the claim back and the next check tries again.
 *
 * <p>The job asks every hour; that the month is not mailed for want of recipients (or with mail off) is news once, so
 * it is logged once per month and reason on each instance, not at every check.
 */
@ApplicationScoped
public class MonthlyReportMailing {

    private static final Logger LOG = Logger.getLogger(MonthlyReportMailing.class.getName());

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    MonthlyReportArchive archive;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings mailSettings;

    /** The month and reason last logged as "not mailed", so that the hourly check does not repeat it. */
    private final AtomicReference<String> lastNotMailed = new AtomicReference<>();

    @Inject
    @ConfigProperty(name = "aftersales.monthly-report.recipients")
    Optional<String> recipients = Optional.empty();

    /** The configured recipients, trimmed, blanks dropped. */
    public List<String> recipients() {
        return recipients
                .map(list -> Arrays.stream(list.split("[,;]"))
                        .map(String::strip)
                        .filter(address -> !address.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /**
     * Mails {@code month}'s archived report unless it was mailed already (by this or another instance).
     *
     * @return whether this call mailed it
     */
    public boolean mailOnce(YearMonth month) {
        List<String> to = recipients();
        if (to.isEmpty()) {
            notMailed(month, "no recipients configured (aftersales.monthly-report.recipients)");
            return false;
        }
        if (!mailSettings.enabled()) {
            notMailed(month, "mail is off (aftersales.mail.enabled)");
            return false;
        }
        if (!claimed(month)) {
            return false; // not archived yet, or mailed by someone already
        }
        Optional<MonthlyReportArchive.Workbook> workbook = archive.workbook(month);
        boolean sent = workbook.isPresent()
                && mailer.send(
                        new OutgoingMail(
                                String.join(", ", to),
                                subject(month),
                                body(month, workbook.get().fileName())),
                        List.of(new MailAttachment(
                                workbook.get().fileName(), XLSX, workbook.get().content())));
        if (!sent) {
            archive.releaseMailing(month); // logged by the mailer; the next check tries again
            return false;
        }
        LOG.info("Monthly report " + month + " mailed to " + to.size() + " recipient(s)");
        return true;
    }

    /** Logs why {@code month} is not mailed, unless this instance said so for the same month and reason already. */
    private void notMailed(YearMonth month, String reason) {
        String key = month + " " + reason;
        if (!key.equals(lastNotMailed.getAndSet(key))) {
            LOG.info("Monthly report " + month + " not mailed: " + reason);
        }
    }

    private boolean claimed(YearMonth month) {
        try {
            return archive.claimMailing(month);
        } catch (RuntimeException concurrentUpdate) {
            // A database that refuses, rather than waits for, the other instance's claim on the same row: theirs.
            LOG.info("Monthly report " + month + " claimed by another instance: " + concurrentUpdate);
            return false;
        }
    }

    /** 【售后服务】2026年2月售后服务月报 */
    static String subject(YearMonth month) {
        return "【售后服务】" + chinese(month) + "售后服务月报";
    }

    static String body(YearMonth month, String fileName) {
        return "您好：\n\n附件为" + chinese(month) + "售后服务月报（" + fileName + "），由系统按月自动生成并存档，"
                + "可在售后服务系统“报表 → 月报存档”中随时下载。\n\n此邮件由售后服务系统自动发送，请勿直接回复。";
    }

    private static String chinese(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
