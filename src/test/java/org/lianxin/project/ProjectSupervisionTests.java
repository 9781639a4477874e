package org.lianxin.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.Photos;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.project.internal.MilestoneEvidence;
import org.lianxin.project.internal.NewSiteVisit;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.project.internal.SiteVisits;
import org.lianxin.project.internal.SupervisionGroups;
import org.lianxin.project.internal.VisitQuestion;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyFixtures;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supervision groups and their site visits (实地察看): the office assigns deputies, a deputy
 * sees "my projects" and records a visit on site with a geotagged photo and the questions
 * asked there; each visit is one duty record per deputy; a bad visit keeps no photo.
 */
@LianxinTest
@EnableScenarios
class ProjectSupervisionTests {

	private static final AtomicInteger YEARS = new AtomicInteger(2060);

	@Autowired
	Projects projects;

	@Autowired
	ProjectVotes votes;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	SupervisionGroups groups;

	@Autowired
	SiteVisits visits;

	@Autowired
	MilestoneEvidence evidence;

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

	@Value("${lianxin.files.dir}")
	Path files;

	SupervisedProjects fixtures;

	SurveyFixtures.Group deputies;

	@BeforeEach
	void setUp() {
		this.fixtures = new SupervisedProjects(this.projects, this.votes, this.surveys, this.accounts, this.regions,
				this.calendar, this.jdbc);
		this.deputies = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions, this.jdbc)
			.group("监督", 2);
	}

	@Test
	void the_office_assigns_a_group_and_its_deputy_finds_the_project_among_my_projects() throws Exception {
		long id = this.fixtures.chosen(YEARS.getAndIncrement(), "农村公路维修改造（监督）");
		CurrentUser deputy = this.deputies.deputies().get(0);
		assertThatThrownBy(() -> this.groups.assign(deputy, id, this.deputies.deputyIds()))
			.hasMessage("project.group.not-office");
		assertThatThrownBy(() -> this.groups.assign(this.fixtures.office(), id, List.of(-1L)))
			.hasMessage("project.group.not-serving");

		this.groups.assign(this.fixtures.office(), id, this.deputies.deputyIds());

		this.mvc.perform(get("/api/v1/projects/mine").with(user(deputy)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		this.mvc.perform(get("/projects/mine").with(user(deputy)))
			.andExpect(content().string(containsString("农村公路维修改造（监督）")));
		// a deputy of no group sees nothing of it
		CurrentUser stranger = new SurveyFixtures(this.registry, this.deputyAccounts, this.accounts, this.regions,
				this.jdbc)
			.group("旁人", 1)
			.deputies()
			.get(0);
		this.mvc.perform(get("/projects/{id}/supervision", id).with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void a_group_deputy_records_a_site_visit_with_a_geotagged_photo_and_the_questions_asked_on_site() throws Exception {
		long id = this.fixtures.chosen(YEARS.getAndIncrement(), "有线电视高清化升级（察看）");
		this.groups.assign(this.fixtures.office(), id, this.deputies.deputyIds());
		CurrentUser deputy = this.deputies.deputies().get(0);

		String visit = this.mvc
			.perform(multipart("/api/v1/projects/{id}/visits", id)
				.file(new MockMultipartFile("photos", "site.jpg", "image/jpeg", Photos.jpeg(800, 600)))
				.param("visitedOn", this.calendar.today().toString())
				.param("place", "柳树镇施工现场")
				.param("latitude", "40.683210")
				.param("longitude", "122.166540")
				.param("question", "何时完工？")
				.param("answer", "十月底前完工")
				.with(user(deputy))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();

		this.mvc.perform(get("/projects/{id}/supervision", id).with(user(this.fixtures.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("柳树镇施工现场")))
			.andExpect(content().string(containsString("问：何时完工？")))
			.andExpect(content().string(containsString("答：十月底前完工")))
			.andExpect(content().string(containsString("北纬 40.683210")));
		this.mvc.perform(get("/projects/visits/{v}/photos/1", visit).with(user(deputy)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
	}

	@Test
	void a_visit_that_breaks_a_rule_keeps_no_photo_and_writes_nothing() throws IOException {
		long id = this.fixtures.chosen(YEARS.getAndIncrement(), "渤海大街中央分割带（察看）");
		this.groups.assign(this.fixtures.office(), id, this.deputies.deputyIds());
		CurrentUser deputy = this.deputies.deputies().get(0);
		long filesBefore = fileCount();
		LocalDate today = this.calendar.today();

		assertThatThrownBy(() -> this.visits.record(deputy, id,
				new NewSiteVisit(today, " ", new java.math.BigDecimal("40.1"), null, null,
						List.of(new VisitQuestion("何时完工？", null)), List.of()),
				List.of(Photos.jpeg(400, 300))))
			.satisfies(ex -> assertThat(((org.lianxin.platform.web.RuleViolationException) ex).each())
				.extracting(org.lianxin.platform.web.RuleViolationException::messageKey)
				.containsExactlyInAnyOrder("project.visit.place.invalid", "project.visit.position.invalid",
						"project.visit.question.invalid"));
		assertThatThrownBy(() -> this.visits.record(deputy, id,
				new NewSiteVisit(today, "现场", null, null, null, List.of(), List.of()),
				List.of("not a photo".getBytes())))
			.hasMessage("image.not-an-image");
		// a deputy of another group cannot be named as having come along
		assertThatThrownBy(() -> this.visits.record(deputy, id,
				new NewSiteVisit(today, "现场", null, null, null, List.of(), List.of(-5L)), List.of()))
			.hasMessage("project.visit.deputies.invalid");

		assertThat(fileCount()).isEqualTo(filesBefore);
		assertThat(this.visits.of(id)).isEmpty();
	}

	@Test
	void each_deputy_of_a_visit_gets_one_duty_record_however_often_the_event_comes(Scenario scenario) {
		long id = this.fixtures.chosen(YEARS.getAndIncrement(), "老旧小区改造（履职）");
		this.groups.assign(this.fixtures.office(), id, this.deputies.deputyIds());
		CurrentUser deputy = this.deputies.deputies().get(0);
		LocalDate today = this.calendar.today();
		NewSiteVisit visit = new NewSiteVisit(today, "小区现场", null, null, "外墙保温已完成", List.of(),
				List.of(this.deputies.deputyIds().get(1)));

		long[] visitId = new long[1];
		scenario.stimulate(() -> visitId[0] = this.visits.record(deputy, id, visit, List.of()))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> recordsOf("project-visit:" + visitId[0] + ":%"), rows -> rows == 2)
			.andVerify(rows -> assertThat(rows).isEqualTo(2));

		scenario.publish(new SiteVisitRecorded(visitId[0], id, "老旧小区改造（履职）", today, "小区现场", this.deputies.deputyIds()))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> new ListenerRuns(this.jdbc).completed("ProjectSupervisionAsDutyRecords",
					"visitId", visitId[0]), runs -> runs >= 2)
			.andVerify(runs -> assertThat(recordsOf("project-visit:" + visitId[0] + ":%")).isEqualTo(2));
		// joining the group was a duty too, once per deputy
		scenario.stimulate(() -> this.groups.assign(this.fixtures.office(), id, this.deputies.deputyIds()))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> recordsOf("project-group:" + id + ":%"), rows -> rows == 2)
			.andVerify(rows -> assertThat(rows).isEqualTo(2));
	}

	@Test
	void a_milestone_is_reached_with_its_evidence_photos_and_a_wrong_date_keeps_none() throws Exception {
		long id = this.fixtures.chosen(YEARS.getAndIncrement(), "供水管网改造（节点）");
		CurrentUser office = this.fixtures.office();
		LocalDate start = this.projects.get(office, id).startsOn();
		long filesBefore = fileCount();

		assertThatThrownBy(
				() -> this.evidence.record(office, id, 0, start.minusDays(1), List.of(Photos.jpeg(400, 300))))
			.hasMessage("project.milestone.before-start");
		assertThatThrownBy(() -> this.evidence.record(office, id, 0, start.plusDays(20), List.of()))
			.hasMessage("project.milestone.photo.missing");
		assertThat(fileCount()).isEqualTo(filesBefore);

		this.mvc
			.perform(multipart("/api/v1/projects/{id}/milestones/0/evidence", id)
				.file(new MockMultipartFile("photos", "tender.jpg", "image/jpeg", Photos.jpeg(640, 480)))
				.param("doneOn", start.plusDays(20).toString())
				.with(user(office))
				.with(csrf()))
			.andExpect(status().isNoContent());

		assertThat(this.projects.get(office, id).milestones().get(0).doneOn()).isEqualTo(start.plusDays(20));
		this.mvc.perform(get("/projects/{id}/milestones/0/photos/1", id).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
	}

	private long recordsOf(String sourceRef) {
		return this.jdbc.sql("select count(*) from duty_record where source_ref like ?")
			.param(sourceRef)
			.query(Long.class)
			.single();
	}

	private long fileCount() throws IOException {
		if (!Files.exists(this.files)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(this.files)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

}
