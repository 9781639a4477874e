package org.lianxin.oversight.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only histories of activities and issue items: a row each time one moves, in
 * the transaction that saves it (the tables refuse changes and chain each row's hash to
 * the one before). One subject's history is read for that subject alone.
 */
@Component
public class OversightHistory {

	private final JdbcClient jdbc;

	OversightHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One move as a clerk reads it. */
	public record Entry(OffsetDateTime at, String by, String from, String to, String note) {
	}

	@EventListener
	void on(OversightActivity.Moved move) {
		this.jdbc.sql("""
				insert into oversight_activity_history (activity_id, from_state, to_state, changed_by, note)
				values (?, ?, ?, ?, ?)""")
			.params(move.activityId(), (move.from() != null) ? move.from().name() : null, move.to().name(), move.by(),
					move.note())
			.update();
	}

	@EventListener
	void on(IssueItem.Moved move) {
		this.jdbc.sql("""
				insert into oversight_issue_item_history (item_id, from_state, to_state, changed_by, note)
				values (?, ?, ?, ?, ?)""")
			.params(move.itemId(), (move.from() != null) ? move.from().name() : null, move.to().name(), move.by(),
					move.note())
			.update();
	}

	@EventListener
	void on(CourtHearing.Moved move) {
		this.jdbc.sql("""
				insert into court_hearing_history (hearing_id, from_state, to_state, changed_by, note)
				values (?, ?, ?, ?, ?)""")
			.params(move.hearingId(), (move.from() != null) ? move.from().name() : null, move.to().name(), move.by(),
					move.note())
			.update();
	}

	/** A hearing's moves, oldest first. */
	public List<Entry> ofHearing(long hearingId) {
		return this.jdbc.sql("""
				select h.changed_at as at, u.display_name as by, h.from_state as "from", h.to_state as "to", h.note
				from court_hearing_history h left join staff_user_view u on u.id = h.changed_by
				where h.hearing_id = ? order by h.chain_seq""").param(hearingId).query(Entry.class).list();
	}

	/** An activity's moves, oldest first. */
	public List<Entry> ofActivity(long activityId) {
		return this.jdbc.sql("""
				select h.changed_at as at, u.display_name as by, h.from_state as "from", h.to_state as "to", h.note
				from oversight_activity_history h left join staff_user_view u on u.id = h.changed_by
				where h.activity_id = ? order by h.chain_seq""").param(activityId).query(Entry.class).list();
	}

	/** An issue item's moves, oldest first. */
	public List<Entry> ofItem(long itemId) {
		return this.jdbc.sql("""
				select h.changed_at as at, u.display_name as by, h.from_state as "from", h.to_state as "to", h.note
				from oversight_issue_item_history h left join staff_user_view u on u.id = h.changed_by
				where h.item_id = ? order by h.chain_seq""").param(itemId).query(Entry.class).list();
	}

}
