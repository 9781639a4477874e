package org.lianxin.ledger.internal;

import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LedgerNavigation {

	@Bean
	NavItem ledgerNavItem() {
		return new NavItem(35, "nav.ledger", "/ledger", LedgerPermissions.VIEW);
	}

}
