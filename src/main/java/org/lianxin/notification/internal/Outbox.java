package org.lianxin.notification.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.SecretTexts;
import org.lianxin.notification.Message;
import org.lianxin.notification.Recipient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification outbox: messages queued per channel, claimed for an attempt, and
 * marked with how it went. The recipient is shown masked; what a retry needs is stored
 * encrypted.
 */
@Component
public class Outbox {

	/**
	 * How long an attempt under way keeps every other run off its message: longer than a
	 * gateway call and the recording of its outcome together, so that a message is only
	 * taken up again when its node died in between.
	 */
	static final Duration ATTEMPT_LEASE = Duration.ofMinutes(5);

	private static final int ERROR_LENGTH = 500;

	private final JdbcClient jdbc;

	private final PhoneNumbers phones;

	private final SecretTexts secrets;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	Outbox(JdbcClient jdbc, PhoneNumbers phones, SecretTexts secrets, JsonMapper json,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.phones = phones;
		this.secrets = secrets;
		this.json = json;
		this.transactions = transactions;
	}

	/** What a retry needs and the outbox must not show. */
	record Confidential(String name, String email, String text) {
	}

	/**
	 * Queues the message for each channel, due at once; a channel that already has this
	 * message's key is left as it is.
	 * @return the ids of the rows queued now
	 */
	public Map<String, Long> queue(Message message, List<String> channels, Set<String> deliveredAtOnce,
			OffsetDateTime now) {
		if (channels.isEmpty()) {
			return Map.of();
		}
		Recipient to = message.recipient();
		String phoneCipher = to.hasPhone() ? this.phones.protect(to.phone()).cipherText() : null;
		String sealed = this.secrets
			.seal(this.json.writeValueAsString(new Confidential(to.name(), to.email(), message.text())));
		Map<String, Long> queued = new LinkedHashMap<>();
		for (String channel : channels) {
			boolean atOnce = deliveredAtOnce.contains(channel);
			this.jdbc.sql("""
					insert into notification_outbox (message_key, channel, recipient, reference, subject, text, status,
					                                 attempts, next_attempt_at, last_attempt_at, sent_at, created_at,
					                                 phone_cipher, sealed_message)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (message_key, channel) do nothing
					returning id""")
				.params(message.key(), channel, masked(to), message.reference(), message.subject(), message.record(),
						atOnce ? "SENT" : "PENDING", atOnce ? 1 : 0, atOnce ? null : now, atOnce ? now : null,
						atOnce ? now : null, now, phoneCipher, sealed)
				.query(Long.class)
				.optional()
				.ifPresent(id -> queued.put(channel, id));
		}
		return queued;
	}

	/**
	 * Claims the messages due at {@code now} for one attempt, among {@code only} if
	 * given: their next attempt moves to where the policy puts it after this one, so
	 * another node's job or a crash mid-send leaves them for a later retry, not a second
	 * send now.
	 */
	List<QueuedMessage> claimDue(OffsetDateTime now, Collection<Long> only, int limit) {
		return this.transactions.execute(status -> {
			JdbcClient.StatementSpec select = this.jdbc
				.sql("""
						select id, channel, attempts + 1 as attempts, created_at as queued_at, reference, message_key as key,
						       subject, text as record, phone_cipher, sealed_message
						from notification_outbox
						where status = 'PENDING' and next_attempt_at <= :now
						  and (sending_until is null or sending_until <= :now) %s
						order by next_attempt_at, id limit :limit
						for update skip locked"""
					.formatted((only != null) ? "and id in (:only)" : ""))
				.param("now", now)
				.param("limit", limit);
			if (only != null) {
				select = select.param("only", List.copyOf(only));
			}
			List<QueuedMessage> due = select.query(QueuedMessage.class).list();
			for (QueuedMessage message : due) {
				this.jdbc.sql("""
						update notification_outbox set attempts = ?, last_attempt_at = ?, next_attempt_at = ?,
						       sending_until = ?
						where id = ?""")
					.params(message.attempts(), now, now.plus(ATTEMPT_LEASE), now.plus(ATTEMPT_LEASE), message.id())
					.update();
			}
			return due;
		});
	}

	/** Marks the message delivered: no retry will send it again. */
	void delivered(long id, OffsetDateTime now) {
		this.jdbc.sql("""
				update notification_outbox set status = 'SENT', sent_at = ?, next_attempt_at = null, error = null,
				       sending_until = null
				where id = ?""").params(now, id).update();
	}

	/** Keeps the error; the message waits for its next attempt, or is given up. */
	void failed(long id, String error, OffsetDateTime nextAttempt, boolean givenUp) {
		this.jdbc.sql("""
				update notification_outbox set error = ?, status = ?, next_attempt_at = ?, sending_until = null
				where id = ?""")
			.params(truncate(error), givenUp ? "FAILED" : "PENDING", givenUp ? null : nextAttempt, id)
			.update();
	}

	/**
	 * Makes a pending or failed message due now, if it can be retried at all (messages
	 * from before the outbox kept them cannot).
	 */
	boolean makeDue(long id, OffsetDateTime now) {
		return this.jdbc.sql("""
				update notification_outbox set status = 'PENDING', next_attempt_at = ?
				where id = ? and status in ('PENDING', 'FAILED') and sealed_message is not null
				  and (sending_until is null or sending_until <= ?)""").params(now, id, now).update() == 1;
	}

	/** The message as it was sent to {@link #queue}, with the phone given. */
	Message open(QueuedMessage queued, String phone) {
		Confidential confidential = this.json.readValue(this.secrets.open(queued.sealedMessage()), Confidential.class);
		return new Message(new Recipient(confidential.name(), phone, confidential.email()), queued.subject(),
				confidential.text(), queued.reference(), queued.record(), queued.key());
	}

	private static String masked(Recipient recipient) {
		StringBuilder who = new StringBuilder();
		if (recipient.hasPhone()) {
			who.append(PhoneNumbers.mask(recipient.phone()));
		}
		if (recipient.hasEmail()) {
			who.append((who.length() > 0) ? " " : "").append(recipient.email().replaceAll("^(.).*@", "$1***@"));
		}
		return (who.length() > 0) ? who.toString() : "—";
	}

	private static String truncate(String error) {
		return (error != null && error.length() > ERROR_LENGTH) ? error.substring(0, ERROR_LENGTH) : error;
	}

}
