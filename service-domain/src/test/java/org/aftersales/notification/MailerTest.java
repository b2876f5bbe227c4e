package org.aftersales.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notification mail against a real in-process SMTP server (GreenMail): what arrives, and a server that is down. */
class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static Mailer mailer(int port, boolean enabled) {
        return new Mailer(new MailSettings(enabled, "127.0.0.1", port, "aftersales@example.com"));
    }

    @Test
    @DisplayName("R-S5 a breach notification is mailed: the case number in the subject, the Chinese text decoded")
    void mailArrives() throws Exception {
        String subject = NotificationTexts.subject(
                NotificationKind.CLOCK_BREACHED,
                NotificationTexts.CHINESE,
                "SC-2026-00042",
                "P-EAST",
                org.aftersales.servicecase.ClockKind.REPLY,
                "2026-03-10 09:00");
        String body = NotificationTexts.text(
                NotificationKind.CLOCK_BREACHED,
                NotificationTexts.CHINESE,
                "SC-2026-00042",
                "P-EAST",
                org.aftersales.servicecase.ClockKind.REPLY,
                "2026-03-10 09:00");

        boolean sent =
                mailer(SMTP.getSmtp().getPort(), true).send(new OutgoingMail("specialist@example.com", subject, body));

        assertThat(sent).isTrue();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("【售后服务】超时：服务单 SC-2026-00042");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("specialist@example.com");
        assertThat(GreenMailUtil.getBody(received)).isNotEmpty();
        assertThat(received.getContent().toString().strip())
                .isEqualTo("服务单 SC-2026-00042（项目 P-EAST）：答复业主时限已于 2026-03-10 09:00 超时未完成。");
    }

    @Test
    @DisplayName("R-S5 a mail server that is down is logged, never thrown: the business act stands")
    void serverDown() {
        boolean sent = mailer(1, true).send(new OutgoingMail("leader@example.com", "x", "y"));

        assertThat(sent).isFalse();
    }

    @Test
    @DisplayName("R-S5 mail is off by default: nothing is sent")
    void offByDefault() {
        boolean sent = new Mailer(new MailSettings()).send(new OutgoingMail("leader@example.com", "x", "y"));

        assertThat(sent).isFalse();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
