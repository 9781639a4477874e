package org.lianxin.oversight.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topics followed for years, beside the activities that follow them. */
@Configuration(proxyBeanMethods = false)
class TopicNavigation {

	@Bean
	NavItem oversightTopicsNavItem() {
		return new NavItem(33, "nav.oversight-topics", "/oversight/topics", OversightPermissions.ACTIVITY_VIEW);
	}

}
