package org.lianxin.legislation.internal;

import org.lianxin.search.SearchSource;
import org.lianxin.search.SearchTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opinions on drafts (立法意见) in the search box: their text (index
 * {@code legislation_opinion_search}), seen by whoever sees their consultation (by its
 * region, or who created it, as the consultation pages); each opens the opinions on its
 * article.
 */
@Configuration(proxyBeanMethods = false)
class DraftOpinionSearch {

	@Bean
	SearchSource draftOpinionSearchSource() {
		return new SearchSource("draft-opinion", LegislationPermissions.CONSULTATION_VIEW, new SearchTable(
				"legislation_opinion o join legislation_consultation c on c.id = o.consultation_id", "o.id", "o.text",
				"c.title", "o.text", "o.created_at::date",
				"'/legislation/consultations/' || o.consultation_id || '/opinions?article=' || coalesce(o.article_number, 0)"),
				user -> user.scope().restrict("c.region_code", null, "c.created_by"));
	}

}
