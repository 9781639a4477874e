package org.lianxin.project;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.NewProject;
import org.lianxin.project.internal.Project;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.region.RegionManagement;
import org.lianxin.supervision.NoticeIssued;
import org.lianxin.supervision.NoticeKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watch's notice about a missing monthly report reaches the project's lead agency in
 * words it can act on; a notice of another subject is not the project module's to word.
 */
@LianxinTest
@EnableScenarios
class ProjectReportNoticeFlowTests {

	@Autowired
	Projects projects;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectVotes votes;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	Supervision supervision;

	@Test
	void the_watch_supervises_a_chosen_project_whose_month_went_unreported(Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long agency = Staff.load(this.accounts, "agency-210811").scope().agencyId();
		long congress = this.regions.congressesOf("210811").get(0).id();
		long category = this.jdbc.sql("select id from project_category order by id limit 1").query(Long.class).single();
		LocalDate start = LocalDate.of(2037, 3, 1);
		long id = this.projects.propose(office,
				new NewProject(congress, 2037, "有线电视高清化升级（督办）", category, agency, BigDecimal.TEN, null, start,
						start.plusMonths(6), List.of(new NewProject.Target("有线电视", "户", new BigDecimal("1200"))),
						List.of()));
		long survey = this.votes.start(office, congress, 2037, 1, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1));
		this.surveys.open(office, survey);
		this.surveys.close(office, survey);
		this.votes.count(office, congress, 2037);

		scenario.stimulate(() -> this.supervision.run(LocalDate.of(2037, 4, 20), "PROJECT_REPORT"))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> this.jdbc.sql("select text from notification_outbox where reference = ? order by id")
						.param("project " + id)
						.query(String.class)
						.list(),
					texts -> !texts.isEmpty())
			.andVerify(texts -> assertThat(texts).allMatch(
					text -> text.contains("有线电视高清化升级（督办）") && text.contains("督办") && text.contains("2037-03-31")));
		Project project = this.projects.get(office, id);
		assertThat(project.reportStage()).isEqualTo("2037-03");
		assertThat(project.reportLevel()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void a_supervision_notice_for_a_missing_report_is_sent_to_the_lead_agency(Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long agency = Staff.load(this.accounts, "agency-210811").scope().agencyId();
		long category = this.jdbc.sql("select id from project_category order by id limit 1").query(Long.class).single();
		LocalDate start = LocalDate.of(2035, 3, 1);
		long id = this.projects.propose(office,
				new NewProject(this.regions.congressesOf("210811").get(0).id(), 2035, "农村公路维修改造（督办）", category, agency,
						BigDecimal.TEN, null, start, start.plusMonths(6),
						List.of(new NewProject.Target("公路", "公里", new BigDecimal("14.1"))), List.of()));

		scenario
			.publish(new NoticeIssued(-id, "PROJECT_REPORT", id, NoticeKind.SUPERVISION, 2, start.plusDays(30),
					"210811", agency))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> this.jdbc.sql("select text from notification_outbox where reference = ? order by id")
						.param("project " + id)
						.query(String.class)
						.list(),
					texts -> !texts.isEmpty())
			.andVerify(texts -> assertThat(texts).singleElement()
				.asString()
				.contains("督办（第 2 级）", "农村公路维修改造（督办）", start.plusDays(30).toString()));
	}

}
