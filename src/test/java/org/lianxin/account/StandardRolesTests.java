package org.lianxin.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody may hand out a role more powerful than their own ({@code RolePolicy}), so every
 * permission a module grants to a role an office creates accounts for must be the
 * office's too, and the city administrator's; otherwise the office can no longer create
 * those accounts at all.
 */
@LianxinTest
class StandardRolesTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_congress_office_holds_every_permission_of_the_roles_it_creates_accounts_for() {
		assertThat(missing("CONGRESS_OFFICE", List.of("AGENCY_HANDLER", "STATION_ADMIN"))).isEmpty();
	}

	@Test
	void the_city_administrator_holds_every_permission_of_every_standard_role() {
		assertThat(missing("CITY_ADMIN",
				List.of("CONGRESS_OFFICE", "AGENCY_HANDLER", "STATION_ADMIN", "DEPUTY", "GROUP_LIAISON")))
			.isEmpty();
	}

	/** The permissions the given roles hold and {@code holder} does not. */
	private List<String> missing(String holder, List<String> roles) {
		return this.jdbc.sql("""
				select distinct p.permission from role_permission p join role r on r.id = p.role_id
				where r.code in (:roles)
				  and p.permission not in (select h.permission from role_permission h join role hr on hr.id = h.role_id
				                           where hr.code = :holder)
				order by 1""").param("roles", roles).param("holder", holder).query(String.class).list();
	}

}
