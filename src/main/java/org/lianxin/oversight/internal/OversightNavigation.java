package org.lianxin.oversight.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OversightNavigation {

	@Bean
	NavItem oversightActivitiesNavItem() {
		return new NavItem(30, "nav.oversight-activities", "/oversight", OversightPermissions.ACTIVITY_VIEW);
	}

	@Bean
	NavItem oversightItemsNavItem() {
		return new NavItem(31, "nav.oversight-items", "/oversight/items", OversightPermissions.ITEM_VIEW);
	}

	@Bean
	NavItem courtObservationsNavItem() {
		return new NavItem(32, "nav.court-observations", "/court-observations", OversightPermissions.HEARING_VIEW);
	}

}
