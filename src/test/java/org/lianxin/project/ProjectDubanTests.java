package org.lianxin.project;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.project.internal.DubanState;
import org.lianxin.project.internal.ProjectDuban;
import org.lianxin.project.internal.ProjectDubans;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 跟踪督办 of a lagging project: the office issues it with a deadline to the lead agency; the
 * agency (and no other) answers; unanswered past the deadline, the supervision watch
 * (subject {@code PROJECT_DUBAN}) escalates it in the project's history and tells the
 * agency; once answered, the watch leaves it alone.
 */
@LianxinTest
@EnableScenarios
class ProjectDubanTests {

	private static final AtomicInteger YEARS = new AtomicInteger(2070);

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	ProjectDubans dubans;

	@Autowired
	Supervision supervision;

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

	SupervisedProjects fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new SupervisedProjects(this.projects, this.votes, this.surveys, this.accounts, this.regions,
				this.calendar, this.jdbc);
	}

	@Test
	void the_office_issues_a_duban_and_only_the_agency_it_went_to_answers_it() throws Exception {
		long id = this.fixtures.chosen(YEARS.getAndIncrement(), "农村公路维修改造（跟踪督办）");
		LocalDate due = this.calendar.today().plusDays(10);
		assertThatThrownBy(() -> this.dubans.issue(this.fixtures.office(), id, null, " ", this.calendar.today()))
			.satisfies(ex -> assertThat(((org.lianxin.platform.web.RuleViolationException) ex).each())
				.extracting(org.lianxin.platform.web.RuleViolationException::messageKey)
				.containsExactlyInAnyOrder("project.duban.demand.invalid", "project.duban.due.invalid"));
		assertThatThrownBy(() -> this.dubans.issue(this.fixtures.agency(), id, null, "加快进度", due))
			.hasMessage("project.duban.not-office");
		// an agency of another division is not one the page offers, and the API may not
		// name it
		long elsewhere = Staff.load(this.accounts, "agency-210882").scope().agencyId();
		int before = this.dubans.of(id).size();
		assertThatThrownBy(() -> this.dubans.issue(this.fixtures.office(), id, elsewhere, "加快进度", due))
			.hasMessage("project.duban.agency.missing");
		assertThat(this.dubans.of(id)).hasSize(before);

		String duban = this.mvc
			.perform(post("/api/v1/projects/{id}/dubans", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"demand\":\"进度滞后，请说明原因并提出整改措施\",\"dueOn\":\"" + due + "\"}")
				.with(user(this.fixtures.office()))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long dubanId = Long.parseLong(duban);

		CurrentUser other = Staff.load(this.accounts, "agency-210882");
		assertThatThrownBy(() -> this.dubans.answer(other, dubanId, "与我无关")).isInstanceOf(NotFoundException.class);
		this.mvc
			.perform(post("/api/v1/projects/dubans/{d}/answer", dubanId).contentType(MediaType.APPLICATION_JSON)
				.content("{\"answer\":\"已增加两个施工班组，十月底前完工\"}")
				.with(user(this.fixtures.agency()))
				.with(csrf()))
			.andExpect(status().isNoContent());
		assertThatThrownBy(() -> this.dubans.answer(this.fixtures.agency(), dubanId, "再答一次"))
			.hasMessage("project.duban.answered");

		this.mvc.perform(get("/api/v1/projects/{id}/supervision", id).with(user(this.fixtures.office())))
			.andExpect(jsonPath("$.dubans[0].state").value("ANSWERED"));
		this.mvc.perform(get("/projects/{id}/supervision", id).with(user(this.fixtures.agency())))
			.andExpect(content().string(containsString("已增加两个施工班组，十月底前完工")));
	}

	@Test
	void an_unanswered_duban_is_escalated_by_the_watch_and_an_answered_one_is_left_alone(Scenario scenario) {
		long id = this.fixtures.chosen(YEARS.getAndIncrement(), "有线电视高清化升级（跟踪督办）");
		LocalDate due = this.calendar.today().plusDays(3);
		long dubanId = this.dubans.issue(this.fixtures.office(), id, null, "请报告滞后原因", due);
		LocalDate late = due.plusDays(14);

		scenario.stimulate(() -> this.supervision.run(late, "PROJECT_DUBAN"))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.jdbc.sql("select text from notification_outbox where reference = ?")
				.param("project " + id)
				.query(String.class)
				.list(), texts -> !texts.isEmpty())
			.andVerify(texts -> assertThat(texts).anyMatch(
					text -> text.contains("有线电视高清化升级（跟踪督办）") && text.contains("答复") && text.contains(due.toString())));
		ProjectDuban escalated = this.dubans.of(id).get(0).duban();
		assertThat(escalated.level()).isGreaterThanOrEqualTo(1);
		assertThat(steps(id)).contains("DUBAN", "DUBAN_OVERDUE");

		this.dubans.answer(this.fixtures.agency(), dubanId, "已说明原因");
		assertThat(this.dubans.of(id).get(0).duban().state()).isEqualTo(DubanState.ANSWERED);
		int overdueSteps = count(steps(id), "DUBAN_OVERDUE");
		this.supervision.run(late.plusDays(14), "PROJECT_DUBAN");
		assertThat(count(steps(id), "DUBAN_OVERDUE")).isEqualTo(overdueSteps);
	}

	private List<String> steps(long id) {
		return this.jdbc.sql("select step from project_history where project_id = ? order by chain_seq")
			.param(id)
			.query(String.class)
			.list();
	}

	private static int count(List<String> steps, String step) {
		return (int) steps.stream().filter(step::equals).count();
	}

}
