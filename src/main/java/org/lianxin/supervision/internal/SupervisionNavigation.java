package org.lianxin.supervision.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	@Bean
	NavItem supervisionNavItem() {
		return new NavItem(14, "nav.supervision", "/supervision", SupervisionPermissions.NOTICE_VIEW);
	}

}
