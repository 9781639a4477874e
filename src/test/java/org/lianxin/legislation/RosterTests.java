package org.lianxin.legislation;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.deputy.DeputyRow;
import org.lianxin.station.VenueRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class RosterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeputyList deputies;

	@Test
	void the_enrolment_form_offers_only_the_serving_deputies_found_by_name_not_every_deputy_in_reach()
			throws Exception {
		long point = LegislativeFixtures.infoPoint(this.venues);
		DeputyRow deputy = this.deputies
			.list(Staff.load(this.accounts, "office-210803"), new DeputyQuery(null, null, true, "", "", 0, 1))
			.rows()
			.get(0);
		String offered = "<option value=\"" + deputy.id() + "\"";
		this.mvc.perform(get("/legislation/points/{id}", point).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"deputy-search\""), not(containsString(offered)))));
		this.mvc
			.perform(get("/legislation/points/{id}", point).param("deputy", deputy.name())
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(offered)));
	}

	@Test
	void an_enrolled_informant_is_on_the_points_roster_with_the_phone_masked_and_counts_towards_the_point()
			throws Exception {
		long point = LegislativeFixtures.infoPoint(this.venues);
		long before = active(point);
		this.mvc
			.perform(post("/legislation/points/{id}/informants", point).with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("name", "韩律师")
				.param("field", "LAWYER")
				.param("workplace", "辽宁某律师事务所")
				.param("phone", "139 0417 5511")
				.param("consent", "true"))
			.andExpect(flash().attribute("notice", "informant.enrolled"));
		assertThat(active(point)).isEqualTo(before + 1);
		this.mvc.perform(get("/legislation/points/{id}", point).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("韩律师"), containsString("139****5511"), not(containsString("13904175511")))));
		this.mvc.perform(get("/legislation/points").with(Staff.as(this.accounts, "office-210803")))
			.andExpect(content().string(containsString("清华街道立法信息采集点（测试）")));
	}

	@Test
	void an_informant_with_a_bad_phone_or_without_consent_is_refused_with_the_reason_and_nothing_is_written()
			throws Exception {
		long point = LegislativeFixtures.infoPoint(this.venues);
		long before = all(point);
		this.mvc
			.perform(post("/legislation/points/{id}/informants", point).with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("name", "某居民")
				.param("field", "RESIDENT")
				.param("phone", "12345")
				.param("consent", "true"))
			.andExpect(flash().attribute("problem", containsString("联系电话格式不正确")));
		this.mvc
			.perform(post("/legislation/points/{id}/informants", point).with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("name", "某居民")
				.param("field", "RESIDENT")
				.param("phone", "13604178888"))
			.andExpect(flash().attribute("problem", containsString("须经本人同意")));
		assertThat(all(point)).isEqualTo(before);
	}

	@Test
	void one_phone_is_enrolled_once_per_point_and_again_after_leaving() throws Exception {
		long point = LegislativeFixtures.contactPoint(this.venues);
		enrol(point, "13604170001").andExpect(flash().attribute("notice", "informant.enrolled"));
		enrol(point, "136-0417-0001").andExpect(flash().attribute("problem", containsString("已登记在本点")));
		long id = this.jdbc
			.sql("select id from legislation_informant where point_id = ? and phone_last4 = '0001' and active")
			.param(point)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/legislation/points/{p}/informants/{i}/leave", point, id)
				.with(Staff.as(this.accounts, "office-210803"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "informant.left"));
		enrol(point, "13604170001").andExpect(flash().attribute("notice", "informant.enrolled"));
	}

	@Test
	void another_divisions_office_neither_sees_nor_changes_the_roster() throws Exception {
		long point = LegislativeFixtures.infoPoint(this.venues);
		long before = all(point);
		this.mvc.perform(get("/legislation/points/{id}", point).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/legislation/points/{id}/informants", point).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("name", "越权")
				.param("field", "RESIDENT")
				.param("phone", "13604179999")
				.param("consent", "true"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/legislation/points").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(not(containsString("清华街道立法信息采集点（测试）"))));
		assertThat(all(point)).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.ResultActions enrol(long point, String phone) throws Exception {
		return this.mvc
			.perform(post("/legislation/points/{id}/informants", point).with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("name", "刘老师")
				.param("field", "TEACHER")
				.param("phone", phone)
				.param("consent", "true"));
	}

	private long active(long point) {
		return this.jdbc.sql("select count(*) from legislation_informant where point_id = ? and active")
			.param(point)
			.query(Long.class)
			.single();
	}

	private long all(long point) {
		return this.jdbc.sql("select count(*) from legislation_informant where point_id = ?")
			.param(point)
			.query(Long.class)
			.single();
	}

}
