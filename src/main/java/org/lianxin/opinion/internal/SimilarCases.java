package org.lianxin.opinion.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.opinion.internal.OpinionScope;
import org.lianxin.platform.text.Bigrams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * At triage, the open cases that look like this one: same region, same category, and text
 * sharing enough character bigrams; candidates to merge (并案).
 */
@Service
public class SimilarCases {

	/** Below this, two texts are about different things. */
	static final double THRESHOLD = 0.3;

	private static final int CANDIDATES = 300;

	private final JdbcClient jdbc;

	SimilarCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A similar open case, most similar first. */
	public record Similar(long id, String trackingCode, String summary, OpinionStatus status, int percent) {
	}

	private record Candidate(long id, String trackingCode, String description, OpinionStatus status) {
	}

	public List<Similar> of(CurrentUser user, long id, String regionCode, long categoryId, String description) {
		SqlCondition scope = OpinionScope.of(user);
		Set<String> mine = Bigrams.of(description);
		return this.jdbc.sql("""
				select o.id, o.tracking_code, o.description, o.status from opinion o
				where o.region_code = :region and o.category_id = :category and o.id <> :id
				  and o.status in ('RECEIVED', 'REOPENED', 'ASSIGNED', 'IN_PROGRESS') and %s
				order by o.id desc limit :limit""".formatted(scope.sql()))
			.params(scope.params())
			.param("region", regionCode)
			.param("category", categoryId)
			.param("id", id)
			.param("limit", CANDIDATES)
			.query(Candidate.class)
			.list()
			.stream()
			.map(c -> new Similar(c.id(), c.trackingCode(), summary(c.description()), c.status(),
					(int) Math.round(100 * Bigrams.similarity(mine, Bigrams.of(c.description())))))
			.filter(s -> s.percent() >= THRESHOLD * 100)
			.sorted(Comparator.comparingInt(Similar::percent).reversed())
			.limit(5)
			.toList();
	}

	private static String summary(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
