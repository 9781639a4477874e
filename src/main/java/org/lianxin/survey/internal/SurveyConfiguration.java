package org.lianxin.survey.internal;

import org.lianxin.platform.history.HistoryChain;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The survey module's navigation and its history chain. */
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

	@Bean
	HistoryChain surveyHistoryChain() {
		return new HistoryChain("survey_history", "survey_history_chain_view");
	}

	@Bean
	NavItem surveysNavItem() {
		return new NavItem(50, "nav.surveys", "/surveys", SurveyPermissions.VIEW);
	}

	@Bean
	NavItem surveyVoteNavItem() {
		return new NavItem(51, "nav.survey-vote", "/surveys/vote", SurveyPermissions.CAST);
	}

}
