package org.lianxin.statistics.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

	@Bean
	NavItem yearReportNavItem() {
		return new NavItem(2, "nav.statistics-report", "/statistics/report", StatisticsPermissions.VIEW);
	}

	@Bean
	NavItem dashboardNavItem() {
		return new NavItem(3, "nav.statistics-dashboard", "/statistics/dashboard", StatisticsPermissions.VIEW);
	}

}
