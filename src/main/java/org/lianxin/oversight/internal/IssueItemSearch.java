package org.lianxin.oversight.internal;

import org.lianxin.search.SearchSource;
import org.lianxin.search.SearchTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issue items (问题清单) in the search box: where, what was found and what must be put right
 * (index {@code oversight_issue_item_search}), under the scope of the item pages.
 */
@Configuration(proxyBeanMethods = false)
class IssueItemSearch {

	@Bean
	SearchSource issueItemSearchSource() {
		return new SearchSource("issue-item", OversightPermissions.ITEM_VIEW,
				new SearchTable("oversight_issue_item i", "i.id",
						"i.place || chr(10) || i.description || chr(10) || i.rectification_required", "i.place",
						"i.description || chr(10) || i.rectification_required", "i.created_at::date",
						"'/oversight/items/' || i.id"),
				IssueItemQueries::scopeOf);
	}

}
