package org.lianxin;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs MockMvc requests in as one of the demo city's staff users. */
public final class Staff {

	public static final String DEMO_PASSWORD = "Lianxin#2026";

	private Staff() {
	}

	public static CurrentUser load(StaffAccounts accounts, String username) {
		return accounts.findByUsername(username).orElseThrow(() -> new AssertionError("no demo user " + username));
	}

	public static RequestPostProcessor as(StaffAccounts accounts, String username) {
		return user(load(accounts, username));
	}

}
