package org.lianxin.opinion;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.opinion.internal.OpinionStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The cases that came through a deputy: filed by citizens through the deputy's code, or
 * collected by the deputy and recorded with their own account. What the deputy sees of
 * them on "my duties": no contact data.
 */
@Service
public class DeputyCases {

	/**
	 * The ids of the deputy's cases, each side from its own partial index (a case filed
	 * through the code, one recorded by the deputy's account).
	 */
	private static final String THROUGH_DEPUTY = """
			select id from opinion where deputy_id = :deputy
			union
			select o.id from deputy_account_view a join opinion o on o.recorded_by = a.user_id
			where a.deputy_id = :deputy and o.recorded_by is not null""";

	private final JdbcClient jdbc;

	DeputyCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A case as the deputy follows it.
	 *
	 * @param collectedOn the day it was collected or received
	 * @param stageDueOn the day the current stage runs out (meaningful while the case is
	 * open)
	 * @param closedOn the day it was closed, once it is
	 */
	public record DeputyCase(long id, String trackingCode, LocalDate collectedOn, String categoryName,
			OpinionStatus status, LocalDate stageDueOn, LocalDate closedOn, String summary) {
	}

	/**
	 * The deputy's newest cases and how many there are in all.
	 *
	 * @param open cases still being worked on
	 * @param closed cases whose loop has ended: closed, declined, merged or converted
	 */
	public record Handled(long total, long open, long closed, List<DeputyCase> newest) {
	}

	/** The cases that came through the deputy, newest first, at most {@code limit}. */
	public Handled forDeputy(long deputyId, int limit) {
		long[] openAndClosed = new long[2];
		this.jdbc.sql("select status, count(*) from opinion where id in (" + THROUGH_DEPUTY + ") group by status")
			.param("deputy", deputyId)
			.query((rs, n) -> openAndClosed[OpinionStatus.valueOf(rs.getString(1)).isOpen() ? 0 : 1] += rs.getLong(2))
			.list();
		List<DeputyCase> newest = this.jdbc.sql("""
				select o.id, o.tracking_code, o.collected_on, c.name as category_name, o.status, o.stage_due_on,
				       o.closed_on, left(o.description, 60) as summary
				from opinion o join opinion_category c on c.id = o.category_id
				where o.id in (%s) order by o.id desc limit :limit""".formatted(THROUGH_DEPUTY))
			.param("deputy", deputyId)
			.param("limit", Math.max(0, limit))
			.query(DeputyCase.class)
			.list();
		return new Handled(openAndClosed[0] + openAndClosed[1], openAndClosed[0], openAndClosed[1], newest);
	}

}
