package org.lianxin.ledger.internal;

import java.time.LocalDate;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An article about the committee's work and where it was carried (the national congress
 * website, 学习强国, 人民代表报, a provincial paper…).
 */
@Table("ledger_article")
public class Article {

	@Id
	private Long id;

	private String regionCode;

	private String title;

	private String outlet;

	private ArticleLevel level;

	private LocalDate publishedOn;

	private String link;

	private String about;

	private Long createdBy;

	@Version
	private Integer version;

	@PersistenceCreator
	private Article() {
	}

	/** An article as entered; the link and the work it reports may be left out. */
	public record NewArticle(String title, String outlet, ArticleLevel level, LocalDate publishedOn, String link,
			String about) {
	}

	static Article record(NewArticle entered, String regionCode, LocalDate today, Long by) {
		RuleViolations broken = new RuleViolations();
		Article article = new Article();
		broken.check(() -> article.title = LedgerTexts.required("title", entered.title(), 200));
		broken.check(() -> article.outlet = LedgerTexts.required("outlet", entered.outlet(), 100));
		broken.check(() -> {
			if (entered.level() == null) {
				throw new RuleViolationException("level", "ledger.required");
			}
		});
		broken.check(() -> article.publishedOn = LedgerTexts.past("publishedOn", entered.publishedOn(), today));
		broken.check(() -> {
			article.link = LedgerTexts.optional("link", entered.link(), 500);
			if (article.link != null && !article.link.matches("https?://\\S+")) {
				throw new RuleViolationException("link", "ledger.article.link");
			}
		});
		broken.check(() -> article.about = LedgerTexts.optional("about", entered.about(), 500));
		broken.throwIfAny();
		article.level = entered.level();
		article.regionCode = regionCode;
		article.createdBy = by;
		return article;
	}

	Long id() {
		return this.id;
	}

}
