package org.lianxin.oversight.internal;

import org.lianxin.account.WorkbenchItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issue items whose rectification was reported and waits for the office's check (待复查).
 */
@Configuration(proxyBeanMethods = false)
class IssueItemWorkbench {

	@Bean
	WorkbenchItem issueItemsToReviewWork(IssueItemQueries queries) {
		return WorkbenchItem.of("oversight.items-to-review", "workbench.oversight.items-to-review", 33,
				"/oversight/items?state=" + IssueState.REPORTED.name(),
				user -> user.can(OversightPermissions.ITEM_REVIEW) && user.scope().kind().regionBound(),
				user -> queries.count(user, IssueState.REPORTED));
	}

}
