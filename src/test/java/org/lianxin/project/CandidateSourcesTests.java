package org.lianxin.project;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.Workbooks;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.internal.CandidateImport;
import org.lianxin.region.RegionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Candidates collected from citizens' opinions and deputies' suggestions (issue 14 item
 * 1): the office names them by number, within its scope; the candidate links them with
 * their title and state, and each of their pages links back to the candidate.
 */
@LianxinTest
class CandidateSourcesTests {

	private static final String LAOBIAN = "office-210811";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	CandidateImport imports;

	@Autowired
	JdbcClient jdbc;

	long congress;

	long roads;

	@BeforeEach
	void setUp() {
		this.congress = this.regions.congressesOf("210811").get(0).id();
		this.roads = this.jdbc.sql("select id from project_category where name = '交通道路'").query(Long.class).single();
	}

	@Test
	void a_candidate_names_the_opinions_and_suggestions_it_came_from_and_each_page_links_the_other() throws Exception {
		Case opinion = opinionOf("210811");
		long suggestion = suggestionNumbered(1, 3);
		String location = this.mvc.perform(candidate("老边区背街小巷照明改造", 2047, opinion.code().toLowerCase(), "1-3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "project.proposed"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/projects/\\d+");

		this.mvc.perform(get(location).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("来源：群众意见和代表建议"),
					containsString("href=\"/opinions/" + opinion.id() + "\""), containsString(opinion.code()),
					containsString("href=\"/suggestions/" + suggestion + "\""), containsString("第1次会议第3号"))));
		this.mvc.perform(get("/opinions/" + opinion.id()).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已归集为民生实事候选项目"),
					containsString("href=\"" + location + "\""), containsString("老边区背街小巷照明改造"))));
		this.mvc.perform(get("/suggestions/" + suggestion).with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("已归集为民生实事候选项目"), containsString("老边区背街小巷照明改造"), containsString("2047年"))));
		this.mvc.perform(get("/api/v1" + location + "/sources").with(Staff.as(this.accounts, LAOBIAN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.opinions[0].number").value(opinion.code()))
			.andExpect(jsonPath("$.opinions[0].path").value("/opinions/" + opinion.id()))
			.andExpect(jsonPath("$.suggestions[0].number").value("第1次会议第3号"))
			.andExpect(jsonPath("$.suggestions[0].state").isNotEmpty());
	}

	@Test
	void an_unknown_number_or_one_outside_the_offices_scope_is_named_and_nothing_is_saved() throws Exception {
		Case elsewhere = opinionOf("210881");
		this.mvc.perform(candidate("老边区口袋公园建设", 2044, elsewhere.code() + "，NOSUCHCASE", "第1次会议第99999号"))
			.andExpect(
					flash().attribute("problem", allOf(containsString("群众意见编号“" + elsewhere.code() + "”不存在，或不在本单位的范围内"),
							containsString("群众意见编号“NOSUCHCASE”不存在"), containsString("代表建议编号“第1次会议第99999号”在本届人大不存在"))));
		assertThat(candidates(2044)).isZero();
		// the case stays unlinked: its page names no candidate
		this.mvc.perform(get("/opinions/" + elsewhere.id()).with(Staff.as(this.accounts, "office-210881")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("老边区口袋公园建设"))));

		this.mvc
			.perform(post("/api/v1/projects").with(Staff.as(this.accounts, LAOBIAN))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"congressId": %d, "year": 2044, "title": "老边区口袋公园建设", "categoryId": %d, "budget": 100,
						 "startsOn": "2044-03-01", "dueOn": "2044-11-30",
						 "targets": [{"name": "口袋公园", "unit": "个", "planned": 3}],
						 "opinions": ["%s"]}""".formatted(this.congress, this.roads, elsewhere.code())))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString(elsewhere.code())));
		assertThat(candidates(2044)).isZero();
	}

	@Test
	void the_imported_list_takes_the_numbers_of_each_row_and_names_each_refused_one_by_row() throws Exception {
		Case opinion = opinionOf("210811");
		Case elsewhere = opinionOf("210881");
		List<String> good = row("老边区农贸市场改造", opinion.code(), "1-4");
		List<String> bad = row("老边区停车场建设", elsewhere.code(), "1-99999");
		this.mvc.perform(upload(Workbooks.fill(this.imports.template(), List.of(good, bad))))
			.andExpect(flash().attribute("problem",
					allOf(containsString("第 3 行 来源意见编号：群众意见编号“" + elsewhere.code() + "”不存在"),
							containsString("第 3 行 来源建议编号（第1次会议第12号）：代表建议编号“1-99999”"))));
		assertThat(candidates(2045)).isZero();

		this.mvc.perform(upload(Workbooks.fill(this.imports.template(), List.of(good))))
			.andExpect(flash().attribute("notice", "project.import.done"));
		assertThat(this.jdbc.sql("""
				select s.kind || ':' || s.number from project_source s join project p on p.id = s.project_id
				where p.congress_id = ? and p.year = 2045 order by s.position""")
			.param(this.congress)
			.query(String.class)
			.list()).containsExactly("OPINION:" + opinion.code(), "SUGGESTION:第1次会议第4号");
	}

	private record Case(long id, String code) {
	}

	private Case opinionOf(String division) {
		return this.jdbc.sql(
				"select id, tracking_code from opinion where region_code like ? and status <> 'MERGED' order by id limit 1")
			.param(division + "%")
			.query((rs, n) -> new Case(rs.getLong(1), rs.getString(2)))
			.single();
	}

	private long suggestionNumbered(int session, int serial) {
		return this.jdbc
			.sql("select id from suggestion where congress_id = ? and session_number = ? and serial_number = ?")
			.params(this.congress, session, serial)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder candidate(String title, int year, String opinions, String suggestions) {
		return post("/projects").with(Staff.as(this.accounts, LAOBIAN))
			.with(csrf())
			.param("congressId", String.valueOf(this.congress))
			.param("year", String.valueOf(year))
			.param("title", title)
			.param("categoryId", String.valueOf(this.roads))
			.param("budget", "300")
			.param("startsOn", year + "-03-01")
			.param("dueOn", year + "-11-30")
			.param("targets", "照明改造 12 条")
			.param("opinions", opinions)
			.param("suggestions", suggestions);
	}

	private static List<String> row(String title, String opinions, String suggestions) {
		return List.of(title, "交通道路", "", "300", "老边区", "2045-03-01", "2045-11-30", title + " 2 个", "", opinions,
				suggestions);
	}

	private MockMultipartHttpServletRequestBuilder upload(byte[] workbook) {
		return multipart("/projects/import").file(new MockMultipartFile("file", "candidates.xlsx", null, workbook))
			.param("congressId", String.valueOf(this.congress))
			.param("year", "2045")
			.with(Staff.as(this.accounts, LAOBIAN))
			.with(csrf());
	}

	private long candidates(int year) {
		return this.jdbc.sql("select count(*) from project where congress_id = ? and year = ?")
			.params(this.congress, year)
			.query(Long.class)
			.single();
	}

}
