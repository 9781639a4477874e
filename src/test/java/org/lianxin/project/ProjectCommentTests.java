package org.lianxin.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public comments on candidate projects; the office reads them next to each one. */
@LianxinTest
class ProjectCommentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	CurrentUser office;

	long congress;

	@BeforeEach
	void setUp() {
		this.office = Staff.load(this.accounts, "office-210811");
		this.congress = this.regions.congressesOf("210811").get(0).id();
	}

	@Test
	void anyone_comments_on_a_candidate_with_a_checked_phone_and_the_office_sees_it_masked() throws Exception {
		int year = 2042;
		long id = propose(year, "老旧小区加装电梯（征求意见）");
		// the year's page links the candidates, which have a page of their own
		this.mvc.perform(get("/public/projects").param("region", "210811").param("year", String.valueOf(year)))
			.andExpect(content().string(containsString("/public/projects/candidates?region=210811&amp;year=" + year)))
			.andExpect(content().string(not(containsString("老旧小区加装电梯（征求意见）"))));
		this.mvc
			.perform(get("/public/projects/candidates").param("region", "210811").param("year", String.valueOf(year)))
			.andExpect(content().string(containsString("老旧小区加装电梯（征求意见）")))
			.andExpect(content().string(containsString("/public/projects/" + id + "/comments")));

		this.mvc
			.perform(post("/public/projects/{id}/comments", id).with(csrf())
				.param("phone", "12345")
				.param("body", " ")
				.param("region", "210811")
				.param("year", String.valueOf(year)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("手机号码格式不正确")))
			.andExpect(content().string(containsString("请填写意见，最多 500 字")));
		assertThat(count(id)).isZero();

		this.mvc
			.perform(post("/public/projects/{id}/comments", id).with(csrf())
				.param("phone", "138-1234-5678")
				.param("body", "希望优先安排六层以上的楼")
				.param("region", "210811")
				.param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("意见已收到")));
		this.mvc
			.perform(post("/api/v1/public/projects/{id}/comments", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"13900001234\",\"body\":\"电梯维护费用请说明\"}"))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(post("/api/v1/public/projects/{id}/comments", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"没有电话\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请留下手机号码")));
		assertThat(count(id)).isEqualTo(2);

		this.mvc.perform(get("/projects/{id}", id).with(user(this.office)))
			.andExpect(content().string(containsString("希望优先安排六层以上的楼")))
			.andExpect(content().string(containsString("138****5678")))
			.andExpect(content().string(not(containsString("13812345678"))));
		this.mvc.perform(
				get("/projects").param("region", "210811").param("year", String.valueOf(year)).with(user(this.office)))
			.andExpect(content().string(containsString("公众意见 2 条")));
	}

	@Test
	void a_comment_is_taken_from_the_public_page_served_to_everyone_from_the_cache_without_a_token_of_its_own()
			throws Exception {
		int year = 2057;
		long id = propose(year, "社区食堂（缓存页面上的意见）");
		// a page cached for everyone carries no one's CSRF token (a clerk signed in on
		// the same browser loading it first must not hand theirs to the crowd)
		this.mvc
			.perform(get("/public/projects/candidates").param("region", "210811").param("year", String.valueOf(year)))
			.andExpect(content().string(containsString("社区食堂（缓存页面上的意见）")))
			.andExpect(content().string(not(containsString("_csrf"))));
		this.mvc
			.perform(post("/public/projects/{id}/comments", id).param("phone", "13912345678")
				.param("body", "希望中午供应老年餐")
				.param("region", "210811")
				.param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("意见已收到")));
		assertThat(count(id)).isOne();
	}

	@Test
	void a_project_that_is_no_longer_a_candidate_takes_no_comment() throws Exception {
		long chosen = this.jdbc.sql("select id from project where state = 'CHOSEN' order by id limit 1")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/public/projects/{id}/comments", chosen).contentType(MediaType.APPLICATION_JSON)
				.content("{\"phone\":\"13900001234\",\"body\":\"意见\"}"))
			.andExpect(status().isNotFound());
		assertThat(count(chosen)).isZero();
	}

	private long count(long project) {
		return this.jdbc.sql("select count(*) from project_comment where project_id = ?")
			.param(project)
			.query(Long.class)
			.single();
	}

	private long propose(int year, String title) {
		LocalDate start = LocalDate.of(year, 3, 1);
		long category = this.jdbc.sql("select id from project_category where name = '住房与老旧小区改造'")
			.query(Long.class)
			.single();
		return this.projects.propose(this.office,
				new NewProject(this.congress, year, title, category, null, new BigDecimal("800"), "老边区", start,
						start.plusMonths(9), List.of(new NewProject.Target("加装电梯", "部", new BigDecimal("20"))),
						List.of()));
	}

}
