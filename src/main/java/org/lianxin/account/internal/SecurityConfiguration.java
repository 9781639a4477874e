package org.lianxin.account.internal;

import jakarta.servlet.DispatcherType;

import org.lianxin.account.internal.AccountPermissions;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.ApiErrors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Two doors: the JSON API takes bearer tokens and keeps no session; the pages use form
 * login, a session in the database and CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt today; the {id} prefix lets stronger hashes take over without a
		// migration
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(StaffAuthenticationProvider provider) {
		ProviderManager manager = new ProviderManager(provider);
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	BearerTokenFilter bearerTokenFilter(ApiTokens tokens, ApiErrors errors) {
		return new BearerTokenFilter(tokens, errors);
	}

	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(
			BearerTokenFilter filter) {
		// only inside the security chains, not a second time as a plain servlet filter
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, BearerTokenFilter bearer,
			ApiErrors errors) throws Exception {
		return http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				// reference data and the venues' public fields: anyone may read them
				.requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/venues")
				.permitAll()
				// what the public pages send (a public survey's vote, a comment on a
				// candidate project): no account, rate-limited like the other public
				// writes
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// bearer tokens are not sent by browsers on their own, so there is no
			// cross-site request to forge
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> errors.write(request, response, HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler((request, response, ex) -> errors.write(request, response, HttpStatus.FORBIDDEN)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager manager, BearerTokenFilter bearer,
			OperationLog log) throws Exception {
		LogoutHandler logLogout = (request, response, authentication) -> {
			if (authentication != null) {
				log.record(authentication.getName(), "account.logout", null, null);
			}
		};
		return http.authenticationManager(manager)
			.authorizeHttpRequests(
					requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
						.permitAll()
						// "/d/**", "/v/**": the public pages of deputies and venues,
						// opened by scanning a QR code
						// "/public/projects": the year's livelihood projects
						// (and comments on its candidates); "/public/vote/**": the
						// public's votes, one per phone; "/public/news": the publicity
						// register's articles; "/public/suggestions": replies to
						// suggestions their deputies agreed to publish
						// "/opinion/new", "/track/**": citizens submit and follow their
						// cases without an account
						.requestMatchers("/", "/login", "/d/**", "/v/**", "/directory", "/public/projects",
								"/public/projects/**", "/public/vote/**", "/public/news", "/public/suggestions",
								"/opinion/new", "/track", "/track/**", "/open311/**", "/css/**", "/js/**", "/img/**",
								"/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
								"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
						.permitAll()
						.requestMatchers("/actuator/**")
						.hasAuthority(AccountPermissions.MONITOR_VIEW)
						.anyRequest()
						.authenticated())
			.addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
			// no server-side session until someone signs in: anonymous visitors, failed
			// logins and
			// the CSRF token of the login form cost no database write
			// Open311 clients are other systems posting form-encoded requests, not
			// browsers
			// with a session to abuse; a comment on a candidate project is posted from
			// the public project page, which is served from the public page cache to
			// everyone alike (no visitor's own token in it) and acts for no one signed in
			.csrf(csrf -> csrf.csrfTokenRepository(SecurityHeaders.csrfCookie())
				.ignoringRequestMatchers("/open311/**", "/public/projects/*/comments"))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/console", false)
				.failureHandler(new LoginFailureCookie()))
			.logout(logout -> logout.addLogoutHandler(logLogout).logoutSuccessUrl("/login?logout"))
			.build();
	}

}
