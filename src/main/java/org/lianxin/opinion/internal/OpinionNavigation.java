package org.lianxin.opinion.internal;

import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpinionNavigation {

	@Bean
	NavItem opinionInboxNavItem() {
		return new NavItem(5, "nav.opinion-inbox", "/opinions?inbox=true", OpinionPermissions.CASE_TRIAGE);
	}

	@Bean
	NavItem opinionRecordNavItem() {
		return new NavItem(9, "nav.opinion-record", "/opinions/new", OpinionPermissions.CASE_RECORD);
	}

	@Bean
	NavItem opinionOverdueNavItem() {
		return new NavItem(4, "nav.opinion-overdue", "/opinions?overdue=true", OpinionPermissions.CASE_HANDLE);
	}

	@Bean
	NavItem opinionsNavItem() {
		return new NavItem(6, "nav.opinions", "/opinions", OpinionPermissions.CASE_VIEW);
	}

	@Bean
	NavItem opinionStatsNavItem() {
		return new NavItem(7, "nav.opinion-stats", "/opinions/stats", OpinionPermissions.CASE_VIEW);
	}

	@Bean
	NavItem opinionRoutingNavItem() {
		return new NavItem(71, "nav.opinion-routing", "/opinion-routing", OpinionPermissions.RULE_EDIT);
	}

	@Bean
	NavItem opinionDeadlinesNavItem() {
		return new NavItem(73, "nav.opinion-deadlines", "/opinion-deadlines", OpinionPermissions.RULE_EDIT);
	}

	@Bean
	NavItem open311KeysNavItem() {
		return new NavItem(74, "nav.open311-keys", "/open311-keys", OpinionPermissions.OPEN311_KEY_MANAGE);
	}

	@Bean
	NavItem opinionCategoriesNavItem() {
		return new NavItem(70, "nav.opinion-categories", "/opinion-categories", OpinionPermissions.CATEGORY_VIEW);
	}

}
