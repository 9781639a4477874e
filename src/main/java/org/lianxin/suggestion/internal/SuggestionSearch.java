package org.lianxin.suggestion.internal;

import org.lianxin.search.SearchSource;
import org.lianxin.search.SearchTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Suggestions in the search box: title and body (index {@code suggestion_search}), under
 * the same scope as the suggestion lists.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionSearch {

	@Bean
	SearchSource suggestionSearchSource() {
		return new SearchSource(
				"suggestion", SuggestionPermissions.VIEW, new SearchTable("suggestion s", "s.id",
						"s.title || chr(10) || s.body", "s.title", "s.body", "s.filed_on", "'/suggestions/' || s.id"),
				SuggestionScope::of);
	}

}
