package org.lianxin.project;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.project.internal.ProjectRatings;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyFixtures;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.survey.internal.Voting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * At the next session the deputies rate each of a year's projects; the rating stays on
 * it.
 */
@LianxinTest
class ProjectRatingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	ProjectRatings ratings;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	Voting voting;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyRegistry registry;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	CurrentUser office;

	long congress;

	@BeforeEach
	void setUp() {
		this.office = Staff.load(this.accounts, "office-210811");
		this.congress = this.regions.congressesOf("210811").get(0).id();
	}

	@Test
	void the_deputies_rate_each_project_and_the_counts_are_kept_on_it_and_shown_publicly() throws Exception {
		int year = 2041;
		long roads = propose(year, "农村公路维修改造（测评）");
		long tv = propose(year, "有线电视高清化升级（测评）");
		long vote = this.votes.start(this.office, this.congress, year, 2, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1));
		this.surveys.open(this.office, vote);
		this.surveys.close(this.office, vote);
		this.votes.count(this.office, this.congress, year);

		String location = this.mvc
			.perform(post("/projects/rating").with(user(this.office))
				.with(csrf())
				.param("congressId", String.valueOf(this.congress))
				.param("year", String.valueOf(year))
				.param("opensAt", LocalDateTime.now(this.clock).minusHours(1).withSecond(0).withNano(0).toString())
				.param("closesAt", LocalDateTime.now(this.clock).plusHours(1).withSecond(0).withNano(0).toString()))
			.andExpect(redirectedUrlPattern("/surveys/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long rating = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.surveys.open(this.office, rating);
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("年终测评", 3);
		this.voting.cast(group.deputies().get(0), rating, new short[] { 1, 3 });
		this.voting.cast(group.deputies().get(1), rating, new short[] { 1, 3 });
		this.voting.cast(group.deputies().get(2), rating, new short[] { 3, 2 });
		assertThatThrownBy(() -> this.ratings.keep(this.office, this.congress, year))
			.hasMessage("project.rating.not-closed");
		this.surveys.close(this.office, rating);

		this.mvc
			.perform(post("/api/v1/projects/ratings/keep").with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"congressId\":" + this.congress + ",\"year\":" + year + "}"))
			.andExpect(status().isNoContent());
		assertThat(this.ratings.of(roads)).get()
			.extracting(r -> List.of(r.satisfied(), r.basically(), r.dissatisfied()))
			.isEqualTo(List.of(2, 0, 1));
		assertThat(this.ratings.of(roads).get().rate()).isEqualByComparingTo("66.7");
		assertThat(this.ratings.of(tv).get().rate()).isEqualByComparingTo("33.3");
		this.mvc.perform(get("/projects/{id}", roads).with(user(this.office)))
			.andExpect(content().string(containsString("满意 2 票、基本满意 0 票、不满意 1 票，满意率 66.7%")));
		this.mvc.perform(get("/public/projects").param("region", "210811").param("year", String.valueOf(year)))
			.andExpect(content().string(containsString("满意率 33.3%")));
		this.mvc.perform(get("/api/v1/projects/{id}/rating", tv).with(user(this.office)))
			.andExpect(jsonPath("$.dissatisfied").value(2));

		this.mvc
			.perform(post("/api/v1/projects/ratings/keep").with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"congressId\":" + this.congress + ",\"year\":" + year + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(year + " 年的测评结果已计入各项目"));
		assertThatThrownBy(() -> this.ratings.start(this.office, this.congress, year, OffsetDateTime.now(),
				OffsetDateTime.now().plusHours(1)))
			.hasMessage("project.rating.started");
	}

	@Test
	void a_year_without_chosen_projects_cannot_be_rated_and_nothing_is_written() throws Exception {
		long before = this.jdbc.sql("select count(*) from survey").query(Long.class).single();
		this.mvc
			.perform(post("/api/v1/projects/ratings").with(user(this.office))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"congressId\":" + this.congress + ",\"year\":2049,\"opensAt\":\"" + OffsetDateTime.now()
						+ "\",\"closesAt\":\"" + OffsetDateTime.now().plusHours(1) + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("2049 年没有经票决确定的项目，无法测评"));
		assertThat(this.jdbc.sql("select count(*) from survey").query(Long.class).single()).isEqualTo(before);
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
