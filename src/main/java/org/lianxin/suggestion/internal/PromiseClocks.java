package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Promised items under supervision: an open item past its day is overdue like an opinion
 * case, on the agency that promised it, and each escalation is a step in its suggestion's
 * history.
 */
@Component
class PromiseClocks implements SupervisedClocks {

	static final String SUBJECT = "PROMISE";

	private final JdbcClient jdbc;

	private final PromisedItemRepository items;

	private final SuggestionRepository suggestions;

	PromiseClocks(JdbcClient jdbc, PromisedItemRepository items, SuggestionRepository suggestions) {
		this.jdbc = jdbc;
		this.items = items;
		this.suggestions = suggestions;
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public List<Clock> dueBy(LocalDate by, long afterId, int limit) {
		return this.jdbc.sql("""
				select id, status, due_on, region_code, agency_id, escalation_level from suggestion_promise
				where status = 'OPEN' and due_on <= ? and id > ?
				order by id limit ?""")
			.params(by, afterId, limit)
			.query((rs, n) -> new Clock(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getLong(5), rs.getInt(6)))
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		PromisedItem item = this.items.findById(clock.subjectId()).orElse(null);
		if (item == null || !PromiseStatus.OPEN.name().equals(clock.stage()) || !item.supervise(clock.dueOn(), level)) {
			return false;
		}
		this.items.save(item);
		Suggestion suggestion = this.suggestions.findById(item.suggestionId()).orElseThrow();
		suggestion.promiseStep(SuggestionAction.SUPERVISE, SuggestionActor.SYSTEM, item.id(),
				"承诺事项逾期" + workingDaysOverdue + "个工作日（第" + level + "级督办）");
		this.suggestions.save(suggestion);
		return true;
	}

	@Override
	public String pathOf(long subjectId) {
		return this.jdbc.sql("select suggestion_id from suggestion_promise where id = ?")
			.param(subjectId)
			.query(Long.class)
			.optional()
			.map(suggestion -> "/suggestions/" + suggestion)
			.orElse("/suggestions");
	}

}
