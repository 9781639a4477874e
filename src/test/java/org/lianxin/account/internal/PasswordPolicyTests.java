package org.lianxin.account.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void a_long_password_of_three_kinds_is_accepted() {
		assertThat(this.policy.check("office-210802", "Lianxin#2026")).isEmpty();
		assertThat(this.policy.check("clerk", "correct horse 42 Battery")).isEmpty();
	}

	@Test
	void short_passwords_are_refused() {
		assertThat(this.policy.check("clerk", "Ab#12345")).contains("password.rule.length");
	}

	@Test
	void passwords_of_fewer_than_three_kinds_are_refused() {
		assertThat(this.policy.check("clerk", "onlylowercaseletters")).contains("password.rule.kinds");
		assertThat(this.policy.check("clerk", "lowercase12345")).contains("password.rule.kinds");
	}

	@Test
	void a_password_containing_the_username_is_refused() {
		assertThat(this.policy.check("wangfang", "WangFang#2026")).contains("password.rule.username");
	}

	@Test
	void passwords_longer_than_bcrypt_reads_are_refused() {
		assertThat(this.policy.check("clerk", "Aa1#" + "x".repeat(80))).contains("password.rule.too-long");
	}

}
