package org.lianxin.platform.web;

import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Gives the template engine its link builder before the first page is rendered (the
 * engine refuses changes after that).
 */
@Configuration(proxyBeanMethods = false)
class ThymeleafLinks {

	ThymeleafLinks(SpringTemplateEngine engine) {
		engine.setLinkBuilder(new HashedAssetsOnlyLinkBuilder());
	}

}
