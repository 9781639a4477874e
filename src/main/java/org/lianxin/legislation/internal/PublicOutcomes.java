package org.lianxin.legislation.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What became of the opinions gathered through a point, as its public page shows it: each
 * answered merged opinion with the legislature's answer and how many people gave it,
 * never who (those who did are told on their own tracking page).
 */
@Component
public class PublicOutcomes {

	static final int SHOWN = 30;

	private final JdbcClient jdbc;

	PublicOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An answered opinion on the public page. */
	public record Answered(String consultationTitle, Integer articleNumber, String text, Outcome outcome,
			String outcomeReason, LocalDate answeredOn, long sources) {
	}

	/**
	 * The latest answers on consultations of the point or of the contact point it gathers
	 * for (the same consultations its page opens), adopted ones first within a day.
	 */
	public List<Answered> at(long pointId, Long parentId) {
		return this.jdbc.sql("""
				select c.title as consultation_title, m.article_number, m.text, m.outcome, m.outcome_reason,
				       m.answered_on, (select count(*) from legislation_opinion o where o.merged_into = m.id) as sources
				from legislation_merged_opinion m join legislation_consultation c on c.id = m.consultation_id
				where m.state = 'ANSWERED' and c.point_id in (:point, :parent)
				order by m.answered_on desc, m.outcome, m.id desc limit :shown""")
			.param("point", pointId)
			.param("parent", (parentId != null) ? parentId : pointId)
			.param("shown", SHOWN)
			.query(Answered.class)
			.list();
	}

}
