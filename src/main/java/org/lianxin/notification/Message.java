package org.lianxin.notification;

/**
 * A message to send.
 *
 * @param subject a short title (email subject)
 * @param reference what it is about, e.g. {@code opinion 42}, for the outbox
 * @param record the text as logs and the outbox keep it: without secrets such as a
 * private link, which only the recipient should hold
 * @param key what makes this message one, e.g. {@code opinion 42 received}: a message
 * whose key was queued before is not queued again, so an event delivered twice sends once
 */
public record Message(Recipient recipient, String subject, String text, String reference, String record, String key) {
}
