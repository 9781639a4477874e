package org.lianxin.opinion;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.text.Bigrams;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class TriageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OpinionIntake intake;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	org.lianxin.workday.WorkdayCalendar calendar;

	@Test
	void texts_about_the_same_thing_share_enough_bigrams_and_others_do_not() {
		var streetLight = Bigrams.of("胜利街路灯不亮，晚上很黑");
		assertThat(Bigrams.similarity(streetLight, Bigrams.of("胜利街的路灯坏了不亮"))).isGreaterThan(0.3);
		assertThat(Bigrams.similarity(streetLight, Bigrams.of("学校门口早高峰拥堵"))).isLessThan(0.1);
		assertThat(Bigrams.of("路灯，路灯！")).containsExactlyInAnyOrder("路灯", "灯路");
	}

	@Test
	void a_routing_rule_suggests_the_lead_agency_at_triage() throws Exception {
		long agency = Staff.load(this.accounts, "agency-210803").scope().agencyId();
		long category = this.jdbc.sql("select id from opinion_category where code = 'TRAFFIC'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/opinion-routing").with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("categoryId", String.valueOf(category))
				.param("regionCode", "210803")
				.param("agencyId", String.valueOf(agency)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/opinion-routing").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("categoryId", String.valueOf(category))
				.param("regionCode", "210803")
				.param("agencyId", String.valueOf(agency)))
			.andExpect(flash().attribute("notice", "routing.saved"));
		long id = submit("TRAFFIC", "210803003", "分流：滨海街道公交站台破损");
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(content().string(containsString("routing-suggestion")))
			.andExpect(content().string(containsString("value=\"" + agency + "\" selected")));
	}

	@Test
	void similar_open_cases_of_the_region_and_category_are_offered_for_merging() throws Exception {
		long first = submit("ENVIRONMENT", "210803002", "并案：河边烧烤店夜间油烟扰民，气味很大");
		long second = submit("ENVIRONMENT", "210803002", "并案：河边的烧烤店油烟扰民，晚上气味大");
		long other = submit("ENVIRONMENT", "210803002", "并案：小区垃圾桶满了没人清运");
		this.mvc.perform(get("/opinions/{id}", second).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(content().string(containsString("data-similar=\"" + first + "\"")))
			.andExpect(content().string(not(containsString("data-similar=\"" + other + "\""))));
	}

	@Test
	void the_inbox_assigns_ticked_cases_in_one_go() throws Exception {
		long one = submit("TRAFFIC", "210803", "批量：路口缺少斑马线");
		long two = submit("TRAFFIC", "210803", "批量：公交站没有遮雨棚");
		long agency = Staff.load(this.accounts, "agency-210803").scope().agencyId();
		this.mvc.perform(get("/opinions").param("inbox", "true").with(Staff.as(this.accounts, "office-210803")))
			.andExpect(content().string(containsString("bulk-assign")));
		this.mvc
			.perform(post("/opinions/bulk-assign").with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("ids", String.valueOf(one), String.valueOf(two))
				.param("leadAgencyId", String.valueOf(agency)))
			.andExpect(flash().attribute("notice", "opinion.bulk.done"))
			.andExpect(flash().attribute("noticeArguments", new Object[] { 2 }));
		assertThat(this.jdbc.sql("select status from opinion where id in (?, ?)")
			.params(one, two)
			.query(String.class)
			.list()).containsOnly("ASSIGNED");
	}

	@Test
	void a_category_of_its_own_has_its_own_reply_deadline_until_the_override_is_removed() throws Exception {
		long category = this.jdbc.sql("select id from opinion_category where code = 'EDUCATION'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/opinion-deadlines").with(Staff.as(this.accounts, "office-210803")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/opinion-deadlines").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("categoryId", String.valueOf(category))
				.param("stage", "REPLY")
				.param("workingDays", "5"))
			.andExpect(flash().attribute("notice", "deadline.saved"));
		long agency = Staff.load(this.accounts, "agency-210803").scope().agencyId();
		long id = submit("EDUCATION", "210803", "时限：校车接送点不安全");
		this.workflow.assign(Staff.load(this.accounts, "office-210803"), id, agency, java.util.Set.of(), null);
		java.time.LocalDate today = this.calendar.today();
		assertThat(this.jdbc.sql("select reply_due_on from opinion where id = ?")
			.param(id)
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(this.calendar.plusWorkingDays(today, 5));
		long override = this.jdbc
			.sql("select id from opinion_deadline where category_id = ? and stage = 'REPLY' and not urgent")
			.param(category)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/opinion-deadlines/{id}/delete", override).with(Staff.as(this.accounts, "admin"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "deadline.removed"));
		int defaultDays = this.jdbc.sql(
				"select working_days from opinion_deadline where category_id is null and stage = 'REPLY' and not urgent")
			.query(Integer.class)
			.single();
		long later = submit("EDUCATION", "210803", "时限：校门口积水");
		this.workflow.assign(Staff.load(this.accounts, "office-210803"), later, agency, java.util.Set.of(), null);
		assertThat(this.jdbc.sql("select reply_due_on from opinion where id = ?")
			.param(later)
			.query(java.time.LocalDate.class)
			.single()).as("the removed rule is not remembered")
			.isEqualTo(this.calendar.plusWorkingDays(today, defaultDays));
		this.mvc
			.perform(post("/opinion-deadlines").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("stage", "REPLY")
				.param("workingDays", "0"))
			.andExpect(flash().attribute("problem", "工作日数为 1 至 250"));
		this.mvc.perform(get("/opinion-deadlines").with(Staff.as(this.accounts, "admin")))
			.andExpect(content().string(containsString("答复（自交办起）")));
	}

	private long submit(String category, String region, String description) {
		return this.intake
			.submit(new Submission(IntakeChannel.WEB, category, region, null, null, description, null, null, null, null,
					"13904170012", null, false, false, List.of(), null, null, null, null))
			.id();
	}

}
