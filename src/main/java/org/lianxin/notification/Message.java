package org.lianxin.notification;

/**
 * A message to send.
 *
 * @param subject a short title (email subject)
 * @param reference what it is about, e.g. {@code opinion 42}, for the outbox
 */
public record Message(Recipient recipient, String subject, String text, String reference) {
}
