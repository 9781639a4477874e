package org.lianxin.notification.internal;

import java.time.OffsetDateTime;

/**
 * An outbox row claimed for a delivery attempt, as stored: the phone and the sealed part
 * are opened only to send.
 *
 * @param attempts the attempts made, this one included
 */
record QueuedMessage(long id, String channel, int attempts, OffsetDateTime queuedAt, String reference, String key,
		String subject, String record, String phoneCipher, String sealedMessage) {
}
