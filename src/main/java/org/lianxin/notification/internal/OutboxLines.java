package org.lianxin.notification.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox as administrators read it: counts per status and the newest lines. */
@Component
public class OutboxLines {

	private final JdbcClient jdbc;

	OutboxLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One message on one channel; {@code retriable} is false for lines from before the
	 * outbox kept what a retry needs.
	 */
	public record Line(long id, OffsetDateTime createdAt, String channel, String recipient, String reference,
			String subject, DeliveryStatus status, int attempts, String error, OffsetDateTime lastAttemptAt,
			OffsetDateTime nextAttemptAt, boolean retriable) {
	}

	/** How many lines each status has; a status without any counts 0. */
	public Map<DeliveryStatus, Long> counts() {
		Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
		for (DeliveryStatus status : DeliveryStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from notification_outbox group by status")
			.query((RowCallbackHandler) rs -> counts.put(DeliveryStatus.valueOf(rs.getString(1)), rs.getLong(2)));
		return counts;
	}

	/** The newest lines with this status, {@code limit} from {@code offset}. */
	public List<Line> withStatus(DeliveryStatus status, int offset, int limit) {
		return this.jdbc.sql("""
				select id, created_at, channel, recipient, reference, subject, status, attempts, error, last_attempt_at,
				       next_attempt_at, sealed_message is not null as retriable
				from notification_outbox where status = :status
				order by id desc limit :limit offset :offset""")
			.param("status", status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query(Line.class)
			.list();
	}

}
