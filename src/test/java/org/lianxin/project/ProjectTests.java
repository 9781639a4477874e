package org.lianxin.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.project.NewProject;
import org.lianxin.project.internal.Project;
import org.lianxin.project.internal.ProjectReports;
import org.lianxin.project.internal.ProjectState;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;
import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;
import org.lianxin.survey.SurveyFixtures;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.survey.internal.Voting;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class ProjectTests {

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	ProjectReports reports;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	Voting voting;

	@Autowired
	List<SupervisedClocks> clocks;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyRegistry registry;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser office;

	long congress;

	long roads;

	@BeforeEach
	void setUp() {
		this.office = Staff.load(this.accounts, "office-210811");
		this.congress = this.regions.congressesOf("210811").get(0).id();
		this.roads = this.jdbc.sql("select id from project_category where name = '交通道路'").query(Long.class).single();
	}

	@Test
	void the_top_n_of_the_deputies_vote_become_the_years_projects_and_a_tie_goes_to_the_earlier_proposal() {
		int year = 2031;
		long first = propose(year, "农村公路维修改造", "14.1", "公里");
		long second = propose(year, "有线电视高清化升级", "1200", "户");
		long third = propose(year, "渤海大街中央分割带建设", "1", "段");
		SurveyFixtures.Group group = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("票决", 3);
		long survey = this.votes.start(this.office, this.congress, year, 2, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1));
		this.surveys.open(this.office, survey);
		// 第一 2 票, 第二 2 票, 第三 2 票: every candidate ties; the first two proposed are chosen
		this.voting.cast(group.deputies().get(0), survey, new short[] { 1, 1, 0 });
		this.voting.cast(group.deputies().get(1), survey, new short[] { 0, 1, 1 });
		this.voting.cast(group.deputies().get(2), survey, new short[] { 1, 0, 1 });
		assertThatThrownBy(() -> this.voting.cast(group.deputies().get(2), survey, new short[] { 1, 1, 0 }))
			.hasMessage("survey.already-voted");
		assertThatThrownBy(() -> this.votes.count(this.office, this.congress, year))
			.hasMessage("project.vote.not-closed");
		this.surveys.close(this.office, survey);

		this.votes.count(this.office, this.congress, year);

		assertThat(state(first)).isEqualTo(ProjectState.CHOSEN);
		assertThat(state(second)).isEqualTo(ProjectState.CHOSEN);
		assertThat(state(third)).isEqualTo(ProjectState.NOT_CHOSEN);
		assertThat(this.projects.get(this.office, third).votes()).isEqualTo(2);
		assertThatThrownBy(() -> this.votes.count(this.office, this.congress, year)).hasMessage("project.vote.counted");
	}

	@Test
	void progress_comes_from_measured_quantities_and_a_quantity_going_back_needs_a_reason() throws Exception {
		// a year already under way, so that this month can be reported
		long id = chosen(2026, "农村公路维修改造", "14.1", "公里");
		YearMonth month = YearMonth.from(this.calendar.today());
		this.reports.submit(this.office, id, new ProjectReports.MonthlyReport(month, List.of(new BigDecimal("7.05")),
				null, new BigDecimal("300"), new BigDecimal("120"), "完成一半"));
		assertThat(this.projects.get(this.office, id).progress()).isEqualByComparingTo("50.0");

		assertThatThrownBy(() -> this.projects.measure(this.office, id, List.of(new BigDecimal("6")), null))
			.hasMessage("project.quantities.backwards");
		assertThat(this.projects.get(this.office, id).progress()).isEqualByComparingTo("50.0");
		assertThatThrownBy(() -> this.reports.submit(this.office, id,
				new ProjectReports.MonthlyReport(month, List.of(new BigDecimal("8")), null, null, null, null)))
			.hasMessage("project.report.exists");
		this.projects.measure(this.office, id, List.of(new BigDecimal("6")), "复测更正");
		assertThat(this.projects.get(this.office, id).progress()).isEqualByComparingTo("42.6");

		this.mvc
			.perform(get("/api/v1/projects").param("region", "210811").param("year", "2026").with(user(this.office)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].category").value("交通道路"))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].progress").value(42.6));
		this.mvc.perform(get("/public/projects").param("region", "210811").param("year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("农村公路维修改造")));
		this.mvc.perform(get("/projects/{id}", id).with(user(this.office)))
			.andExpect(content().string(containsString("6.00 / 14.10 公里")));
	}

	@Test
	void a_milestone_dated_before_the_project_began_is_refused() {
		long id = chosen(2033, "有线电视高清化升级", "1200", "户");
		Project project = this.projects.get(this.office, id);
		assertThatThrownBy(() -> this.projects.reach(this.office, id, 0, project.startsOn().minusDays(1), null))
			.hasMessage("project.milestone.before-start");
		this.projects.reach(this.office, id, 0, project.startsOn().plusDays(3), null);
		assertThat(this.projects.get(this.office, id).milestones().get(0).doneOn())
			.isEqualTo(project.startsOn().plusDays(3));
	}

	@Test
	void a_month_without_a_report_is_a_clock_on_the_watch_until_the_report_comes() {
		long id = chosen(2034, "渤海大街中央分割带建设", "1", "段");
		SupervisedClocks reportClocks = this.clocks.stream()
			.filter(c -> c.subject().equals("PROJECT_REPORT"))
			.findFirst()
			.orElseThrow();
		LocalDate start = this.projects.get(this.office, id).startsOn();
		LocalDate afterFirstMonth = YearMonth.from(start).atEndOfMonth().plusDays(1);

		Clock clock = reportClocks.dueBy(afterFirstMonth, id - 1, 1).get(0);
		assertThat(clock.subjectId()).isEqualTo(id);
		assertThat(clock.stage()).isEqualTo(YearMonth.from(start).toString());
		assertThat(clock.dueOn()).isEqualTo(YearMonth.from(start).atEndOfMonth());
		assertThat(reportClocks.escalate(clock, 1, 1)).isTrue();
		assertThat(reportClocks.dueBy(afterFirstMonth, id - 1, 1).get(0).level()).isEqualTo(1);
		assertThat(reportClocks.pathOf(id)).isEqualTo("/projects/" + id);

		this.jdbc.sql("insert into project_report (project_id, month, submitted_by) values (?, ?, ?)")
			.params(id, YearMonth.from(start).atDay(1), this.office.id())
			.update();
		assertThat(reportClocks.dueBy(afterFirstMonth, id - 1, 1)).noneMatch(c -> c.subjectId() == id);
		assertThat(reportClocks.escalate(clock, 2, 4)).isFalse();
	}

	private long chosen(int year, String title, String planned, String unit) {
		long id = propose(year, title, planned, unit);
		long other = propose(year, title + "（备选）", planned, unit);
		long survey = this.votes.start(this.office, this.congress, year, 1, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1));
		this.surveys.open(this.office, survey);
		this.surveys.close(this.office, survey);
		this.votes.count(this.office, this.congress, year);
		assertThat(state(other)).isEqualTo(ProjectState.NOT_CHOSEN);
		return id;
	}

	private long propose(int year, String title, String planned, String unit) {
		LocalDate start = LocalDate.of(year, 3, 1);
		return this.projects.propose(this.office,
				new NewProject(this.congress, year, title, this.roads, null, new BigDecimal("500"), "老边区", start,
						start.plusMonths(9), List.of(new NewProject.Target(title, unit, new BigDecimal(planned))),
						List.of(new NewProject.Milestone("完成招标", start.plusMonths(2)))));
	}

	private ProjectState state(long id) {
		return this.projects.get(this.office, id).state();
	}

}
