package org.lianxin.agency.internal;

import org.lianxin.agency.internal.AgencyPermissions;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgencyNavigation {

	@Bean
	NavItem agenciesNavItem() {
		return new NavItem(30, "nav.agencies", "/agencies", AgencyPermissions.VIEW);
	}

}
