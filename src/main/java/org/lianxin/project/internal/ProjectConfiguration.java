package org.lianxin.project.internal;

import org.lianxin.platform.history.HistoryChain;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The project module's navigation and its history chain. */
@Configuration(proxyBeanMethods = false)
class ProjectConfiguration {

	@Bean
	HistoryChain projectHistoryChain() {
		return new HistoryChain("project_history", "project_history_chain_view");
	}

	@Bean
	NavItem projectsNavItem() {
		return new NavItem(55, "nav.projects", "/projects", ProjectPermissions.VIEW);
	}

	/** The projects a deputy follows in their supervision groups. */
	@Bean
	NavItem myProjectsNavItem() {
		return new NavItem(56, "nav.projects.mine", "/projects/mine", ProjectPermissions.VISIT);
	}

	@Bean
	NavItem midYearMeetingNavItem() {
		return new NavItem(57, "nav.projects.meeting", "/projects/meeting", ProjectPermissions.VIEW);
	}

}
