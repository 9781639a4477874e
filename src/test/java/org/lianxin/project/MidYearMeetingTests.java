package org.lianxin.project;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.internal.ProjectDubans;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 年中推进会: one page per region and year with each project's progress, the progress its time
 * calls for, the variance and the open 督办, beside the suggestions on the meeting's
 * agenda; and a printable agenda of both.
 */
@LianxinTest
class MidYearMeetingTests {

	private static final AtomicInteger YEARS = new AtomicInteger(2080);

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	ProjectDubans dubans;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void the_meeting_shows_each_projects_variance_and_open_duban_beside_the_suggestions() throws Exception {
		SupervisedProjects fixtures = new SupervisedProjects(this.projects, this.votes, this.surveys, this.accounts,
				this.regions, this.calendar, this.jdbc);
		int year = YEARS.getAndIncrement();
		long id = fixtures.chosen(year, "渤海大街中央分割带建设（推进会）");
		this.dubans.issue(fixtures.office(), id, null, "进度滞后", this.calendar.today().plusDays(5));

		// 100 of 300 days gone, nothing measured: 33.3% expected, 33.3 points behind
		this.mvc
			.perform(get("/api/v1/projects/meeting").param("region", "210811")
				.param("year", String.valueOf(year))
				.with(user(fixtures.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.projects[0].id").value(id))
			.andExpect(jsonPath("$.projects[0].planned").value(33.3))
			.andExpect(jsonPath("$.projects[0].variance").value(-33.3))
			.andExpect(jsonPath("$.projects[0].openDubans").value(1))
			.andExpect(jsonPath("$.suggestions.followed").isNumber());
		this.mvc
			.perform(get("/projects/meeting").param("region", "210811")
				.param("year", String.valueOf(year))
				.with(user(fixtures.office())))
			.andExpect(content().string(containsString("渤海大街中央分割带建设（推进会）")))
			.andExpect(content().string(containsString("-33.3")))
			.andExpect(content().string(containsString("代表建议")))
			.andExpect(content().string(containsString("/suggestions/progress?region=210811")));
		this.mvc
			.perform(get("/projects/meeting/agenda").param("region", "210811")
				.param("year", String.valueOf(year))
				.with(user(fixtures.office())))
			.andExpect(content().string(containsString("渤海大街中央分割带建设（推进会）")))
			.andExpect(content().string(containsString("二、代表建议办理情况")));
	}

}
