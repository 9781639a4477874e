package org.lianxin.deputy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.RegionLevel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DeputyRegistryTests {

	@Autowired
	DeputyRegistry deputies;

	@Autowired
	DeputyList list;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void a_division_office_registers_a_deputy_whose_phone_is_stored_encrypted_and_shown_masked() throws Exception {
		this.mvc
			.perform(post("/deputies").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("name", "王淑珍")
				.param("gender", "FEMALE")
				.param("ethnicity", "满族")
				.param("birthYear", "1968")
				.param("party", "中共党员")
				.param("occupation", "社区党委书记")
				.param("employer", "站前区八田地街道某社区")
				.param("phone", "139 4170 1234")
				.param("bio", "长期从事社区工作。")
				.param("congressId", String.valueOf(congressOf("210802")))
				.param("electoralDistrict", "八田地街道第一选区")
				.param("groupName", "八田地街道代表小组")
				.param("startedOn", "2021-11-15"))
			.andExpect(redirectedUrlPattern("/deputies/*"));
		long id = this.jdbc.sql("select id from deputy where name = '王淑珍'").query(Long.class).single();
		String stored = this.jdbc.sql("select phone_cipher || phone_masked || phone_last_four from deputy where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("13941701234").contains("139****1234");
		this.mvc.perform(get("/deputies/{id}", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("139****1234")))
			.andExpect(content().string(not(containsString("13941701234"))))
			.andExpect(content().string(containsString("信息完整度 88%")));
		this.mvc.perform(get("/deputies/{id}", id).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isNotFound());
	}

	@Test
	void bad_input_gets_field_messages_and_writes_nothing() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/deputies").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("name", "")
				.param("birthYear", "1800")
				.param("phone", "12345")
				.param("startedOn", "not-a-date"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("alert-danger")));
		this.mvc
			.perform(post("/deputies").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("name", "李建国")
				.param("phone", "12345")
				.param("congressId", String.valueOf(congressOf("210802")))
				.param("startedOn", "2021-11-15"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请输入有效的手机或固定电话号码")));
		this.mvc
			.perform(post("/deputies").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("name", "李建国")
				.param("congressId", String.valueOf(congressOf("210802")))
				.param("startedOn", "2015-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("当选日期应在该届任期内")));
		this.mvc
			.perform(post("/deputies").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("name", "李建国")
				.param("congressId", String.valueOf(congressOf("210803")))
				.param("startedOn", "2021-11-15"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择您数据范围内的人民代表大会")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void one_person_sits_in_two_congresses_and_each_office_ends_only_its_own_seat() {
		CurrentUser admin = Staff.load(this.accounts, "admin");
		CurrentUser division = Staff.load(this.accounts, "office-210882");
		long id = this.deputies.register(division, profile("赵德明"),
				new Seat(congressOf("210882"), "石桥选区", "金桥街道代表小组", LocalDate.of(2021, 11, 20)));
		this.deputies.addSeat(admin, id, new Seat(congressOf("210800"), null, "大石桥代表团", LocalDate.of(2022, 1, 10)));
		assertThatThrownBy(() -> this.deputies.addSeat(admin, id,
				new Seat(congressOf("210800"), null, null, LocalDate.of(2022, 1, 10))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("deputy.seat.duplicate");
		DeputyDetail both = this.deputies.get(admin, id);
		assertThat(both.memberships()).hasSize(2).allMatch(MembershipView::serving);
		assertThat(this.list.list(admin, new DeputyQuery(null, RegionLevel.CITY, true, "赵德明", "", 0, 10)).rows())
			.hasSize(1);

		long citySeat = both.memberships()
			.stream()
			.filter(m -> m.level() == RegionLevel.CITY)
			.findFirst()
			.orElseThrow()
			.id();
		assertThatThrownBy(() -> this.deputies.endSeat(division, id, citySeat, LocalDate.of(2026, 1, 5), "调离",
				LocalDate.of(2026, 11, 26)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.deputies.endSeat(admin, id, citySeat, LocalDate.of(2030, 1, 1), "调离",
				LocalDate.of(2026, 11, 26)))
			.isInstanceOf(RuleViolationException.class);
		this.deputies.endSeat(admin, id, citySeat, LocalDate.of(2026, 1, 5), "工作调动，辞去市人大代表职务",
				LocalDate.of(2026, 11, 26));
		assertThat(this.deputies.get(admin, id).serving()).as("still sits in the county congress").isTrue();
		assertThat(this.list.list(division, new DeputyQuery("210882", null, null, "赵德明", "金桥", 0, 10)).rows())
			.extracting(DeputyRow::seats)
			.containsExactly("大石桥市人民代表大会");
	}

	@Test
	void a_deputy_profile_says_which_fields_are_missing() {
		long id = this.deputies.register(Staff.load(this.accounts, "office-210804"),
				new DeputyProfile("孙海燕", Gender.FEMALE, null, null, null, null, null, null, null),
				new Seat(congressOf("210804"), null, null, LocalDate.of(2021, 11, 20)));
		DeputyDetail deputy = this.deputies.get(Staff.load(this.accounts, "office-210804"), id);
		assertThat(deputy.missingFields()).contains("deputy.phone", "deputy.ethnicity").doesNotContain("deputy.gender");
		assertThat(deputy.completeness()).isEqualTo(11);
	}

	private DeputyProfile profile(String name) {
		return new DeputyProfile(name, Gender.MALE, "汉族", 1970, "中共党员", "企业负责人", "大石桥市某镁制品公司", "13804170000", "热心公益。");
	}

	private long congressOf(String region) {
		return this.jdbc.sql("select id from congress where region_code = ? order by term_number desc limit 1")
			.param(region)
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from deputy").query(Long.class).single();
	}

}
