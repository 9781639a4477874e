package org.lianxin.station.internal;

import org.lianxin.platform.web.NavItem;
import org.lianxin.station.internal.StationPermissions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StationNavigation {

	@Bean
	NavItem venuesNavItem() {
		return new NavItem(15, "nav.venues", "/venues", StationPermissions.VIEW);
	}

	@Bean
	NavItem venueLedgerNavItem() {
		return new NavItem(16, "nav.venue-ledger", "/venues/ledger", StationPermissions.VIEW);
	}

	@Bean
	NavItem venueStandardsNavItem() {
		return new NavItem(72, "nav.venue-standards", "/venue-standards",
				org.lianxin.station.internal.VenueStandards.EDIT_PERMISSION);
	}

}
