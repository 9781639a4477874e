package org.lianxin.workday.internal;

import org.lianxin.platform.web.NavItem;
import org.lianxin.workday.internal.WorkdayPermissions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkdayNavigation {

	@Bean
	NavItem workdayNavItem() {
		return new NavItem(75, "nav.workday", "/workday", WorkdayPermissions.VIEW);
	}

}
