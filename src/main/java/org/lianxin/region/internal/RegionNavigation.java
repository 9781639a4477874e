package org.lianxin.region.internal;

import org.lianxin.platform.web.NavItem;
import org.lianxin.region.internal.RegionPermissions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegionNavigation {

	@Bean
	NavItem regionsNavItem() {
		return new NavItem(20, "nav.regions", "/regions", RegionPermissions.VIEW);
	}

}
