package org.lianxin.account.internal;

import org.lianxin.account.internal.AccountPermissions;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountNavigation {

	@Bean
	NavItem consoleHomeNavItem() {
		return new NavItem(0, "nav.console", "/console", null);
	}

	@Bean
	NavItem usersNavItem() {
		return new NavItem(80, "nav.users", "/admin/users", AccountPermissions.USER_VIEW);
	}

	@Bean
	NavItem operationLogNavItem() {
		return new NavItem(90, "nav.operation-log", "/admin/operation-log", AccountPermissions.LOG_VIEW);
	}

	@Bean
	NavItem historyIntegrityNavItem() {
		return new NavItem(91, "nav.history-integrity", "/admin/history-integrity", AccountPermissions.LOG_VIEW);
	}

}
