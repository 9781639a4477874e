package org.lianxin.duty.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of duty records: a row each time a record moves, in the
 * transaction that saves it, as {@link MarkHistory} keeps the marks'. Rows are only ever
 * added (the table refuses the rest). Lists and reports never read it; one record's
 * history is read for that record alone.
 */
@Component
public class RecordHistory {

	/** What a withdrawn record's last row moves it to: it is gone. */
	static final String WITHDRAWN = "WITHDRAWN";

	private final JdbcClient jdbc;

	RecordHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One move as a clerk reads it.
	 *
	 * @param from the state before, none for the first
	 * @param to the state after ({@code WITHDRAWN} when its event took the record back)
	 * @param byId who moved it, none for another module's event
	 * @param by their name
	 * @param why the return reason, or the kind of event that made the record
	 */
	public record Entry(OffsetDateTime at, Long byId, String by, String from, String to, String why) {
	}

	@EventListener
	void on(DutyRecord.Moved move) {
		this.jdbc.sql("""
				insert into duty_record_history (record_id, from_state, to_state, changed_by, changed_at, reason)
				values (?, ?, ?, ?, ?, ?)""")
			.params(move.recordId(), (move.from() != null) ? move.from().name() : null,
					(move.to() != null) ? move.to().name() : WITHDRAWN, move.by(),
					Timestamp.from((move.at() != null) ? move.at() : Instant.now()), move.why())
			.update();
	}

	/** The record's moves, oldest first. */
	public List<Entry> of(long recordId) {
		return this.jdbc.sql("""
				select h.changed_at as at, h.changed_by as by_id, u.display_name as by, h.from_state as "from",
				       h.to_state as "to", h.reason as why
				from duty_record_history h left join staff_user_view u on u.id = h.changed_by
				where h.record_id = ? order by h.id""").param(recordId).query(Entry.class).list();
	}

}
