package org.lianxin.account.internal;

import org.junit.jupiter.api.Test;

import org.lianxin.account.StaffAccounts;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class DemoPasswordGuardTests {

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	@Test
	void production_refuses_to_start_while_a_demo_password_is_in_place() {
		given(this.accounts.countDemoPasswords()).willReturn(3L);
		var guard = new DemoPasswordGuard(this.accounts, environment("prod"));
		assertThatIllegalStateException().isThrownBy(() -> guard.run(null)).withMessageContaining("3 account(s)");
	}

	@Test
	void production_refuses_to_run_with_the_demo_profile() {
		var guard = new DemoPasswordGuard(this.accounts, environment("prod", "demo"));
		assertThatIllegalStateException().isThrownBy(() -> guard.run(null));
	}

	@Test
	void production_starts_once_every_demo_password_is_gone() {
		given(this.accounts.countDemoPasswords()).willReturn(0L);
		var guard = new DemoPasswordGuard(this.accounts, environment("prod"));
		assertThatCode(() -> guard.run(null)).doesNotThrowAnyException();
	}

	private static MockEnvironment environment(String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		return environment;
	}

}
