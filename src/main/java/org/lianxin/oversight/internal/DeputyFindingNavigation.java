package org.lianxin.oversight.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A deputy's way to the inspections they take part in. */
@Configuration(proxyBeanMethods = false)
class DeputyFindingNavigation {

	@Bean
	NavItem myInspectionsNavItem() {
		return new NavItem(34, "nav.oversight-mine", "/oversight/mine", FindingPermissions.RECORD);
	}

}
