package org.lianxin.ledger.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publicity register as the public reads it, without signing in: the year's articles
 * about the committees' work, of one region or all, by level (national first), each with
 * its outlet, date and link. Only what was published is shown: nothing in the register is
 * private, but who entered it is left out.
 */
@Component
public class PublicNews {

	private final JdbcClient jdbc;

	PublicNews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewsItem(long id, String regionName, String title, String outlet, ArticleLevel level,
			LocalDate publishedOn, String link, String about) {
	}

	/** The year's articles by level, national first; the newest first within a level. */
	public Map<ArticleLevel, List<NewsItem>> of(String region, int year) {
		List<NewsItem> items = this.jdbc.sql("""
				select a.id, r.name as region_name, a.title, a.outlet, a.level, a.published_on, a.link, a.about
				from ledger_article a join region_view r on r.code = a.region_code
				where (cast(:region as varchar) is null or a.region_code = :region)
				  and a.published_on >= make_date(:year, 1, 1) and a.published_on < make_date(:year + 1, 1, 1)
				order by a.published_on desc, a.id desc limit 500""")
			.param("region", region)
			.param("year", year)
			.query(NewsItem.class)
			.list();
		Map<ArticleLevel, List<NewsItem>> byLevel = new TreeMap<>();
		for (ArticleLevel level : ArticleLevel.values()) {
			List<NewsItem> ofLevel = items.stream().filter(i -> i.level() == level).toList();
			if (!ofLevel.isEmpty()) {
				byLevel.put(level, ofLevel);
			}
		}
		return byLevel;
	}

}
