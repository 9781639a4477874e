package org.lianxin.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: a page is in Chinese unless the user picked English ({@code ?lang=en},
 * kept in a cookie) or the browser asks for English.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("lianxin-lang");
		resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
		return resolver;
	}

	static Locale fromBrowser(HttpServletRequest request) {
		if (!ApiErrors.isApiRequest(request.getRequestURI()) || request.getHeader("Accept-Language") == null) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		Locale requested = request.getLocale();
		return requested.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
