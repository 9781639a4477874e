package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The replies published on the public site, for anyone: title, category, the lead agency,
 * result class, the reply's text and the lead deputy's name; nothing else about anybody.
 */
@Service
public class PublishedReplies {

	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	PublishedReplies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A published reply as the public page shows it. */
	public record PublishedReply(long id, String title, String category, String agency, String resultClass,
			String replyText, String deputy, String regionName, LocalDate publishedOn) {
	}

	/**
	 * One page, newest first; {@code next} to pass as {@code before}, or {@code null}.
	 */
	public record PublishedPage(List<PublishedReply> replies, Long next) {
	}

	/** In the region (and below) when one is given, else everywhere. */
	public PublishedPage page(String regionCode, Long before) {
		boolean everywhere = regionCode == null || regionCode.isBlank();
		List<PublishedReply> rows = this.jdbc
			.sql("""
					select s.id, s.title, s.category, (select a.name from agency_view a where a.id = s.lead_agency_id) as agency,
					       s.result_class, s.reply_text, (select d.name from deputy_view d where d.id = s.lead_deputy_id) as deputy,
					       (select r.name from region_view r where r.code = s.region_code) as region_name, s.published_on
					from suggestion s
					where s.published_on is not null and s.status in ('ANSWERED', 'RATED', 'CLOSED')
					  and (:everywhere or s.region_code in (select code from region_view
					       where path like (select p.path from region_view p where p.code = :region) || '%'))
					  and s.id < :before
					order by s.id desc limit :limit""")
			.param("everywhere", everywhere)
			.param("region", everywhere ? "" : regionCode.strip())
			.param("before", (before != null) ? before : Long.MAX_VALUE)
			.param("limit", PAGE_SIZE + 1)
			.query(PublishedReply.class)
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		List<PublishedReply> page = more ? rows.subList(0, PAGE_SIZE) : rows;
		return new PublishedPage(List.copyOf(page), more ? page.get(page.size() - 1).id() : null);
	}

}
