package org.lianxin.opinion.internal;

import org.lianxin.opinion.OpinionPermissions;
import org.lianxin.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpinionNavigation {

	@Bean
	NavItem opinionCategoriesNavItem() {
		return new NavItem(70, "nav.opinion-categories", "/opinion-categories", OpinionPermissions.CATEGORY_VIEW);
	}

}
