package org.lianxin.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DataScopeTests {

	@Test
	void a_division_office_filters_by_the_region_subtree_with_a_bound_parameter() {
		var scope = new DataScope(DataScopeKind.REGION_AND_BELOW, 7, "210802", "/210800/210802/", null);
		SqlCondition condition = scope.restrict("a.region_code", "a.id", "a.created_by");
		assertThat(condition.sql()).doesNotContain("210802").contains(":scopeRegionPath");
		assertThat(condition.params()).containsEntry("scopeRegionPath", "/210800/210802/%");
	}

	@Test
	void a_scope_that_needs_a_column_the_table_lacks_sees_nothing() {
		var agencyScope = new DataScope(DataScopeKind.OWN_AGENCY, 7, "210802", "/210800/210802/", 12L);
		assertThat(agencyScope.restrict("t.region_code", null, "t.owner").sql()).isEqualTo("false");
		var agencylessHandler = new DataScope(DataScopeKind.OWN_AGENCY, 7, "210802", "/210800/210802/", null);
		assertThat(agencylessHandler.restrict("a.region_code", "a.id", "a.created_by").sql()).isEqualTo("false");
	}

	@Test
	void own_records_means_rows_the_user_owns() {
		var scope = new DataScope(DataScopeKind.OWN_RECORDS, 42, "210802", "/210800/210802/", null);
		SqlCondition condition = scope.restrict("a.region_code", "a.id", "a.created_by");
		assertThat(condition.sql()).isEqualTo("a.created_by = :scopeUserId");
		assertThat(condition.params()).containsEntry("scopeUserId", 42L);
	}

	@Test
	void rows_that_name_people_belong_to_whoever_answers_for_them_and_to_offices_by_region() {
		String rows = "select x.row_id from named x where x.person in (select p from mine where u = :scopeUserId)";
		var deputy = new DataScope(DataScopeKind.OWN_RECORDS, 42, "210802", "/210800/210802/", null);
		SqlCondition own = deputy.restrictToNamed("r.region_code", "r.id", rows);
		assertThat(own.sql()).isEqualTo("r.id in (" + rows + ")");
		assertThat(own.params()).containsEntry("scopeUserId", 42L);
		var liaison = new DataScope(DataScopeKind.OWN_GROUPS, 43, "210802", "/210800/210802/", null);
		assertThat(liaison.restrictToNamed("r.region_code", "r.id", rows).sql()).isEqualTo("r.id in (" + rows + ")");
		var office = new DataScope(DataScopeKind.OWN_REGION, 7, "210802", "/210800/210802/", null);
		assertThat(office.restrictToNamed("r.region_code", "r.id", rows).sql())
			.isEqualTo("r.region_code = :scopeRegionCode");
		var handler = new DataScope(DataScopeKind.OWN_AGENCY, 7, "210802", "/210800/210802/", 12L);
		assertThat(handler.restrictToNamed("r.region_code", "r.id", rows).sql()).isEqualTo("false");
	}

	@Test
	void region_coverage_follows_the_scope_kind() {
		var division = new DataScope(DataScopeKind.REGION_AND_BELOW, 1, "210802", "/210800/210802/", null);
		assertThat(division.coversRegion("210802001", "/210800/210802/210802001/")).isTrue();
		assertThat(division.coversRegion("210803", "/210800/210803/")).isFalse();
		assertThat(division.coversRegion("210800", "/210800/")).isFalse();
		var ownRegion = new DataScope(DataScopeKind.OWN_REGION, 1, "210802", "/210800/210802/", null);
		assertThat(ownRegion.coversRegion("210802", "/210800/210802/")).isTrue();
		assertThat(ownRegion.coversRegion("210802001", "/210800/210802/210802001/")).isFalse();
	}

	@Test
	void a_region_path_that_could_smuggle_sql_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DataScope(DataScopeKind.REGION_AND_BELOW, 1, "x", "/210800/' or '1'='1", null));
	}

}
