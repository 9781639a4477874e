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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A candidate's sources and a source's candidates as each reader's data scope allows: a
 * 老边区 candidate that came to name a record of 盖州市 (a city office drafted it, or the
 * scopes changed since) shows 老边's office neither the number nor the title of that
 * record, and 盖州's office's page of the record names no 老边 candidate.
 */
@LianxinTest
class SourceScopeTests {

	private static final String LAOBIAN = "office-210811";

	private static final String GAIZHOU = "office-210881";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	long project;

	Map<String, Object> opinion;

	Map<String, Object> suggestion;

	@BeforeEach
	void setUp() throws Exception {
		long congress = this.regions.congressesOf("210811").get(0).id();
		long roads = this.jdbc.sql("select id from project_category where name = '交通道路'").query(Long.class).single();
		String location = this.mvc
			.perform(post("/projects").with(Staff.as(this.accounts, LAOBIAN))
				.with(csrf())
				.param("congressId", String.valueOf(congress))
				.param("year", "2053")
				.param("title", "老边区跨区来源检验项目")
				.param("categoryId", String.valueOf(roads))
				.param("budget", "10")
				.param("startsOn", "2053-03-01")
				.param("dueOn", "2053-11-30")
				.param("targets", "道路 1 条"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.project = Long.parseLong(location.substring("/projects/".length()));
		this.opinion = this.jdbc.sql("""
				select id, tracking_code from opinion where region_code like '210881%' and status <> 'MERGED'
				order by id desc limit 1""").query().singleRow();
		this.suggestion = this.jdbc.sql("""
				select s.id, s.title, s.session_number, s.serial_number from suggestion s
				where s.region_code like '210881%' and s.serial_number is not null order by s.id desc limit 1""")
			.query()
			.singleRow();
		// the links as a reader of wider scope could have made them
		this.jdbc.sql("""
				insert into project_source (project_id, position, kind, source_id, number) values
				(?, 0, 'OPINION', ?, ?), (?, 1, 'SUGGESTION', ?, ?)""")
			.params(this.project, this.opinion.get("id"), this.opinion.get("tracking_code"), this.project,
					this.suggestion.get("id"),
					"第" + this.suggestion.get("session_number") + "次会议第" + this.suggestion.get("serial_number") + "号")
			.update();
	}

	@Test
	void an_opinion_outside_the_readers_scope_shows_neither_its_tracking_code_nor_its_text() throws Exception {
		this.mvc.perform(get("/projects/{id}", this.project).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString((String) this.opinion.get("tracking_code"))),
					not(containsString("/opinions/" + this.opinion.get("id") + "\"")),
					containsString("另有 2 件来源不在您的数据范围内"))));
		this.mvc.perform(get("/api/v1/projects/{id}/sources", this.project).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(jsonPath("$.opinions").isEmpty())
			.andExpect(jsonPath("$.outsideScope").value(2));
		// a reader whose scope covers it sees it
		this.mvc.perform(get("/api/v1/projects/{id}/sources", this.project).with(Staff.as(this.accounts, "admin")))
			.andExpect(jsonPath("$.opinions[0].number").value(this.opinion.get("tracking_code")))
			.andExpect(jsonPath("$.outsideScope").value(0));
	}

	@Test
	void a_suggestion_outside_the_readers_scope_shows_neither_its_number_nor_its_title() throws Exception {
		this.mvc.perform(get("/projects/{id}", this.project).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(content().string(allOf(not(containsString((String) this.suggestion.get("title"))),
					not(containsString("/suggestions/" + this.suggestion.get("id") + "\"")))));
		this.mvc.perform(get("/api/v1/projects/{id}/sources", this.project).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(jsonPath("$.suggestions").isEmpty());
		this.mvc.perform(get("/api/v1/projects/{id}/sources", this.project).with(Staff.as(this.accounts, "admin")))
			.andExpect(jsonPath("$.suggestions[0].title").value(this.suggestion.get("title")));
	}

	@Test
	void a_records_page_names_no_candidate_outside_the_readers_scope() throws Exception {
		this.mvc.perform(get("/opinions/{id}", this.opinion.get("id")).with(Staff.as(this.accounts, GAIZHOU)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("老边区跨区来源检验项目"))));
		this.mvc.perform(get("/suggestions/{id}", this.suggestion.get("id")).with(Staff.as(this.accounts, GAIZHOU)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("老边区跨区来源检验项目"))));
		// the city's office sees both sides
		this.mvc.perform(get("/opinions/{id}", this.opinion.get("id")).with(Staff.as(this.accounts, "admin")))
			.andExpect(content().string(containsString("老边区跨区来源检验项目")));
	}

}
