package org.lianxin.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lianxin.account.DataScope;
import org.lianxin.account.SqlCondition;
import org.lianxin.supervision.NoticeKind;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notices the watch issued, for a data scope: listed newest first a page at a time
 * (keyset by id), and counted for dashboards. Each row names its subject as its module
 * does and links to it.
 */
@Component
public class SupervisionNotices {

	/** How many notices of one kind and level a scope has. */
	public record NoticeCount(String subject, NoticeKind kind, int level, long count) {
	}

	/** An agency that has notices in the scope, for a filter. */
	public record NoticedAgency(long id, String name) {
	}

	private final JdbcClient jdbc;

	private final Map<String, SupervisedClocks> subjects;

	SupervisionNotices(JdbcClient jdbc, List<SupervisedClocks> subjects) {
		this.jdbc = jdbc;
		this.subjects = subjects.stream()
			.collect(Collectors.toMap(SupervisedClocks::subject, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The kinds of subject the watch looks after. */
	public List<String> subjects() {
		return List.copyOf(this.subjects.keySet());
	}

	/**
	 * The newest notices in the scope that the filter lets through, at most {@code size}.
	 */
	public List<NoticeRow> page(DataScope scope, NoticeFilter filter, int size) {
		Where where = where(scope, filter);
		if (filter.before() != null) {
			where.and("n.id < :before", "before", filter.before());
		}
		List<NoticeRow> rows = this.jdbc.sql("""
				select n.id, n.subject, n.subject_id, n.stage, n.kind, n.level, n.due_on, n.issued_at,
				       r.name as region_name, a.name as agency_name
				from supervision_notice n join region_view r on r.code = n.region_code
				left join agency_view a on a.id = n.agency_id
				where %s order by n.id desc limit :size""".formatted(where.sql()))
			.params(where.params)
			.param("size", Math.max(1, Math.min(size, 500)))
			.query((rs, i) -> row(rs, null))
			.list();
		return labelled(rows);
	}

	/**
	 * The notices in the scope that the filter lets through, by subject, kind and level.
	 */
	public List<NoticeCount> counts(DataScope scope, NoticeFilter filter) {
		Where where = where(scope, filter);
		return this.jdbc
			.sql("""
					select n.subject, n.kind, n.level, count(*) as count from supervision_notice n
					where %s group by n.subject, n.kind, n.level order by n.subject, n.kind, n.level"""
				.formatted(where.sql()))
			.params(where.params)
			.query((rs, i) -> new NoticeCount(rs.getString("subject"), NoticeKind.valueOf(rs.getString("kind")),
					rs.getInt("level"), rs.getLong("count")))
			.list();
	}

	/** The agencies that have notices in the scope. */
	public List<NoticedAgency> agencies(DataScope scope) {
		SqlCondition within = scope.restrict("n.region_code", "n.agency_id", null);
		return this.jdbc.sql("""
				select a.id, a.name from agency_view a
				where exists (select 1 from supervision_notice n where n.agency_id = a.id and %s)
				order by a.name""".formatted(within.sql())).params(within.params()).query(NoticedAgency.class).list();
	}

	private static Where where(DataScope scope, NoticeFilter filter) {
		Where where = new Where(scope.restrict("n.region_code", "n.agency_id", null));
		if (filter.subject() != null) {
			where.and("n.subject = :subject", "subject", filter.subject());
		}
		if (filter.kind() != null) {
			where.and("n.kind = :kind", "kind", filter.kind().name());
		}
		if (filter.agencyId() != null) {
			where.and("n.agency_id = :agencyId", "agencyId", filter.agencyId());
		}
		if (filter.from() != null) {
			where.and("n.issued_at >= cast(:from as date)", "from", filter.from());
		}
		if (filter.to() != null) {
			where.and("n.issued_at < cast(:to as date) + 1", "to", filter.to());
		}
		return where;
	}

	/** The subjects' own labels and paths, asked once per subject for the whole page. */
	private List<NoticeRow> labelled(List<NoticeRow> rows) {
		Map<String, Map<Long, String>> labels = new HashMap<>();
		rows.stream()
			.collect(Collectors.groupingBy(NoticeRow::subject,
					Collectors.mapping(NoticeRow::subjectId, Collectors.toSet())))
			.forEach((subject, ids) -> {
				SupervisedClocks clocks = this.subjects.get(subject);
				labels.put(subject, (clocks != null) ? clocks.labelsOf(ids) : Map.of());
			});
		List<NoticeRow> out = new ArrayList<>(rows.size());
		for (NoticeRow row : rows) {
			SupervisedClocks clocks = this.subjects.get(row.subject());
			String label = labels.get(row.subject()).getOrDefault(row.subjectId(), "#" + row.subjectId());
			String path = (clocks != null) ? clocks.pathOf(row.subjectId()) : null;
			out.add(new NoticeRow(row.id(), row.subject(), row.subjectId(), label, path, row.stage(), row.kind(),
					row.level(), row.dueOn(), row.regionName(), row.agencyName(), row.issuedAt()));
		}
		return out;
	}

	private static NoticeRow row(ResultSet rs, String label) throws SQLException {
		return new NoticeRow(rs.getLong("id"), rs.getString("subject"), rs.getLong("subject_id"), label, null,
				rs.getString("stage"), NoticeKind.valueOf(rs.getString("kind")), rs.getInt("level"),
				rs.getObject("due_on", LocalDate.class), rs.getString("region_name"), rs.getString("agency_name"),
				rs.getObject("issued_at", OffsetDateTime.class));
	}

	/** A condition of fixed fragments with bound parameters, the scope's first. */
	private static final class Where {

		private final StringBuilder sql;

		private final Map<String, Object> params;

		Where(SqlCondition scope) {
			this.sql = new StringBuilder("(").append(scope.sql()).append(")");
			this.params = new HashMap<>(scope.params());
		}

		void and(String condition, String name, Object value) {
			this.sql.append(" and ").append(condition);
			this.params.put(name, value);
		}

		String sql() {
			return this.sql.toString();
		}

	}

}
