package org.lianxin.platform.web;

import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.lianxin.platform.files.UploadLimits;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Uploads at the sizes of {@link UploadLimits}, answered by the application in the
 * caller's language and format at every limit, never by Tomcat's own English page.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	/**
	 * The parser takes any one file up to the whole request's limit: a photo over its own
	 * limit is then refused by the form, which can show the message beside the field with
	 * everything typed still there. Parts past 1 MB go to a temporary file, not the heap.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement() {
		long request = UploadLimits.MAX_REQUEST_BYTES;
		return new MultipartConfigElement(null, request, request, (int) DataSize.ofMegabytes(1).toBytes());
	}

	/**
	 * After a refused upload, Tomcat reads and discards the rest of the body so the
	 * browser gets to show the answer: a connection closed mid-upload shows "connection
	 * reset" instead. Bounded, so an endless body is cut off. A client that asks first
	 * ({@code Expect: 100-continue}) is told to go ahead only once the body is wanted, so
	 * a refused one never sends it.
	 */
	@Bean
	TomcatConnectorCustomizer uploadConnectorCustomizer() {
		return connector -> {
			if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
				http.setMaxSwallowSize((int) Math.min(Integer.MAX_VALUE, 2 * UploadLimits.MAX_REQUEST_BYTES));
				http.setContinueResponseTiming("onRead");
			}
		};
	}

	@Bean
	FilterRegistrationBean<OversizedRequests> oversizedRequestFilter(ApiErrors errors, MessageSource messages,
			LocaleResolver locales) {
		FilterRegistrationBean<OversizedRequests> registration = new FilterRegistrationBean<>(
				new OversizedRequests(errors, messages, locales));
		// before anything that could read the body: security reads the form for its
		// CSRF token
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
