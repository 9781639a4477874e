package org.lianxin.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every answer of both security chains tells the browser, applied to each chain as a
 * {@code Customizer<HttpSecurity>} bean before the chain's own rules.
 * <ul>
 * <li>Content-Security-Policy: scripts, frames, fonts and connections from the
 * application itself only, so an injected {@code <script>} or inline handler does not
 * run. Styles allow {@code 'unsafe-inline'}: a few templates use style attributes (a
 * progress bar's width, {@code pre-wrap} for citizens' text), the print poster has its
 * own {@code <style>} and htmx adds one for its indicators; style cannot run script.</li>
 * <li>Referrer-Policy {@code strict-origin-when-cross-origin}: a private link's token
 * never leaves in a Referer.</li>
 * <li>Permissions-Policy: location for the application's own pages (the opinion form's
 * "use my location"); camera, microphone and the rest for nobody (a photo is chosen
 * through the file picker, which needs no permission).</li>
 * <li>HSTS: Spring Security's default, sent only on a secure request, which behind a
 * proxy means one that a trusted proxy said came over TLS
 * ({@code platform.web.ForwardedByTrustedProxies}).</li>
 * </ul>
 * In {@code prod} ({@code lianxin.web.api-docs-public=false}) the API documentation asks
 * for a staff sign-in; elsewhere it stays open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**" };

	/**
	 * The CSRF token's cookie, SameSite=Lax also where no container sets it (MockMvc).
	 */
	static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	Customizer<HttpSecurity> headersAndApiDocs(@Value("${lianxin.web.api-docs-public:true}") boolean apiDocsPublic) {
		return http -> {
			http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
						"Permissions-Policy", PERMISSIONS_POLICY)));
			if (!apiDocsPublic) {
				// ahead of the chain's own rules, where the documentation is open to all
				http.authorizeHttpRequests(requests -> requests.requestMatchers(API_DOCS).authenticated());
			}
		};
	}

}
