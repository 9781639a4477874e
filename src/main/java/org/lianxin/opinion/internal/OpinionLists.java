package org.lianxin.opinion.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.opinion.internal.OpinionScope;
import org.lianxin.platform.excel.SheetExports;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff's lists of cases (inbox, a region's cases, overdue work), one page at a time
 * and fast at any size: where the data scope and the filter come down to a set of
 * regions, each region's newest cases are read from their own index range and merged.
 */
@Component
class OpinionLists {

	private static final String TERMINAL = "('CLOSED', 'CONVERTED', 'DECLINED', 'MERGED')";

	/** Up to this many regions, a list is merged from per-region index ranges. */
	static final int MAX_MERGED_REGIONS = 300;

	/** A list's columns, from the cases that {@code from} and {@code where} leave. */
	private static final String ROWS = """
			select o.id, o.tracking_code, o.received_at, o.collected_on, c.name as category_name, o.region_code,
			       r.name as region_name, o.channel, o.status, a.name as lead_agency_name, o.stage_due_on,
			       (o.stage_due_on < :now and o.status not in %1$s) as overdue, o.escalation_level, o.urgent,
			       o.late_entry, left(o.description, 60) as summary
			from %%s
			join opinion_category c on c.id = o.category_id
			join region_view r on r.code = o.region_code
			left join agency_view a on a.id = o.lead_agency_id
			%%s
			order by o.id desc""".formatted(TERMINAL);

	/** What {@link #select} selects: a page of ids, how many there are, or every id. */
	private enum Reading {

