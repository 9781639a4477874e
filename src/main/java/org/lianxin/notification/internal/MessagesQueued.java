package org.lianxin.notification.internal;

import java.util.List;

/**
 * Messages were queued in the outbox and can be delivered once the queueing has
 * committed. Carries only row ids: event publications are stored in plain text.
 */
public record MessagesQueued(List<Long> outboxIds) {
}
