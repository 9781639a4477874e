package org.lianxin.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.notification.Message;
import org.lianxin.notification.internal.Notifier;

import org.springframework.scheduling.annotation.Async;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers what the outbox holds: each message right after it is queued, and every
 * message due for a retry when the retry job runs. A channel's success marks its row SENT
 * at once, so no later attempt sends it again; a failure leaves it for the next attempt
 * the {@link RetryPolicy} sets, or gives it up.
 */
@Component
public class OutboxDelivery {

	private static final Logger logger = LoggerFactory.getLogger(OutboxDelivery.class);

	private static final int BATCH = 50;

	private final Outbox outbox;

	private final Map<String, Notifier> notifiers;

	private final PhoneNumbers phones;

	private final RetryPolicy policy;

	private final Clock clock;

	OutboxDelivery(Outbox outbox, List<Notifier> notifiers, PhoneNumbers phones, RetryPolicy policy, Clock clock) {
		this.outbox = outbox;
		this.notifiers = notifiers.stream().collect(Collectors.toMap(Notifier::channel, Function.identity()));
		this.phones = phones;
		this.policy = policy;
		this.clock = clock;
	}

	/** What one run of deliveries came to. */
	public record Outcome(int sent, int failed) {
	}

	/**
	 * The first attempt, once the queueing has committed. Not a module listener: that
	 * would hold a database connection through the gateway's answer; the outbox row, not
	 * the event, is what keeps the message.
	 */
	@Async
	@TransactionalEventListener(fallbackExecution = true)
	void on(MessagesQueued queued) {
		attempt(queued.outboxIds(), OffsetDateTime.now(this.clock));
	}

	/** Attempts these messages if they are due at {@code now}. */
	public Outcome attempt(Collection<Long> ids, OffsetDateTime now) {
		return ids.isEmpty() ? new Outcome(0, 0) : deliver(this.outbox.claimDue(now, ids, ids.size()), now);
	}

	/**
	 * Sends a pending or failed message again now, whatever its back-off says: an
	 * administrator's retry.
	 * @return what the attempt came to; empty if there is no such message to retry
	 */
	public Optional<Outcome> retryNow(long id) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.outbox.makeDue(id, now) ? Optional.of(attempt(List.of(id), now)) : Optional.empty();
	}

	/** Attempts every message due at {@code now}: what the retry job runs. */
	public Outcome retryDue(OffsetDateTime now) {
		int sent = 0;
		int failed = 0;
		List<QueuedMessage> due;
		do {
			due = this.outbox.claimDue(now, null, BATCH);
			Outcome outcome = deliver(due, now);
			sent += outcome.sent();
			failed += outcome.failed();
		}
		while (due.size() == BATCH);
		if (sent + failed > 0) {
			logger.info("Notification retries: {} sent, {} failed again", sent, failed);
		}
		return new Outcome(sent, failed);
	}

	private Outcome deliver(List<QueuedMessage> claimed, OffsetDateTime now) {
		int sent = 0;
		for (QueuedMessage queued : claimed) {
			String error = send(queued);
			if (error == null) {
				recordDelivered(queued.id(), now);
				sent++;
			}
			else {
				boolean givenUp = this.policy.givesUp(queued.attempts(), queued.queuedAt(), now);
				this.outbox.failed(queued.id(), error, this.policy.nextAttempt(now, queued.attempts()), givenUp);
				logger.warn("{} could not deliver a message about {} (attempt {}{}): {}", queued.channel(),
						queued.reference(), queued.attempts(), givenUp ? ", given up" : "", error);
			}
		}
		return new Outcome(sent, claimed.size() - sent);
	}

	/**
	 * The channel has the message: that must be recorded even through a passing database
	 * outage, or a later run would send it again. Tried for most of the attempt's lease;
	 * only a node that dies meanwhile leaves the message to be sent a second time.
	 */
	private void recordDelivered(long id, OffsetDateTime now) {
		long deadline = System.nanoTime() + Outbox.ATTEMPT_LEASE.dividedBy(2).toNanos();
		for (long waitMillis = 200;; waitMillis = Math.min(2 * waitMillis, 5_000)) {
			try {
				this.outbox.delivered(id, now);
				return;
			}
			catch (DataAccessException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				try {
					Thread.sleep(waitMillis);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * @return why it failed, or {@code null} once the channel took it
	 */
	private String send(QueuedMessage queued) {
		Notifier notifier = this.notifiers.get(queued.channel());
		if (notifier == null) {
			return "channel " + queued.channel() + " is no longer configured";
		}
		try {
			String phone = (queued.phoneCipher() != null && notifier.usesPhone())
					? this.phones.reveal(new ProtectedPhone(queued.phoneCipher(), null, null, null),
							"notification " + queued.id(), "发送通知")
					: null;
			Message message = this.outbox.open(queued, phone);
			notifier.send(message);
			return null;
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

}
