package org.lianxin.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where a request really comes from. Tomcat's own {@code RemoteIpValve} is off
 * ({@code server.forward-headers-strategy: none}): its default trusts every private
 * address, so a client inside 10/8 or on the same host could name any address it liked.
 * Instead, only a proxy in {@code lianxin.web.trusted-proxies} is believed: for its
 * requests the client is the right-most untrusted address in {@code X-Forwarded-For}, and
 * the request counts as secure when it says {@code X-Forwarded-Proto: https} (so the
 * cookies are {@code Secure} and HSTS is sent). Every other request's forwarding headers
 * are hidden from the rest of the application.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedByTrustedProxies {

	private static final List<String> FORWARDING_HEADERS = List.of("forwarded", "x-forwarded-for", "x-forwarded-proto",
			"x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-ssl");

	@Bean
	FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(Environment environment) {
		// a YAML list or a comma-separated value (an environment variable) alike
		List<String> trustedProxies = Binder.get(environment)
			.bind("lianxin.web.trusted-proxies", Bindable.listOf(String.class))
			.orElse(List.of());
		FilterRegistrationBean<ClientAddressFilter> registration = new FilterRegistrationBean<>(
				new ClientAddressFilter(TrustedProxies.of(trustedProxies)));
		// before the rate limit and everything else that asks who the client is
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class ClientAddressFilter extends OncePerRequestFilter {

		private final TrustedProxies proxies;

		ClientAddressFilter(TrustedProxies proxies) {
			this.proxies = proxies;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String peer = request.getRemoteAddr();
			if (!this.proxies.trusts(peer)) {
				chain.doFilter(new Unforwarded(request), response);
				return;
			}
			String client = this.proxies.client(peer, request.getHeader("X-Forwarded-For"));
			String proto = lastValue(request.getHeader("X-Forwarded-Proto"));
			boolean secure = (proto != null) ? "https".equals(proto.toLowerCase(Locale.ROOT)) : request.isSecure();
			chain.doFilter(new Forwarded(request, client, secure), response);
		}

		private static String lastValue(String header) {
			if (header == null || header.isBlank()) {
				return null;
			}
			String[] values = header.split(",");
			return values[values.length - 1].strip();
		}

	}

	/**
	 * A request from a client that is not a trusted proxy: its forwarding headers do not
	 * exist.
	 */
	static class Unforwarded extends HttpServletRequestWrapper {

		Unforwarded(HttpServletRequest request) {
			super(request);
		}

		private static boolean hidden(String name) {
			return name != null && FORWARDING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections
				.enumeration(Collections.list(super.getHeaderNames()).stream().filter(name -> !hidden(name)).toList());
		}

		@Override
		public long getDateHeader(String name) {
			return hidden(name) ? -1 : super.getDateHeader(name);
		}

		@Override
		public int getIntHeader(String name) {
			return hidden(name) ? -1 : super.getIntHeader(name);
		}

	}

	/** A request through a trusted proxy, as the client sent it to the proxy. */
	static final class Forwarded extends Unforwarded {

		private final String client;

		private final boolean secure;

		Forwarded(HttpServletRequest request, String client, boolean secure) {
			super(request);
			this.client = client;
			this.secure = secure;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public boolean isSecure() {
			return this.secure;
		}

		@Override
		public String getScheme() {
			return this.secure ? "https" : super.getScheme();
		}

		@Override
		public int getServerPort() {
			return (this.secure && !super.isSecure()) ? 443 : super.getServerPort();
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
			int port = getServerPort();
			if (!(this.secure && port == 443) && !(!this.secure && port == 80)) {
				url.append(':').append(port);
			}
			return url.append(getRequestURI());
		}

	}

}
