package org.lianxin.survey.internal;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.WorkbenchItem;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A deputy's open votes on the workbench: the rows of 我的表决 (/surveys/vote). */
@Configuration(proxyBeanMethods = false)
class SurveyWorkbench {

	@Bean
	WorkbenchItem openVotesWork(Voting voting) {
		return WorkbenchItem.of("survey.open", "workbench.survey.open", 63, "/surveys/vote",
				user -> user.can(SurveyPermissions.CAST) && user.scope().kind() == DataScopeKind.OWN_RECORDS,
				SurveyWorkbench.openVotes(voting));
	}

	private static java.util.function.ToLongFunction<CurrentUser> openVotes(Voting voting) {
		return user -> {
			try {
				return voting.openFor(user).size();
			}
			catch (RuleViolationException ex) {
				// an account not linked to a deputy: the list says so and shows none
				return 0;
			}
		};
	}

}
