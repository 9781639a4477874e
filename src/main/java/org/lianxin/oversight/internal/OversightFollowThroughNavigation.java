package org.lianxin.oversight.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries for deliberation opinions and deputies' own sign-ups. */
@Configuration(proxyBeanMethods = false)
class OversightFollowThroughNavigation {

	@Bean
	NavItem deliberationsNavItem() {
		return new NavItem(34, "nav.deliberations", "/oversight/deliberations", DeliberationPermissions.VIEW);
	}

	@Bean
	NavItem hearingSignUpNavItem() {
		return new NavItem(33, "nav.court-sign-up", "/court-observations/sign-up",
				OversightPermissions.HEARING_SIGN_UP);
	}

}
