package org.lianxin.legislation.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LegislationNavigation {

	@Bean
	NavItem legislationConsultationsNavItem() {
		return new NavItem(40, "nav.legislation-consultations", "/legislation/consultations",
				LegislationPermissions.CONSULTATION_VIEW);
	}

	@Bean
	NavItem legislationFiguresNavItem() {
		return new NavItem(42, "nav.legislation-figures", "/legislation/figures",
				LegislationPermissions.CONSULTATION_VIEW);
	}

	@Bean
	NavItem legislationPointsNavItem() {
		return new NavItem(41, "nav.legislation-points", "/legislation/points", LegislationPermissions.INFORMANT_VIEW);
	}

}
