package org.lianxin.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.notification.internal.Notifier;
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
	 * once that has committed, without making the caller wait; a channel that cannot fail
	 * (the log) takes it at once. A message whose key was queued before is not queued
	 * again.
	 * @return for how many channels it was queued now (0 for a key queued before)
	 */
	public int send(Message message) {
		Message deliverable = withUsablePhone(message);
		List<Notifier> reaching = this.notifiers.stream()
			.filter(notifier -> notifier.canReach(deliverable.recipient()))
			.toList();
		Set<String> atOnce = reaching.stream()
			.filter(Notifier::deliversAtOnce)
			.map(Notifier::channel)
			.collect(Collectors.toSet());
		Map<String, Long> queued = this.transactions.execute(status -> {
			Map<String, Long> rows = this.outbox.queue(deliverable, reaching.stream().map(Notifier::channel).toList(),
					atOnce, OffsetDateTime.now(this.clock));
			reaching.stream()
				.filter(notifier -> atOnce.contains(notifier.channel()) && rows.containsKey(notifier.channel()))
				.forEach(notifier -> deliverAtOnce(notifier, deliverable));
			return rows;
		});
		List<Long> toDeliver = queued.entrySet()
			.stream()
			.filter(row -> !atOnce.contains(row.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		if (!toDeliver.isEmpty()) {
			this.events.publishEvent(new MessagesQueued(toDeliver));
		}
		return queued.size();
	}

	private static void deliverAtOnce(Notifier notifier, Message message) {
		try {
			notifier.send(message);
		}
		catch (Exception ex) {
			// said to be unable to fail; if it does, its line still says sent, and the
			// log
			// says why
			logger.warn("{} could not take a message about {}: {}", notifier.channel(), message.reference(),
					ex.toString());
		}
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
