package org.lianxin.suggestion.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The suggestions' entries in the console menu. */
@Configuration(proxyBeanMethods = false)
class SuggestionNavigation {

	@Bean
	NavItem suggestionNavItem() {
		return new NavItem(20, "nav.suggestions", "/suggestions", SuggestionPermissions.VIEW);
	}

	@Bean
	NavItem suggestionStatsNavItem() {
		return new NavItem(21, "suggestion.stats.title", "/suggestions/stats", SuggestionPermissions.MANAGE);
	}

	@Bean
	NavItem suggestionProgressNavItem() {
		return new NavItem(23, "suggestion.progress.title", "/suggestions/progress", SuggestionPermissions.MANAGE);
	}

	@Bean
	NavItem suggestionLeagueNavItem() {
		return new NavItem(22, "suggestion.league.title", "/suggestions/agencies", SuggestionPermissions.MANAGE);
	}

}
