package org.lianxin.account.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.internal.ApiTokens;
import org.lianxin.account.internal.LoginRefusedException;
import org.lianxin.account.internal.LoginThrottledException;
import org.lianxin.platform.web.ApiError;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Authentication")
class AuthApiController {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final MessageSource messages;

	private final Clock clock;

	AuthApiController(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages, Clock clock) {
		this.authentication = authentication;
		this.clock = clock;
		this.tokens = tokens;
		this.messages = messages;
	}

	record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 72) String password) {
	}

	record Token(String token) {
	}

	record Me(String username, String displayName, List<String> roles, String regionCode, String dataScope) {
	}

	@Operation(
			summary = "Exchange a staff user's password for a bearer token (valid 90 days, revocable from the profile page)")
	@PostMapping("/auth/token")
	ResponseEntity<?> token(@Valid @RequestBody Credentials credentials, Locale locale) {
		try {
			var result = this.authentication.authenticate(UsernamePasswordAuthenticationToken
				.unauthenticated(credentials.username(), credentials.password()));
			CurrentUser user = (CurrentUser) result.getPrincipal();
			return ResponseEntity.ok(new Token(this.tokens.issue(user.id(), "API")));
		}
		catch (AuthenticationException ex) {
			if (ex instanceof LoginThrottledException throttled) {
				long seconds = Math.max(1, Duration.between(this.clock.instant(), throttled.retryAt()).toSeconds() + 1);
				return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
					.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
					.body(ApiError.of("too_many_attempts",
							this.messages.getMessage(throttled.messageKey(), throttled.arguments(), locale)));
			}
			String message = (ex instanceof LoginRefusedException refused)
					? this.messages.getMessage(refused.messageKey(), refused.arguments(), locale)
					: this.messages.getMessage("login.failed", null, locale);
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiError.of("login_refused", message));
		}
	}

	@Operation(summary = "Who the caller is and the region their data scope is anchored at")
	@GetMapping("/me")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.username(), user.displayName(), user.roles().stream().sorted().toList(), user.regionCode(),
				user.scope().kind().name());
	}

}
