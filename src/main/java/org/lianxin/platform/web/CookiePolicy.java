package org.lianxin.platform.web;

import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every cookie the server sets (the session, XSRF-TOKEN, the sign-in's saved page and
 * failure notice) is {@code SameSite=Lax}: another site's form or image cannot send it.
 * {@code Secure} follows the request: over TLS, or from a trusted proxy that says it was
 * TLS ({@link ForwardedByTrustedProxies}).
 */
@Configuration(proxyBeanMethods = false)
class CookiePolicy {

	@Bean
	CookieSameSiteSupplier sameSiteLaxForEveryCookie() {
		return CookieSameSiteSupplier.ofLax();
	}

}
