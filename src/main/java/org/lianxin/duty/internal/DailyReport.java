package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 三表一报, counted from the records themselves instead of reported by hand: for the serving
 * deputies of a group or a region, (1) profile completeness, (2) duty records uploaded on
 * the day, this month and in all, (3) opinions they reported, the same, and (4) a short
 * summary in Chinese with the change since the day before and who has uploaded nothing
 * this month. Returned records do not count.
 */
@Service
public class DailyReport {

	private final JdbcClient jdbc;

	private final DeputyList deputies;

	/** The deployment's time zone: a day is that zone's day. */
	private final String zone;

	DailyReport(JdbcClient jdbc, DeputyList deputies, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.deputies = deputies;
		this.zone = clock.getZone().getId();
	}

	/** One deputy's line. */
	public record DeputyLine(long deputyId, String name, int completeness, long recordsOnDay, long recordsInMonth,
			long recordsInAll, long opinionsOnDay, long opinionsInMonth, long opinionsInAll) {
	}

	/** The report: the lines, their totals, the day before's, and the summary. */
	public record Report(LocalDate date, List<DeputyLine> lines, DeputyLine totals, long recordsDayBefore,
			long opinionsDayBefore, List<String> silentThisMonth, String summary) {
	}

	/**
	 * The report of the day for the deputies of a group (by id) or a region (and below),
	 * as far as the user's scope reaches.
	 */
	public Report build(CurrentUser user, Long groupId, String regionCode, LocalDate date) {
		// a group's report lists by the group's name first, not the whole region
		String groupName = (groupId == null) ? ""
				: this.jdbc.sql("select name from deputy_group_view where id = ?")
					.param(groupId)
					.query(String.class)
					.optional()
					.orElse("");
		List<DeputyRow> rows = this.deputies.listAll(user,
				new DeputyQuery(regionCode, null, true, "", groupName, 0, DeputyQuery.MAX_SIZE));
		if (groupId != null) {
			Set<Long> members = new java.util.HashSet<>(
					this.jdbc.sql("select deputy_id from deputy_seat_view where group_id = ? and ended_on is null")
						.param(groupId)
						.query(Long.class)
						.list());
			rows = rows.stream().filter(r -> members.contains(r.id())).toList();
		}
		List<Long> ids = rows.stream().map(DeputyRow::id).toList();
		LocalDate monthStart = date.withDayOfMonth(1);
		// a record counts on the day it was entered (uploaded) in the deployment's time
		// zone
		String entered = "(r.created_at at time zone :zone)::date";
		String recordRows = """
				select r.id, x.deputy_id as deputy, %s as on_day
				from duty_record r join duty_record_deputy x on x.record_id = r.id
				where x.deputy_id = any(cast(:ids as bigint[])) and r.state <> '%s'""".formatted(entered,
				RecordState.RETURNED);
		// an opinion counts for the deputy it came through, and for the deputy who
		// recorded it
		String opinionRows = """
				select o.id, o.deputy_id as deputy, (o.received_at at time zone :zone)::date as on_day from opinion_intake_view o
				where o.deputy_id = any(cast(:ids as bigint[]))
				union
				select o.id, a.deputy_id, (o.received_at at time zone :zone)::date from deputy_account_view a
				join opinion_intake_view o on o.recorded_by = a.user_id where a.deputy_id = any(cast(:ids as bigint[]))""";
		Map<Long, long[]> records = counts(tally(recordRows), ids, date, monthStart);
		long[] recordTotals = records.getOrDefault(TOTALS, new long[4]);
		Map<Long, long[]> opinions = counts(tally(opinionRows), ids, date, monthStart);
		long[] opinionTotals = opinions.getOrDefault(TOTALS, new long[4]);
		List<DeputyLine> lines = new ArrayList<>();
		for (DeputyRow row : rows) {
			long[] r = records.getOrDefault(row.id(), new long[4]);
			long[] o = opinions.getOrDefault(row.id(), new long[4]);
			lines.add(new DeputyLine(row.id(), row.name(), row.completeness(), r[0], r[1], r[2], o[0], o[1], o[2]));
		}
		int completeness = rows.isEmpty() ? 0
				: (int) Math.round(rows.stream().mapToInt(DeputyRow::completeness).average().orElse(0));
		// a record naming three deputies is one record: the totals count each once
		DeputyLine totals = new DeputyLine(0, "合计", completeness, recordTotals[0], recordTotals[1], recordTotals[2],
				opinionTotals[0], opinionTotals[1], opinionTotals[2]);
		List<String> silent = lines.stream().filter(l -> l.recordsInMonth() == 0).map(DeputyLine::name).toList();
		return new Report(date, lines, totals, recordTotals[3], opinionTotals[3], silent,
				summary(date, lines.size(), totals, recordTotals[3], opinionTotals[3], silent));
	}

