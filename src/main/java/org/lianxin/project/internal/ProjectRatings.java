package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.survey.Electorate;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.survey.SurveyScale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year-end rating of a year's projects (满意 / 基本满意 / 不满意): a satisfaction survey of
 * the survey module, voted by the congress's deputies at the next session, one item per
 * project; once closed, its counts are kept on each project, year after year.
 */
@Service
public class ProjectRatings {

	static final String SERIES = "民生实事项目满意度测评";

	private final ProjectRepository repository;

	private final SurveyManagement surveys;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final PublicProjectPages pages;

	ProjectRatings(ProjectRepository repository, SurveyManagement surveys, JdbcClient jdbc, OperationLog log,
			PublicProjectPages pages) {
		this.pages = pages;
		this.repository = repository;
		this.surveys = surveys;
		this.jdbc = jdbc;
		this.log = log;
	}

	/** A project's kept rating. */
	public record Rating(long projectId, int satisfied, int basically, int dissatisfied, BigDecimal rate) {
	}

	/**
	 * Sets up the rating of the congress's chosen projects of the year as a draft survey
	 * (the office opens and closes it on the survey's page).
	 * @return the survey
	 */
	@Transactional
	public long start(CurrentUser user, long congressId, int year, OffsetDateTime opensAt, OffsetDateTime closesAt) {
		List<Project> projects = this.repository.findByCongressIdAndYearOrderByProposedOrder(congressId, year)
			.stream()
			.filter(p -> p.state() == ProjectState.CHOSEN)
			.toList();
		if (projects.isEmpty()) {
			throw new RuleViolationException("year", "project.rating.none", String.valueOf(year));
		}
		if (this.jdbc.sql("select count(*) from project_rating where congress_id = ? and year = ?")
			.params(congressId, year)
			.query(Long.class)
			.single() > 0) {
			throw new RuleViolationException(null, "project.rating.started", String.valueOf(year));
		}
		long survey = this.surveys.create(user,
				new NewSurvey(null, SERIES, year, year + "年民生实事项目满意度测评", SurveyScale.SATISFACTION, null,
						Electorate.CONGRESS, congressId, null, opensAt, closesAt, 1, null,
						projects.stream().map(p -> new SurveyItem(p.title(), p.leadAgencyId())).toList()));
		this.jdbc.sql("insert into project_rating (congress_id, year, survey_id, project_ids) values (?, ?, ?, ?)")
			.params(congressId, year, survey, projects.stream().map(Project::id).toArray(Long[]::new))
			.update();
		this.log.record("project.rating.start", "survey " + survey, year + "");
		return survey;
	}

	/** Keeps the closed rating's counts on each project it rated. */
	@Transactional
	public void keep(CurrentUser user, long congressId, int year) {
		record Started(long id, long surveyId, Long[] projectIds, boolean kept) {
		}
		Started rating = this.jdbc
			.sql("select id, survey_id, project_ids, kept from project_rating where congress_id = ? and year = ?")
			.params(congressId, year)
			.query((rs, n) -> new Started(rs.getLong(1), rs.getLong(2), (Long[]) rs.getArray(3).getArray(),
					rs.getBoolean(4)))
			.optional()
			.orElseThrow(() -> new RuleViolationException(null, "project.rating.not-started", String.valueOf(year)));
		if (rating.kept()) {
			throw new RuleViolationException(null, "project.rating.kept", String.valueOf(year));
		}
		List<List<Long>> counts = this.surveys.answerCounts(user, rating.surveyId());
		if (counts.size() != rating.projectIds().length) {
			throw new RuleViolationException(null, "project.rating.not-closed");
		}
		for (int i = 0; i < counts.size(); i++) {
			List<Long> item = counts.get(i);
			long total = item.stream().mapToLong(Long::longValue).sum();
			BigDecimal rate = (total == 0) ? BigDecimal.ZERO : BigDecimal.valueOf((item.get(0) + item.get(1)) * 100)
				.divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
			this.jdbc.sql("""
					insert into project_rating_result (project_id, rating_id, satisfied, basically, dissatisfied, rate)
					values (?, ?, ?, ?, ?, ?)""")
				.params(rating.projectIds()[i], rating.id(), item.get(0), item.get(1), item.get(2), rate)
				.update();
		}
		this.jdbc.sql("update project_rating set kept = true where id = ?").param(rating.id()).update();
		this.pages.changed(java.util.Arrays.asList(rating.projectIds()));
		this.log.record("project.rating.keep", "survey " + rating.surveyId(), year + "");
	}

	/** The kept ratings of the given projects, by project. */
	public java.util.Map<Long, Rating> of(java.util.Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return java.util.Map.of();
		}
		return this.jdbc.sql("""
				select project_id, satisfied, basically, dissatisfied, rate from project_rating_result
				where project_id in (:ids)""")
			.param("ids", projectIds)
			.query(Rating.class)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Rating::projectId, r -> r));
	}

	/** The project's kept rating, if it has been rated. */
	public Optional<Rating> of(long projectId) {
		return this.jdbc.sql("""
				select project_id, satisfied, basically, dissatisfied, rate from project_rating_result
				where project_id = ?""").param(projectId).query(Rating.class).optional();
	}

}
