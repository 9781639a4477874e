package org.lianxin.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.notification.internal.MessagesQueued;
import org.lianxin.notification.internal.Outbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends messages through every enabled notifier that can reach the recipient, by way of
 * the outbox: a message is first kept there, one row per channel, and then delivered; a
 * failed delivery is retried with back-off until it goes out or the retry policy gives
 * up, so a gateway outage delays a message but does not lose it.
 */
@Service
public class Notifications {

	private static final Logger logger = LoggerFactory.getLogger(Notifications.class);

	private final List<Notifier> notifiers;

	private final Outbox outbox;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Notifications(List<Notifier> notifiers, Outbox outbox, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.notifiers = notifiers;
		this.outbox = outbox;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Queues the message, in the caller's transaction if there is one, and delivers it
	 * once that has committed, without making the caller wait. A message whose key was
	 * queued before is not queued again.
	 * @return for how many channels it was queued now (0 for a key queued before)
	 */
	public int send(Message message) {
		Message deliverable = withUsablePhone(message);
		List<String> channels = this.notifiers.stream()
			.filter(notifier -> notifier.canReach(deliverable.recipient()))
			.map(Notifier::channel)
			.toList();
		List<Long> queued = this.transactions
			.execute(status -> this.outbox.queue(deliverable, channels, OffsetDateTime.now(this.clock)));
		if (!queued.isEmpty()) {
			this.events.publishEvent(new MessagesQueued(queued));
		}
		return queued.size();
	}

	/**
	 * Only a valid number can be stored encrypted, and no gateway could send to another;
	 * the other channels still carry the message.
	 */
	private static Message withUsablePhone(Message message) {
		Recipient to = message.recipient();
		if (!to.hasPhone()) {
			return message;
		}
		String phone = PhoneNumbers.normalise(to.phone()).orElse(null);
		if (phone == null) {
			logger.warn("A message about {} leaves out a phone number that is not one", message.reference());
		}
		return new Message(new Recipient(to.name(), phone, to.email()), message.subject(), message.text(),
				message.reference(), message.record(), message.key());
	}

}
