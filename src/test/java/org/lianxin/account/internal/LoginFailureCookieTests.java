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
	void the_typed_username_comes_back_when_it_is_plain() {
		assertThat(LoginFailureCookie.parse("login.bad-credentials|4|office-210802"))
			.hasValueSatisfying(failure -> assertThat(failure.username()).isEqualTo("office-210802"));
		assertThat(LoginFailureCookie.parse("login.bad-credentials|4|<b>x</b>"))
			.hasValueSatisfying(failure -> assertThat(failure.username()).isEmpty());
	}

	@Test
	void a_forged_cookie_shows_nothing_it_chose() {
		assertThat(LoginFailureCookie.parse("error.http.500")).isEmpty();
		assertThat(LoginFailureCookie.parse("login.locked|<script>alert(1)</script>")).isEmpty();
		assertThat(LoginFailureCookie.parse("login.bad-credentials|请拨打 400 电话")).isEmpty();
	}

}
