package org.lianxin.account.internal;

import java.util.Arrays;

import org.lianxin.account.StaffAccounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Production must not run with the published demo passwords: with the {@code prod}
 * profile active, start-up fails while any enabled account still has one.
 */
@Component
@Profile("prod")
@Order(Integer.MAX_VALUE)
class DemoPasswordGuard implements ApplicationRunner {

	private final StaffAccounts accounts;

	private final Environment environment;

	DemoPasswordGuard(StaffAccounts accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (Arrays.asList(this.environment.getActiveProfiles()).contains("demo")) {
			throw new IllegalStateException("The prod profile cannot run together with the demo profile");
		}
		long count = this.accounts.countDemoPasswords();
		if (count > 0) {
			throw new IllegalStateException(count
					+ " account(s) still have the published demo password; change them (or disable the accounts) before starting with the prod profile");
		}
	}

}
