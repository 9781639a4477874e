package org.lianxin.opinion.internal;

import org.lianxin.search.SearchSource;
import org.lianxin.search.SearchTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cases in the search box: what the citizen wrote (index {@code opinion_search}), under
 * the same scope as the case lists; the citizen's name and phone are never searched or
 * shown.
 */
@Configuration(proxyBeanMethods = false)
class OpinionSearch {

	@Bean
	SearchSource opinionSearchSource() {
		return new SearchSource("opinion", OpinionPermissions.CASE_VIEW,
				new SearchTable("opinion o join opinion_category c on c.id = o.category_id", "o.id", "o.description",
						"c.name || ' · ' || o.tracking_code", "o.description", "o.received_at::date",
						"'/opinions/' || o.id"),
				OpinionScope::of);
	}

}