	/** The key of the all-deputies line in a tally: no deputy has id 0. */
	private static final long TOTALS = 0L;

	/**
	 * Day, month, in all and the day before, over rows (id, deputy, on_day): per deputy,
	 * and for all of them together with each row id once (a record naming three deputies
	 * is one record), in one pass.
	 */
	private static String tally(String rows) {
		return """
				select coalesce(deputy, 0), count(distinct id) filter (where on_day = :day),
				       count(distinct id) filter (where on_day between :month and :day),
				       count(distinct id) filter (where on_day <= :day), count(distinct id) filter (where on_day = :before)
				from (%s) c group by grouping sets ((deputy), ())"""
			.formatted(rows);
	}

	/** A day's summary as the evening job wrote it. */
	public record Written(String regionCode, String regionName, LocalDate reportDate, String summary) {
	}

	/**
	 * The summaries the evening job wrote for regions within the user's scope, newest
	 * first.
	 */
	public List<Written> written(CurrentUser user, int limit) {
		org.lianxin.account.SqlCondition scope = user.scope().restrict("s.region_code", null, null);
		return this.jdbc.sql("""
				select s.region_code, r.name as region_name, s.report_date, s.summary
				from duty_daily_summary s join region_view r on r.code = s.region_code
				where %s order by s.report_date desc, s.region_code limit :limit""".formatted(scope.sql()))
			.params(scope.params())
			.param("limit", limit)
			.query(Written.class)
			.list();
	}

	private Map<Long, long[]> counts(String sql, List<Long> ids, LocalDate day, LocalDate monthStart) {
		Map<Long, long[]> counts = new HashMap<>();
		if (ids.isEmpty()) {
			return counts;
		}
		this.jdbc.sql(sql)
			.param("ids", ids.toArray(Long[]::new))
			.param("day", day)
			.param("month", monthStart)
			.param("before", day.minusDays(1))
			.param("zone", this.zone)
			.query((rs, n) -> counts.put(rs.getLong(1),
					new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) }))
			.list();
		return counts;
	}

	/** The 一报: what a group leader reads first. */
	public static String summary(LocalDate date, int deputies, DeputyLine totals, long recordsDayBefore,
			long opinionsDayBefore, List<String> silent) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("截至%d年%d月%d日，共%d名代表，平均资料完整度%d%%。", date.getYear(), date.getMonthValue(),
				date.getDayOfMonth(), deputies, totals.completeness()));
		text.append(String.format("当日上传履职记录%d条（%s），本月%d条，累计%d条；", totals.recordsOnDay(),
				change(totals.recordsOnDay() - recordsDayBefore), totals.recordsInMonth(), totals.recordsInAll()));
		text.append(String.format("当日反映群众意见%d件（%s），本月%d件，累计%d件。", totals.opinionsOnDay(),
				change(totals.opinionsOnDay() - opinionsDayBefore), totals.opinionsInMonth(), totals.opinionsInAll()));
		if (silent.isEmpty()) {
			text.append("本月每位代表都已上传履职记录。");
		}
		else {
			String names = silent.stream().limit(20).collect(Collectors.joining("、"));
			text.append(String.format("本月尚未上传履职记录的代表%d名：%s%s。", silent.size(), names, (silent.size() > 20) ? "等" : ""));
		}
		return text.toString();
	}

	private static String change(long difference) {
		return (difference == 0) ? "与前一日持平" : (difference > 0) ? "比前一日多" + difference : "比前一日少" + (-difference);
	}

}
