package org.lianxin.opinion.internal;

/**
 * The counts a region reports for a period, each with the one SQL condition (on
 * {@code opinion o}) that defines it: the figures and the lists behind them use the same
 * definition. A case belongs to the period by the day it was collected.
 */
public enum Figure {

	/** 收集: every case collected in the period. */
	COLLECTED("true"),
	/** 当月上传: entered in the month it was collected. */
	UPLOADED_ON_TIME("not o.late_entry"),
	/** 交办: assigned to an agency at least once. */
	ASSIGNED("exists (select 1 from opinion_history h where h.opinion_id = o.id and h.action = 'ASSIGN')"),
	/** 答复: an agency replied at least once. */
	REPLIED("exists (select 1 from opinion_history h where h.opinion_id = o.id and h.action = 'REPLY')"),
	/**
	 * 受理: neither declined, nor merged into another case, nor converted to a suggestion.
	 */
	ACCEPTED("o.status not in ('DECLINED', 'MERGED', 'CONVERTED')"),
	/** 办结. */
	CLOSED("o.status = 'CLOSED'"),
	/** 解决: closed with result class A. */
	RESOLVED("o.status = 'CLOSED' and o.result_class = 'A'"),
	/** 按期办结: closed, and the reply came by its due date (after approved extensions). */
	CLOSED_ON_TIME("o.status = 'CLOSED' and o.replied_on_time"),
	/** 评价: the citizen gave a verdict on the current handling. */
	RATED("o.rating is not null"),
	/** 满意. */
	SATISFIED("o.rating = 'SATISFIED'"),
	/** 基本满意. */
	BASICALLY_SATISFIED("o.rating = 'BASICALLY_SATISFIED'"),
	/** 满意 + 基本满意. */
	CONTENT("o.rating in ('SATISFIED', 'BASICALLY_SATISFIED')");

	private final String condition;

	Figure(String condition) {
		this.condition = condition;
	}

	/** The SQL condition on {@code opinion o}; a constant, never user input. */
	public String condition() {
		return this.condition;
	}

}
