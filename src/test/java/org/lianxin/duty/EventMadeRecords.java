package org.lianxin.duty;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.duty.internal.RecordState;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duty records another module's event made, as the duty module keeps them: read
 * through SQL so that the flow tests hold whatever shape the duty module's Java API
 * takes.
 */
final class EventMadeRecords {

	/** One deputy's share of a record. */
	record Row(long deputyId, String kind, LocalDate occurredOn, String place, String title, RecordState state) {
	}

	private final JdbcClient jdbc;

	EventMadeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The record made from this source (the listener's key), one row per deputy. */
	List<Row> from(String sourceRef) {
		return this.jdbc.sql("""
				select x.deputy_id, t.code as kind, r.occurred_on, r.place, r.title, r.state
				from duty_record r join duty_record_type t on t.id = r.type_id
				join duty_record_deputy x on x.record_id = r.id
				where r.source_ref = ? order by x.deputy_id""").param(sourceRef).query(Row.class).list();
	}

	/**
	 * How many records the deputy has with this title on this day, whatever their source:
	 * a second delivery that made a second record under another key would show here.
	 */
	long titled(long deputyId, LocalDate day, String title) {
		return this.jdbc.sql("""
				select count(*) from duty_record r join duty_record_deputy x on x.record_id = r.id
				where x.deputy_id = ? and r.occurred_on = ? and r.title = ?""")
			.params(deputyId, day, title)
			.query(Long.class)
			.single();
	}

}
