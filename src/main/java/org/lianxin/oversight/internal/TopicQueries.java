package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Topics as lists and their page read them: the years of following, each year's
 * activities with their issue lists, the measures of progress (plain SQL within the
 * caller's scope).
 */
@Component
public class TopicQueries {

	private static final String ROW = """
			select t.id, t.title, t.region_code, r.name as region_name, t.since_year,
			       (select count(*) from oversight_topic_activity f where f.topic_id = t.id) as activities,
			       (select count(distinct extract(year from a.starts_on)) from oversight_topic_activity f
			        join oversight_activity a on a.id = f.activity_id where f.topic_id = t.id) as years_followed
			from oversight_topic t join region_view r on r.code = t.region_code""";

	private final JdbcClient jdbc;

	TopicQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A topic in a list.
	 *
	 * @param yearsFollowed in how many years an activity followed it (连续五年: 5)
	 */
	public record TopicRow(long id, String title, String regionCode, String regionName, int sinceYear, long activities,
			long yearsFollowed) {
	}

	/** A measure of progress as counted on a day. */
	public record MeasureRow(String name, int value, String unit, LocalDate measuredOn) {
	}

	/**
	 * One year of following: its activities (each with its issue items and those still
	 * open) and the items listed on them, all and closed.
	 */
	public record TopicYear(int year, List<OversightQueries.ActivityRow> activities, long items, long closedItems) {
	}

	/**
	 * The topic's page: each measure's latest value, every value as counted, the years
	 * newest first.
	 */
	public record TopicPage(TopicRow row, String summary, List<MeasureRow> latest, List<MeasureRow> measures,
			List<TopicYear> years) {
	}

	/** A page of the topics of the scope, newest first. */
	public List<TopicRow> topics(CurrentUser user, int offset, int limit) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc
			.sql(ROW + " where " + scope.sql() + " order by t.since_year desc, t.id desc offset :offset limit :limit")
			.params(scope.params())
			.param("offset", offset)
			.param("limit", limit)
			.query(TopicRow.class)
			.list();
	}

	/** A topic's row, if the caller's scope reaches it. */
	public Optional<TopicRow> topic(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where t.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(TopicRow.class)
			.optional();
	}

	/** The topic's page, if the caller's scope reaches it. */
	public Optional<TopicPage> page(CurrentUser user, long id) {
		return topic(user, id).map(row -> {
			String summary = this.jdbc.sql("select summary from oversight_topic where id = ?")
				.param(id)
				.query(String.class)
				.optional()
				.orElse(null);
			List<MeasureRow> measures = this.jdbc.sql("""
					select name, value, unit, measured_on from oversight_topic_measure where topic_id = ?
					order by measured_on, position""").param(id).query(MeasureRow.class).list();
			Map<String, MeasureRow> latest = new LinkedHashMap<>();
			measures.forEach(measure -> latest.put(measure.name(), measure));
			return new TopicPage(row, summary, List.copyOf(latest.values()), measures, years(id));
		});
	}

	private List<TopicYear> years(long id) {
		List<OversightQueries.ActivityRow> followed = this.jdbc.sql(OversightQueries.ROW + """
				 join oversight_topic_activity f on f.activity_id = a.id
				where f.topic_id = :id order by a.starts_on desc, a.id desc""")
			.param("id", id)
			.query(OversightQueries.ActivityRow.class)
			.list();
		Map<Integer, List<OversightQueries.ActivityRow>> byYear = new LinkedHashMap<>();
		followed.forEach(a -> byYear.computeIfAbsent(a.startsOn().getYear(), y -> new ArrayList<>()).add(a));
		List<TopicYear> years = new ArrayList<>();
		byYear.forEach((year, activities) -> {
			long items = activities.stream().mapToLong(OversightQueries.ActivityRow::items).sum();
			long open = activities.stream().mapToLong(OversightQueries.ActivityRow::openItems).sum();
			years.add(new TopicYear(year, activities, items, items - open));
		});
		return years;
	}

	/** Offices see their region and below; agencies and deputies see no topic. */
	private static SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("t.region_code", null, "t.created_by");
	}

}
