package org.lianxin.project;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.region.RegionManagement;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "提为民生实事候选项目" on an opinion's and a suggestion's page (issue 14 item 1, collected with
 * the links kept): the button opens the candidate form filled in from the record, and
 * saving it links the two. The button is the project module's, contributed through
 * {@code platform.web.Backlinks}, so neither page's module depends on projects.
 */
@LianxinTest
class CandidateFromSourceTests {

	private static final String LAOBIAN = "office-210811";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	long congress;

	@BeforeEach
	void setUp() {
		this.congress = this.regions.congressesOf("210811").get(0).id();
	}

	@Test
	void an_opinions_page_proposes_it_as_a_candidate_with_its_number_title_category_and_place_filled_in()
			throws Exception {
		// a project category named as the case's category (categories are edited by the
		// admin; the demo's opinion categories are not the ten kinds of projects)
		this.jdbc.sql("""
				insert into project_category (name, sort_order)
				select c.name, 1000 from opinion o join opinion_category c on c.id = o.category_id
				where o.region_code like '210811%' and o.status <> 'MERGED'
				  and not exists (select 1 from project_category p where p.name = c.name)
				order by o.id limit 1""").update();
		Map<String, Object> opinion = this.jdbc.sql("""
				select o.id, o.tracking_code, o.place, c.name as category, p.id as project_category,
				       (select k.id from congress k join region r on r.code = k.region_code
				        where (select path from region where code = o.region_code) like r.path || '%'
				        order by length(r.path) desc, k.term_number desc limit 1) as congress
				from opinion o join opinion_category c on c.id = o.category_id
				join project_category p on p.name = c.name
				where o.region_code like '210811%' and o.status <> 'MERGED'
				order by o.id limit 1""").query().singleRow();
		long id = ((Number) opinion.get("id")).longValue();
		if (opinion.get("place") == null) {
			this.jdbc.sql("update opinion set place = '柳树镇柳树村' where id = ?").param(id).update();
			opinion.put("place", "柳树镇柳树村");
		}
		String code = (String) opinion.get("tracking_code");
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(content().string(
					allOf(containsString("提为民生实事候选项目"), containsString("href=\"/projects/new?opinion=" + id + "\""))));
		// an agency handling cases proposes no candidates: no button
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, "agency-210811")))
			.andExpect(content().string(not(containsString("/projects/new"))));

		this.mvc
			.perform(get("/projects/new").param("opinion", String.valueOf(id)).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("name=\"opinions\" maxlength=\"1000\" value=\"" + code + "\""),
						containsString("<option value=\"" + opinion.get("project_category")
								+ "\" selected=\"selected\">" + opinion.get("category") + "</option>"),
						containsString("value=\"" + opinion.get("place") + "\""),
						containsString("<option value=\"" + opinion.get("congress") + "\" selected=\"selected\">"))));

		// saved as filled in (the office completing budget, dates and targets), it is
		// linked
		String location = this.mvc
			.perform(post("/projects").with(Staff.as(this.accounts, LAOBIAN))
				.with(csrf())
				.param("congressId", String.valueOf(this.congress))
				.param("year", "2052")
				.param("title", "由群众意见提出的候选项目")
				.param("categoryId", String.valueOf(opinion.get("project_category")))
				.param("budget", "80")
				.param("startsOn", "2052-03-01")
				.param("dueOn", "2052-11-30")
				.param("targets", "改造 1 处")
				.param("opinions", code))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get("/opinions/{id}", id).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(content().string(allOf(containsString("已归集为民生实事候选项目"),
					containsString("href=\"" + location + "\""), containsString("由群众意见提出的候选项目"))));
	}

	@Test
	void a_suggestions_page_proposes_it_with_its_number_title_and_congress_filled_in() throws Exception {
		Map<String, Object> suggestion = this.jdbc.sql("""
				select id, title, session_number, serial_number from suggestion
				where congress_id = ? and serial_number is not null and status <> 'MERGED' order by id limit 1""")
			.param(this.congress)
			.query()
			.singleRow();
		long id = ((Number) suggestion.get("id")).longValue();
		this.mvc.perform(get("/suggestions/{id}", id).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(content().string(containsString("href=\"/projects/new?suggestion=" + id + "\"")));
		this.mvc
			.perform(
					get("/projects/new").param("suggestion", String.valueOf(id)).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("value=\"第" + suggestion.get("session_number") + "次会议第"
							+ suggestion.get("serial_number") + "号\""),
					containsString("value=\"" + suggestion.get("title") + "\""),
					containsString("<option value=\"" + this.congress + "\" selected=\"selected\">"))));
	}

	@Test
	void a_record_outside_the_offices_scope_opens_no_filled_in_form() throws Exception {
		long elsewhere = this.jdbc
			.sql("select id from opinion where region_code like '210881%' and status <> 'MERGED' order by id limit 1")
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/projects/new").param("opinion", String.valueOf(elsewhere))
				.with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isNotFound());
		assertThat(elsewhere).isPositive();
	}

}
