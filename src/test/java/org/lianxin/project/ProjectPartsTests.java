package org.lianxin.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A parent project's progress comes from its parts and their published weights. */
@LianxinTest
class ProjectPartsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	SurveyManagement surveys;

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
	void a_parents_progress_is_its_parts_progress_by_weight_and_weights_must_sum_to_100() throws Exception {
		int year = 2043;
		long parent = propose(year, "城区道路综合改造（总）");
		long roads = propose(year, "主干道翻修（分项）");
		long lights = propose(year, "路灯更换（分项）");
		long vote = this.votes.start(this.office, this.congress, year, 3, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1));
		this.surveys.open(this.office, vote);
		this.surveys.close(this.office, vote);
		this.votes.count(this.office, this.congress, year);
		this.projects.measure(this.office, roads, List.of(new BigDecimal("5")), null);
		this.projects.measure(this.office, lights, List.of(new BigDecimal("10")), null);

		this.mvc
			.perform(post("/api/v1/projects/{id}/parts", parent).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"partId\":" + roads + ",\"weight\":30},{\"partId\":" + lights + ",\"weight\":60}]"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("各部分的权重须大于 0，合计须为 100%，现为 90%")));
		assertThat(this.jdbc.sql("select count(*) from project_part where parent_id = ?")
			.param(parent)
			.query(Long.class)
			.single()).isZero();
		// a weight no one writes, whose sum would take minutes, is refused before any
		// arithmetic
		this.mvc
			.perform(post("/api/v1/projects/{id}/parts", parent).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"partId\":" + roads + ",\"weight\":1e-999999999},{\"partId\":" + lights
						+ ",\"weight\":100}]"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("权重须是 0 到 100 之间、至多两位小数的百分数")));

		this.mvc
			.perform(post("/projects/{id}/parts", parent).with(user(this.office))
				.with(csrf())
				.param("partId", String.valueOf(roads), String.valueOf(lights))
				.param("weight", "30", "70"))
			.andExpect(flash().attribute("notice", "project.parts.saved"));

		// 30% × 50% + 70% × 100%
		this.mvc
			.perform(get("/api/v1/projects").param("region", "210811")
				.param("year", String.valueOf(year))
				.with(user(this.office)))
			.andExpect(jsonPath("$[?(@.id == " + parent + ")].progress").value(85.0));
		this.mvc.perform(get("/api/v1/projects/{id}/parts", parent).with(user(this.office)))
			.andExpect(jsonPath("$[0].weight").value(70.0));
		this.mvc.perform(get("/public/projects").param("region", "210811").param("year", String.valueOf(year)))
			.andExpect(content().string(containsString("路灯更换（分项）")))
			.andExpect(content().string(containsString("70.00%")));
		this.mvc
			.perform(post("/api/v1/projects/{id}/parts", roads).with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"partId\":" + lights + ",\"weight\":100}]"))
			.andExpect(status().isConflict());
	}

	private long propose(int year, String title) {
		LocalDate start = LocalDate.of(year, 3, 1);
		long roads = this.jdbc.sql("select id from project_category where name = '交通道路'").query(Long.class).single();
		return this.projects.propose(this.office,
				new NewProject(this.congress, year, title, roads, null, new BigDecimal("500"), "老边区", start,
						start.plusMonths(9), List.of(new NewProject.Target(title, "公里", new BigDecimal("10"))),
						List.of()));
	}

}
