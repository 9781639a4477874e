package org.lianxin.setup;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class FirstAdministratorTests {

	private final RegionManagement regions = mock(RegionManagement.class);

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	@Test
	void a_new_deployment_gets_its_city_and_an_administrator_with_the_operators_password() {
		given(this.regions.find("210800")).willReturn(Optional.empty());
		run("Operator#Chosen2026");
		verify(this.regions).create("210800", "营口市", RegionLevel.CITY, null);
		verify(this.accounts).createIfAbsent(
				argThat((NewStaffUser user) -> user.username().equals("admin") && user.scope() == DataScopeKind.ALL
						&& user.roleCodes().contains(StaffAccounts.CITY_ADMIN_ROLE)),
				eq("Operator#Chosen2026"), eq(false));
	}

	@Test
	void an_existing_city_is_kept() {
		given(this.regions.find("210800"))
			.willReturn(Optional.of(Region.create("210800", "营口市", RegionLevel.CITY, null)));
		run("Operator#Chosen2026");
		verify(this.regions, never()).create(anyString(), anyString(), any(), any());
		verify(this.accounts).createIfAbsent(any(), eq("Operator#Chosen2026"), eq(false));
	}

	@Test
	void nothing_happens_once_an_administrator_exists() {
		given(this.accounts.hasCityAdministrator()).willReturn(true);
		run("Operator#Chosen2026");
		verify(this.accounts, never()).createIfAbsent(any(), anyString(), anyBoolean());
	}

	@Test
	void nothing_happens_without_a_password() {
		run(null);
		verify(this.accounts, never()).createIfAbsent(any(), any(), anyBoolean());
	}

	private void run(String password) {
		new FirstAdministrator(new SetupProperties(password, "admin", "210800", "营口市"), this.regions, this.accounts)
			.run(null);
	}

}
