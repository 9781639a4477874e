package org.lianxin.account.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginFailureCookieTests {

	@Test
	void known_failures_are_read_back_with_their_argument() {
		assertThat(LoginFailureCookie.parse("login.bad-credentials|3")).hasValueSatisfying(failure -> {
			assertThat(failure.messageKey()).isEqualTo("login.bad-credentials");
			assertThat(failure.arguments()).containsExactly("3");
		});
		assertThat(LoginFailureCookie.parse("login.locked|2026-11-26 21:45")).isPresent();
		assertThat(LoginFailureCookie.parse("login.disabled")).isPresent();
	}

	@Test
	void a_forged_cookie_shows_nothing_it_chose() {
		assertThat(LoginFailureCookie.parse("error.http.500")).isEmpty();
		assertThat(LoginFailureCookie.parse("login.locked|<script>alert(1)</script>")).isEmpty();
		assertThat(LoginFailureCookie.parse("login.bad-credentials|请拨打 400 电话")).isEmpty();
	}

}
