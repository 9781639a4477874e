package org.lianxin.agency;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lianxin.agency.internal.AreaCount;
import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per data-scope level. Each checks both what the user sees and that everything
 * else stays hidden, so each would fail if the scope filter were dropped.
 */
@LianxinTest
class AgencyDataScopeTests {

	@Autowired
	AgencyManagement agencies;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_city_administrator_sees_every_agency() {
		List<AgencyView> seen = listAs(Staff.load(this.accounts, "admin"));
		assertThat(seen).hasSize(count("select count(*) from agency"));
		assertThat(seen).extracting(AgencyView::regionCode).contains("210800", "210802", "210882");
	}

	@Test
	void a_division_office_sees_its_division_and_the_towns_below_it() {
		List<AgencyView> seen = listAs(Staff.load(this.accounts, "office-210802"));
		assertThat(seen).hasSize(
				count("""
						select count(*) from agency a join region r on r.code = a.region_code where r.path like '/210800/210802/%'"""));
		assertThat(seen).extracting(AgencyView::regionCode).allMatch(code -> code.startsWith("210802"));
		assertThat(seen).extracting(AgencyView::regionCode).contains("210802", "210802001");
	}

	@Test
	void an_own_region_user_sees_that_region_but_not_the_ones_below_or_beside_it() {
		CurrentUser user = newUser("own-region", "210802", null, DataScopeKind.OWN_REGION);
		List<AgencyView> seen = listAs(user);
		assertThat(seen).hasSize(count("select count(*) from agency where region_code = '210802'"));
		assertThat(seen).extracting(AgencyView::regionCode).containsOnly("210802");
	}

	@Test
	void an_agency_handler_sees_only_their_own_agency() {
		CurrentUser handler = Staff.load(this.accounts, "agency-210802");
		List<AgencyView> seen = listAs(handler);
		assertThat(seen).extracting(AgencyView::id).containsExactly(handler.scope().agencyId());
	}

	@Test
	void an_own_records_user_sees_only_agencies_they_created() {
		CurrentUser user = newUser("own-records", "210803", null, DataScopeKind.OWN_RECORDS);
		this.jdbc
			.sql("insert into agency (code, name, kind, region_code, created_by) values (?, ?, 'OTHER', '210803', ?)")
			.params("OWN-" + user.id(), "本人创建的单位" + user.id(), user.id())
			.update();
		List<AgencyView> seen = listAs(user);
		assertThat(seen).extracting(AgencyView::code).containsExactly("OWN-" + user.id());
	}

	@Test
	void an_agency_outside_the_scope_cannot_be_found_at_all() {
		long cityAgency = this.jdbc.sql("select id from agency where region_code = '210800' order by id limit 1")
			.query(Long.class)
			.single();
		assertThat(this.agencies.find(Staff.load(this.accounts, "office-210802"), cityAgency)).isEmpty();
		assertThat(this.agencies.find(Staff.load(this.accounts, "admin"), cityAgency)).isPresent();
	}

	@Test
	void the_chart_counts_agencies_per_area_below_the_top_of_the_scope() {
		List<AreaCount> city = this.agencies.countByArea(Staff.load(this.accounts, "admin"));
		assertThat(city).extracting(AreaCount::regionCode)
			.contains("210800", "210802", "210882")
			.doesNotContain("210802001");
		assertThat(city.stream().mapToLong(AreaCount::agencies).sum()).isEqualTo(count("select count(*) from agency"));
		List<AreaCount> division = this.agencies.countByArea(Staff.load(this.accounts, "office-210802"));
		assertThat(division).extracting(AreaCount::regionCode)
			.contains("210802", "210802001")
			.allMatch(c -> c.startsWith("210802"));
		assertThat(division.stream().mapToLong(AreaCount::agencies).sum())
			.isEqualTo(listAs(Staff.load(this.accounts, "office-210802")).size());
		assertThat(this.agencies.countByArea(Staff.load(this.accounts, "agency-210802"))).isEmpty();
		// each bar opens the records behind it: the top's own agencies, or an area's
		// subtree
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		for (AreaCount area : division) {
			var list = this.agencies.list(office,
					new AgencyQuery(area.regionCode(), area.top(), "", null, null, 0, AgencyQuery.MAX_SIZE));
			assertThat(list.items()).as(area.regionName()).hasSize((int) area.agencies());
		}
	}

	private List<AgencyView> listAs(CurrentUser user) {
		return this.agencies.list(user, new AgencyQuery(null, false, "", null, null, 0, AgencyQuery.MAX_SIZE)).items();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private CurrentUser newUser(String prefix, String region, Long agencyId, DataScopeKind scope) {
		String username = prefix + "-" + System.nanoTime();
		this.accounts.createIfAbsent(
				new NewStaffUser(username, "测试", region, agencyId, scope, Set.of("CONGRESS_OFFICE")),
				Staff.DEMO_PASSWORD, false);
		return Staff.load(this.accounts, username);
	}

}
