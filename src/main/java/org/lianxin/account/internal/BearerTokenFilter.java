package org.lianxin.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.lianxin.platform.web.ApiErrors;

/** Signs in an API caller that presents {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final ApiErrors errors;

	BearerTokenFilter(ApiTokens tokens, ApiErrors errors) {
		this.tokens = tokens;
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var user = this.tokens.authenticate(header.substring(7).strip());
		if (user.isEmpty()) {
			// a wrong token is an error even on public endpoints: the caller meant to be
			// someone
			this.errors.write(request, response, HttpStatus.UNAUTHORIZED);
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
