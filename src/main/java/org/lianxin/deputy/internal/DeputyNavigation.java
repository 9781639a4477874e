package org.lianxin.deputy.internal;

import org.lianxin.deputy.internal.DeputyPermissions;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeputyNavigation {

	@Bean
	NavItem deputiesNavItem() {
		return new NavItem(10, "nav.deputies", "/deputies", DeputyPermissions.VIEW);
	}

	@Bean
	NavItem deputyGroupsNavItem() {
		return new NavItem(11, "nav.deputy-groups", "/deputies/groups", DeputyPermissions.VIEW);
	}

}
