package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.project.NewProject;
import org.lianxin.project.ProjectManagement;

import org.springframework.stereotype.Service;

/** The project module's steps for other modules, each the one its pages take. */
@Service
class ProjectSteps implements ProjectManagement {

	private final Projects projects;

	private final ProjectVotes votes;

	private final ProjectReports reports;

	private final ProjectRepository repository;

	ProjectSteps(Projects projects, ProjectVotes votes, ProjectReports reports, ProjectRepository repository) {
		this.projects = projects;
		this.votes = votes;
		this.reports = reports;
		this.repository = repository;
	}

	@Override
	public long propose(CurrentUser user, NewProject project) {
		return this.projects.propose(user, project);
	}

	@Override
	public long startVote(CurrentUser user, long congressId, int year, int seats, OffsetDateTime opensAt,
			OffsetDateTime closesAt) {
		return this.votes.start(user, congressId, year, seats, opensAt, closesAt);
	}

	@Override
	public void count(CurrentUser user, long congressId, int year) {
		this.votes.count(user, congressId, year);
	}

	@Override
	public void report(CurrentUser user, long projectId, YearMonth month, List<BigDecimal> quantities, String note) {
		this.reports.submit(user, projectId,
				new ProjectReports.MonthlyReport(month, quantities, null, null, null, note));
	}

	@Override
	public boolean hasCandidates(long congressId, int year) {
		return !this.repository.findByCongressIdAndYearOrderByProposedOrder(congressId, year).isEmpty();
	}

	@Override
	public Optional<Long> category(String name) {
		return this.projects.categories()
			.stream()
			.filter(c -> c.name().equals(name))
			.map(Projects.Category::id)
			.findFirst();
	}

}
