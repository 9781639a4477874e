package org.lianxin.suggestion.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.RecordLink;
import org.lianxin.suggestion.SuggestionNumbers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Registered suggestions looked up by session and number within the user's scope, and
 * read back by id with their state as the suggestion's page words it.
 */
@Component
class NumberedSuggestions implements SuggestionNumbers {

	/** Exactly two numbers: the session's, then the suggestion's. */
	private static final Pattern NUMBER = Pattern.compile("\\D*(\\d{1,4})\\D+(\\d{1,6})\\D*");

	private static final String LINK = "select s.id, s.session_number, s.serial_number, s.title, s.status,"
			+ " s.congress_id, s.category from suggestion s";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	NumberedSuggestions(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Optional<RecordLink> find(CurrentUser user, long congressId, String number) {
		Matcher parts = NUMBER.matcher((number != null) ? number.strip() : "");
		if (!parts.matches()) {
			return Optional.empty();
		}
		SqlCondition scope = SuggestionScope.of(user);
		return this.jdbc
			.sql(LINK + " where s.congress_id = :congress and s.session_number = :session"
					+ " and s.serial_number = :serial and s.status <> 'MERGED' and " + scope.sql())
			.param("congress", congressId)
			.param("session", Integer.parseInt(parts.group(1)))
			.param("serial", Integer.parseInt(parts.group(2)))
			.params(scope.params())
			.query(this::link)
			.optional();
	}

	@Override
	public List<RecordLink> of(CurrentUser user, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		SqlCondition scope = SuggestionScope.of(user);
		return RecordLink.inOrderOf(ids,
				this.jdbc.sql(LINK + " where s.id in (:ids) and " + scope.sql())
					.param("ids", ids)
					.params(scope.params())
					.query(this::link)
					.list());
	}

	@Override
	public Optional<Source> source(CurrentUser user, long id) {
		SqlCondition scope = SuggestionScope.of(user);
		return this.jdbc
			.sql(LINK + " where s.id = :id and s.serial_number is not null and s.status <> 'MERGED' and " + scope.sql())
			.param("id", id)
			.params(scope.params())
			.query((rs, n) -> new Source(link(rs, n), rs.getLong("congress_id"),
					this.messages.getMessage("suggestion.category." + rs.getString("category"), null,
							LocaleContextHolder.getLocale())))
			.optional();
	}

	private RecordLink link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long id = rs.getLong("id");
		var locale = LocaleContextHolder.getLocale();
		String number = this.messages.getMessage("suggestion.number",
				new Object[] { rs.getInt("session_number"), rs.getObject("serial_number") }, locale);
		return new RecordLink(id, number, rs.getString("title"),
				this.messages.getMessage("suggestion.status." + rs.getString("status"), null, locale),
				"/suggestions/" + id);
	}

}
