package org.lianxin.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.notification.Message;
import org.lianxin.notification.internal.Notifier;
import org.lianxin.notification.Recipient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Writes each message to the application log, without its secrets: what a deployment
 * without a gateway has, and what a developer reads.
 */
@Component
@ConditionalOnProperty(name = "lianxin.notification.log.enabled", havingValue = "true", matchIfMissing = true)
class LoggingNotifier implements Notifier {

	private static final Logger logger = LoggerFactory.getLogger(LoggingNotifier.class);

	@Override
	public String channel() {
		return "log";
	}

	@Override
	public boolean canReach(Recipient recipient) {
		return true;
	}

	@Override
	public boolean usesPhone() {
		return false;
	}

	@Override
	public boolean deliversAtOnce() {
		return true;
	}

	@Override
	public void send(Message message) {
		logger.info("Notification about {}: {}", message.reference(), message.record());
	}

}
