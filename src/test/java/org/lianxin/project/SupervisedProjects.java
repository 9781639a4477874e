package org.lianxin.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.internal.ProjectVotes;
import org.lianxin.project.internal.Projects;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chosen projects of 老边区 under way today, each of its own year (the vote is one per
 * congress and year), led by the demo agency of 老边区 so that its handler answers 督办.
 */
public final class SupervisedProjects {

	private final Projects projects;

	private final ProjectVotes votes;

	private final SurveyManagement surveys;

	private final StaffAccounts accounts;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	public SupervisedProjects(Projects projects, ProjectVotes votes, SurveyManagement surveys, StaffAccounts accounts,
			RegionManagement regions, WorkdayCalendar calendar, JdbcClient jdbc) {
		this.projects = projects;
		this.votes = votes;
		this.surveys = surveys;
		this.accounts = accounts;
		this.regions = regions;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	public CurrentUser office() {
		return Staff.load(this.accounts, "office-210811");
	}

	public CurrentUser agency() {
		return Staff.load(this.accounts, "agency-210811");
	}

	/** A project of that year, begun 100 days ago, due in 200, the only one chosen. */
	public long chosen(int year, String title) {
		CurrentUser office = office();
		long congress = this.regions.congressesOf("210811").get(0).id();
		long roads = this.jdbc.sql("select id from project_category where name = '交通道路'").query(Long.class).single();
		LocalDate start = this.calendar.today().minusDays(100);
		long id = propose(office, congress, year, title, roads, start);
		propose(office, congress, year, title + "（备选）", roads, start);
		long survey = this.votes.start(office, congress, year, 1, OffsetDateTime.now().minusHours(1),
				OffsetDateTime.now().plusHours(1));
		this.surveys.open(office, survey);
		this.surveys.close(office, survey);
		this.votes.count(office, congress, year);
		return id;
	}

	private long propose(CurrentUser office, long congress, int year, String title, long category, LocalDate start) {
		return this.projects.propose(office,
				new NewProject(congress, year, title, category, agency().scope().agencyId(), new BigDecimal("500"),
						"老边区", start, start.plusDays(300),
						List.of(new NewProject.Target("改造", "公里", new BigDecimal("14.1"))),
						List.of(new NewProject.Milestone("完成招标", start.plusDays(30)))));
	}

}
