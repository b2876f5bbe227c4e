package org.aftersales.notification;

/**
 * One e-mail to send once the transaction that made its notification has committed: fired as a CDI event, sent by
 * {@link Mailer} after success only, so a rolled-back act never mails anyone.
 */
public record OutgoingMail(String to, String subject, String body) {}
