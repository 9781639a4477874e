package org.lianxin.suggestion.internal;

import java.util.Set;
import java.util.function.Predicate;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.WorkbenchItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Suggestions waiting for the signed-in user, each counted with the suggestion list's own
 * condition for one state, so a count equals the rows its link lists.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionWorkbench {

	@Bean
	WorkbenchItem suggestionsToRegisterWork(SuggestionQueries queries) {
		return inState(queries, "suggestion.to-register", 30, SuggestionStatus.FILED, SuggestionWorkbench::office);
	}

	@Bean
	WorkbenchItem suggestionReturnsAskedWork(SuggestionQueries queries) {
		return inState(queries, "suggestion.return-asked", 31, SuggestionStatus.RETURN_REQUESTED,
				SuggestionWorkbench::office);
	}

	@Bean
	WorkbenchItem suggestionRepliesToReviewWork(SuggestionQueries queries) {
		return inState(queries, "suggestion.to-review", 32, SuggestionStatus.REPLIED, SuggestionWorkbench::office);
	}

	@Bean
	WorkbenchItem suggestionsToSignWork(SuggestionQueries queries) {
		return inState(queries, "suggestion.to-sign", 42, SuggestionStatus.ASSIGNED, SuggestionWorkbench::agency);
	}

	@Bean
	WorkbenchItem suggestionsToReplyWork(SuggestionQueries queries) {
		return inState(queries, "suggestion.to-reply", 43, SuggestionStatus.IN_PROGRESS, SuggestionWorkbench::agency);
	}

	@Bean
	WorkbenchItem suggestionsToRateWork(SuggestionQueries queries) {
		return inState(queries, "suggestion.to-rate", 60, SuggestionStatus.ANSWERED, SuggestionWorkbench::deputy);
	}

	private static WorkbenchItem inState(SuggestionQueries queries, String key, int order, SuggestionStatus status,
			Predicate<CurrentUser> audience) {
		SuggestionFilter filter = new SuggestionFilter(null, null, null, Set.of(status), null, null, null, null, null,
				null, 1);
		return WorkbenchItem.of(key, "workbench." + key, order, "/suggestions?status=" + status.name(), audience,
				user -> queries.count(user, filter));
	}

	private static boolean office(CurrentUser user) {
		return user.can(SuggestionPermissions.MANAGE) && user.scope().kind().regionBound();
	}

	private static boolean agency(CurrentUser user) {
		return user.can(SuggestionPermissions.HANDLE) && user.scope().kind() == DataScopeKind.OWN_AGENCY;
	}

	private static boolean deputy(CurrentUser user) {
		return user.can(SuggestionPermissions.FILE) && user.scope().kind() == DataScopeKind.OWN_RECORDS;
	}

}
