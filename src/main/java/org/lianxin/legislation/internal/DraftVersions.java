package org.lianxin.legislation.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions of each consultation's draft, article by article, as they arrived; written
 * with the consultation's step, read by the pages and the comparison of two versions.
 */
@Component
public class DraftVersions {

	private final JdbcClient jdbc;

	DraftVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A version as the consultation's page lists it. */
	public record VersionRow(int number, LocalDate receivedOn, String note, int articles) {
	}

	void add(long consultationId, int number, LocalDate receivedOn, String note, List<DraftArticle> articles, Long by) {
		long versionId = this.jdbc.sql("""
				insert into legislation_draft_version (consultation_id, number, received_on, note, articles, created_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(consultationId, number, receivedOn, (note == null || note.isBlank()) ? null : note.strip(),
					articles.size(), by)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into legislation_draft_article (version_id, number, chapter, text)
				select ?, n, c, t from unnest(?::int[], ?::text[], ?::text[]) as a (n, c, t)""")
			.params(versionId, articles.stream().map(DraftArticle::number).toArray(Integer[]::new),
					articles.stream().map(DraftArticle::chapter).toArray(String[]::new),
					articles.stream().map(DraftArticle::text).toArray(String[]::new))
			.update();
	}

	public List<VersionRow> of(long consultationId) {
		return this.jdbc.sql("""
				select number, received_on, note, articles from legislation_draft_version
				where consultation_id = ? order by number""").param(consultationId).query(VersionRow.class).list();
	}

	/** The articles of one version, in order; none when there is no such version. */
	public List<DraftArticle> articles(long consultationId, int version) {
		return this.jdbc.sql("""
				select a.number, a.chapter, a.text from legislation_draft_article a
				join legislation_draft_version v on v.id = a.version_id
				where v.consultation_id = ? and v.number = ? order by a.number""")
			.params(consultationId, version)
			.query((rs, n) -> new DraftArticle(rs.getInt(1), rs.getString(2),
					Arrays.asList(rs.getString(3).split("\n"))))
			.list();
	}

	/** One article of one version, if it has it. */
	public java.util.Optional<DraftArticle> article(long consultationId, int version, int number) {
		return this.jdbc.sql("""
				select a.number, a.chapter, a.text from legislation_draft_article a
				join legislation_draft_version v on v.id = a.version_id
				where v.consultation_id = ? and v.number = ? and a.number = ?""")
			.params(consultationId, version, number)
			.query((rs, n) -> new DraftArticle(rs.getInt(1), rs.getString(2),
					Arrays.asList(rs.getString(3).split("\n"))))
			.optional();
	}

	/** What changed from one version to another. */
	public List<DraftChanges.Change> changes(long consultationId, int from, int to) {
		return DraftChanges.between(articles(consultationId, from), articles(consultationId, to));
	}

}
