package org.lianxin.setup;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production deployment has no published passwords, so its first administrator comes
 * from the operator: started once with {@code lianxin.setup.admin-password} set, the
 * application creates the city's root region and an administrator with that password,
 * unless an enabled city administrator already exists. Everything else is then done in
 * the console.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final SetupProperties properties;

	private final RegionManagement regions;

	private final StaffAccounts accounts;

	FirstAdministrator(SetupProperties properties, RegionManagement regions, StaffAccounts accounts) {
		this.properties = properties;
		this.regions = regions;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String password = this.properties.adminPassword();
		if (password == null || password.isBlank() || this.accounts.hasCityAdministrator()) {
			return;
		}
		if (this.regions.find(this.properties.rootRegionCode()).isEmpty()) {
			this.regions.create(this.properties.rootRegionCode(), this.properties.rootRegionName(), RegionLevel.CITY,
					null);
		}
		this.accounts.createIfAbsent(new NewStaffUser(this.properties.adminUsername(), "管理员",
				this.properties.rootRegionCode(), null, DataScopeKind.ALL, Set.of(StaffAccounts.CITY_ADMIN_ROLE)),
				password, false);
		log.warn("Created the first administrator '{}' for region {}; remove lianxin.setup.admin-password now",
				this.properties.adminUsername(), this.properties.rootRegionCode());
	}

}
