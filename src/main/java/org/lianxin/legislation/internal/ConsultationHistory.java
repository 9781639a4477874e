package org.lianxin.legislation.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only history of consultations: a row for every step, written in the
 * transaction that saves it; the table refuses changes and chains its rows by hash, which
 * the platform anchors and checks.
 */
@Component
public class ConsultationHistory {

	private final JdbcClient jdbc;

	ConsultationHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One step as a clerk reads it. */
	public record Entry(OffsetDateTime at, String by, String from, String to, String why) {
	}

	@EventListener
	void on(Consultation.Stepped step) {
		this.jdbc.sql("""
				insert into legislation_consultation_history (consultation_id, from_stage, to_stage, changed_by, reason)
				values (?, ?, ?, ?, ?)""")
			.params(step.consultationId(), (step.from() != null) ? step.from().name() : null, step.to().name(),
					step.by(), step.why())
			.update();
	}

	/** The consultation's steps, oldest first. */
	public List<Entry> of(long consultationId) {
		return this.jdbc.sql("""
				select h.changed_at as at, u.display_name as by, h.from_stage as "from", h.to_stage as "to",
				       h.reason as why
				from legislation_consultation_history h left join staff_user_view u on u.id = h.changed_by
				where h.consultation_id = ? order by h.chain_seq""").param(consultationId).query(Entry.class).list();
	}

}
