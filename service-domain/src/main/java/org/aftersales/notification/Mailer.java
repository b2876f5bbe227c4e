package org.aftersales.notification;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends notification e-mails through the configured SMTP server (Jakarta Mail, {@link MailSettings}), after the
 * transaction that made them committed. Mail is a courtesy next to the portal inbox, which already holds every
 * notification: a mail server that is down or refuses a message is logged, never allowed to fail the business act.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    MailSettings settings;

    public Mailer() {}

    public Mailer(MailSettings settings) {
        this.settings = settings;
    }

    /** The transaction committed: now the mail may go. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        send(mail);
    }

    /**
     * Sends one mail, UTF-8 subject and body (Chinese as written).
     *
     * @return whether it was handed to the server; {@code false} when mail is off or the server failed (logged)
     */
    public boolean send(OutgoingMail mail) {
        return send(mail, List.of());
    }

    /**
     * Sends one mail with files attached (UTF-8 file names, so Chinese names arrive as written); a mail without
     * attachments is sent as plain text exactly as {@link #send(OutgoingMail)}.
     *
     * @return whether it was handed to the server; {@code false} when mail is off or the server failed (logged)
     */
    public boolean send(OutgoingMail mail, List<MailAttachment> attachments) {
        if (!settings.enabled() || mail.to() == null || mail.to().isBlank()) {
            return false;
        }
        try {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", settings.host());
            properties.put("mail.smtp.port", String.valueOf(settings.port()));
            properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeoutMs()));
            properties.put("mail.smtp.timeout", String.valueOf(settings.timeoutMs()));
            properties.put("mail.smtp.writetimeout", String.valueOf(settings.timeoutMs()));
            Session session = Session.getInstance(properties);
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            if (attachments.isEmpty()) {
                message.setText(mail.body(), "UTF-8");
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), "UTF-8");
                parts.addBodyPart(text);
                for (MailAttachment attachment : attachments) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(
                            new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                    file.setFileName(MimeUtility.encodeText(attachment.fileName(), "UTF-8", "B"));
                    file.setDisposition(Part.ATTACHMENT);
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
            }
            message.setSentDate(new Date());
            Transport.send(message);
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Mail to " + mail.to() + " (" + mail.subject() + ") not sent: " + failed, failed);
            return false;
        }
    }
}