		PAGE, COUNT, EVERY

	}

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	OpinionLists(JdbcClient jdbc, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/**
	 * The regions the user's data scope and the region filter leave, or {@code null} when
	 * the scope is bound to an agency or to the user's own records. The scope is the
	 * user's {@link org.lianxin.account.DataScope}, applied to the region tree.
	 */
	private List<String> regionsToList(CurrentUser user, String regionCode) {
		if (!user.scope().kind().regionBound()) {
			return null;
		}
		SqlCondition scope = user.scope().restrict("r.code", null, null);
		boolean filtered = regionCode != null && !regionCode.isBlank();
		String under = filtered
				? " and r.path like (select f.path from region_view f where f.code = :regionCode) || '%'" : "";
		return this.jdbc.sql("select r.code from region_view r where " + scope.sql() + under)
			.params(scope.params())
			.params(filtered ? Map.of("regionCode", regionCode) : Map.of())
			.query(String.class)
			.list();
	}

	/**
	 * Cases in the user's scope matching the filter, newest first. Where the scope and
	 * filter come down to a set of regions, each region (and state) is read newest first
	 * from its own index range and the pages merged, so a quiet town's inbox costs as
	 * little as a busy one's, whatever else the table holds.
	 */
	OpinionQueries.CasePage list(CurrentUser user, OpinionFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String ids = select(user, filter, Reading.PAGE, params);
		List<CaseRow> rows = this.jdbc.sql(ROWS.formatted("(" + ids + ") page join opinion o on o.id = page.id", ""))
			.params(params)
			.query(CaseRow.class)
			.list();
		boolean hasNext = rows.size() > filter.size();
		return new OpinionQueries.CasePage(hasNext ? rows.subList(0, filter.size()) : rows, hasNext);
	}

	/**
	 * Every case of the list, newest first, handed over one at a time as a cursor reads
	 * them (within a transaction, {@link SheetExports#FETCH_SIZE} rows a fetch): the same
	 * scope and filter as the list's pages, {@code before} and {@code size} aside, but
	 * one query, as an export of a million cases needs.
	 */
	void each(CurrentUser user, OpinionFilter filter, Consumer<CaseRow> each) {
		Map<String, Object> params = new HashMap<>();
		String condition = select(user, filter, Reading.EVERY, params);
		try (Stream<CaseRow> rows = this.jdbc.sql(ROWS.formatted("opinion o", "where " + condition))
			.params(params)
			.withFetchSize(SheetExports.FETCH_SIZE)
			.query(CaseRow.class)
			.stream()) {
			rows.forEach(each);
		}
	}

	/**
	 * How many cases the list of this filter shows the user over all its pages: the same
	 * conditions, counted per region (and state) from the same index ranges.
	 */
	long count(CurrentUser user, OpinionFilter filter) {
		Map<String, Object> params = new HashMap<>();
		Long count = this.jdbc.sql(select(user, filter, Reading.COUNT, params))
			.params(params)
			.query(Long.class)
			.single();
		return (count != null) ? count : 0;
	}

	/**
	 * The SQL selecting the ids of a page of the list (newest first), or counting them
	 * all, or (for {@code EVERY}) the condition on {@code o} that picks them all; its
	 * parameters go into {@code params}.
	 */
	private String select(CurrentUser user, OpinionFilter filter, Reading reading, Map<String, Object> params) {
		boolean counting = reading == Reading.COUNT;
		StringJoiner where = new StringJoiner(" and ");
		where.add("true");
		// only the filters in use become SQL, so every query gets a plan of its own shape
		if (filter.categoryId() != null) {
			where.add("o.category_id = :categoryId");
			params.put("categoryId", filter.categoryId());
		}
		if (filter.agencyId() != null) {
			where.add("o.lead_agency_id = :agencyId");
			params.put("agencyId", filter.agencyId());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.add("o.stage_due_on < :today and o.status not in " + TERMINAL);
			params.put("today", this.calendar.today());
		}
		if (filter.channel() != null) {
			where.add("o.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.from() != null) {
			where.add("o.collected_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("o.collected_on <= :to");
			params.put("to", filter.to());
		}
		if (filter.figure() != null) {
			where.add(filter.figure().condition());
		}
		if (filter.before() != null && reading == Reading.PAGE) {
			where.add("o.id < :before");
			params.put("before", filter.before());
		}
		params.put("limit", filter.size() + 1);
		params.put("now", this.calendar.today());
		List<String> statuses = filter.statuses().stream().map(Enum::name).toList();
		if (statuses.isEmpty() && Boolean.TRUE.equals(filter.overdue())) {
			statuses = java.util.Arrays.stream(OpinionStatus.values())
				.filter(OpinionStatus::isOpen)
				.map(Enum::name)
				.toList();
		}
		List<String> regions = regionsToList(user, filter.regionCode());
		if (regions != null && regions.size() <= MAX_MERGED_REGIONS && reading == Reading.EVERY) {
			// one pass in id order, not a merge of every region's range per page
			params.put("regions", regions.toArray(String[]::new));
			where.add("o.region_code = any(cast(:regions as text[]))");
			if (!statuses.isEmpty()) {
				params.put("states", statuses.toArray(String[]::new));
				where.add("o.status = any(cast(:states as text[]))");
			}
			return where.toString();
		}
		if (regions != null && regions.size() <= MAX_MERGED_REGIONS) {
			params.put("regions", regions.toArray(String[]::new));
			String byState = "";
			if (!statuses.isEmpty()) {
				params.put("states", statuses.toArray(String[]::new));
				byState = " cross join unnest(cast(:states as text[])) s(status)";
				where.add("o.status = s.status");
			}
			if (counting) {
				return """
						select coalesce(sum(x.n), 0) from unnest(cast(:regions as text[])) g(code)%s
						cross join lateral (select count(*) as n from opinion o where o.region_code = g.code and %s) x"""
					.formatted(byState, where);
			}
			return """
					select x.id from unnest(cast(:regions as text[])) g(code)%s
					cross join lateral (select o.id from opinion o where o.region_code = g.code and %s
					                    order by o.id desc limit :limit) x
					order by x.id desc limit :limit""".formatted(byState, where);
		}
		else {
			if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
				where.add("o.region_code in (select code from region_view where path like "
						+ "(select path from region_view where code = :regionCode) || '%')");
				params.put("regionCode", filter.regionCode());
			}
			if (!statuses.isEmpty()) {
				where.add("o.status in (:statuses)");
				params.put("statuses", statuses);
			}
			String agencyIds = counting ? OpinionScope.idsWithin(user, where.toString(), params) : null;
			if (agencyIds != null) {
				return "select count(*) from (" + agencyIds + ") x";
			}
			SqlCondition scope = OpinionScope.of(user);
			params.putAll(scope.params());
			where.add(scope.sql());
			return switch (reading) {
				case COUNT -> "select count(*) from opinion o where " + where;
				case EVERY -> where.toString();
				case PAGE -> "select o.id from opinion o where " + where + " order by o.id desc limit :limit";
			};
		}
	}

}
