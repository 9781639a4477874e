package org.lianxin.opinion.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.opinion.OpinionNumbers;
import org.lianxin.platform.web.RecordLink;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases looked up by their tracking code within the user's scope, and read back by id
 * with their state as the case page words it.
 */
@Component
class NumberedCases implements OpinionNumbers {

	/** The case as a link: its category and the start of what the citizen wrote. */
	private static final String LINK = """
			select o.id, o.tracking_code, o.status, c.name || '：' || left(o.description, 30) as title
			from opinion o join opinion_category c on c.id = o.category_id""";

	/** The longest excerpt a form starts from (a project's title holds 100). */
	private static final int EXCERPT = 40;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	NumberedCases(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Optional<RecordLink> find(CurrentUser user, String number) {
		if (number == null || number.isBlank()) {
			return Optional.empty();
		}
		SqlCondition scope = OpinionScope.of(user);
		return this.jdbc.sql(LINK + " where o.tracking_code = :number and " + scope.sql())
			.param("number", number.strip().toUpperCase(Locale.ROOT))
			.params(scope.params())
			.query(this::link)
			.optional();
	}

	@Override
	public List<RecordLink> of(CurrentUser user, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		SqlCondition scope = OpinionScope.of(user);
		return RecordLink.inOrderOf(ids,
				this.jdbc.sql(LINK + " where o.id in (:ids) and " + scope.sql())
					.param("ids", ids)
					.params(scope.params())
					.query(this::link)
					.list());
	}

	@Override
	public Optional<Source> source(CurrentUser user, long id) {
		SqlCondition scope = OpinionScope.of(user);
		return this.jdbc
			.sql(LINK.replace(" as title", " as title, c.name as category, o.region_code, o.place, o.description")
					+ " where o.id = :id and " + scope.sql())
			.param("id", id)
			.params(scope.params())
			.query((rs, n) -> new Source(link(rs, n), rs.getString("category"), rs.getString("region_code"),
					rs.getString("place"), excerpt(rs.getString("description"))))
			.optional();
	}

	private static String excerpt(String description) {
		String first = description.strip().lines().findFirst().orElse("").strip();
		return (first.length() <= EXCERPT) ? first : first.substring(0, EXCERPT);
	}

	private RecordLink link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long id = rs.getLong("id");
		return new RecordLink(
				id, rs.getString("tracking_code"), rs.getString("title"), this.messages
					.getMessage("opinion.status." + rs.getString("status"), null, LocaleContextHolder.getLocale()),
				"/opinions/" + id);
	}

}
