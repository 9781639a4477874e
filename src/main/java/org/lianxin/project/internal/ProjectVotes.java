package org.lianxin.project.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
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
 * The session's vote on a year's candidates (票决): a survey of the survey module in which
 * each deputy of the congress chooses at most N of the M candidates, one ballot each,
 * online or on paper typed in by two clerks. Counting it makes the top N the year's
 * projects; candidates with as many votes as the last chosen one are ranked by the order
 * in which the government proposed them (the published tie rule).
 */
@Service
public class ProjectVotes {

	private final ProjectRepository repository;

	private final SurveyManagement surveys;

	private final JdbcClient jdbc;

	ProjectVotes(ProjectRepository repository, SurveyManagement surveys, JdbcClient jdbc) {
		this.repository = repository;
		this.surveys = surveys;
		this.jdbc = jdbc;
	}

	/** A congress's vote of a year: its survey, how many are chosen, whether counted. */
	public record Vote(long id, long congressId, int year, int seats, long surveyId, boolean counted) {
	}

	public Optional<Vote> of(long congressId, int year) {
		return this.jdbc.sql("select * from project_vote where congress_id = ? and year = ?")
			.params(congressId, year)
			.query(Vote.class)
			.optional();
	}

	/**
	 * Sets up the vote as a draft survey, the candidates in the order proposed; the
	 * office opens and closes it on the survey's page.
	 */
	@Transactional
	public long start(CurrentUser user, long congressId, int year, int seats, OffsetDateTime opensAt,
			OffsetDateTime closesAt) {
		List<Project> candidates = candidates(congressId, year);
		if (candidates.isEmpty() || seats < 1 || seats > candidates.size()) {
			throw new RuleViolationException("seats", "project.vote.seats", candidates.size());
		}
		if (of(congressId, year).isPresent()) {
			throw new RuleViolationException(null, "project.vote.started");
		}
		long survey = this.surveys.create(user,
				new NewSurvey(null, "民生实事项目票决", year, year + "年民生实事项目票决", SurveyScale.CHOICE, seats,
						Electorate.CONGRESS, congressId, null, opensAt, closesAt, 1, null,
						candidates.stream().map(p -> new SurveyItem(p.title(), p.leadAgencyId())).toList()));
		this.jdbc.sql("insert into project_vote (congress_id, year, seats, survey_id) values (?, ?, ?, ?)")
			.params(congressId, year, seats, survey)
			.update();
		return survey;
	}

	/**
	 * Counts the closed vote: the top N become the year's projects, the rest are not
	 * chosen.
	 */
	@Transactional
	public void count(CurrentUser user, long congressId, int year) {
		Vote vote = of(congressId, year).orElseThrow(() -> new RuleViolationException(null, "project.vote.none"));
		if (vote.counted()) {
			throw new RuleViolationException(null, "project.vote.counted");
		}
		List<Long> counts = this.surveys.chosenCounts(user, vote.surveyId());
		List<Project> candidates = candidates(congressId, year);
		if (counts.isEmpty() || counts.size() != candidates.size()) {
			throw new RuleViolationException(null, "project.vote.not-closed");
		}
		List<Integer> ranked = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			ranked.add(i);
		}
		ranked.sort(Comparator.<Integer>comparingLong(counts::get)
			.reversed()
			.thenComparingInt(i -> candidates.get(i).proposedOrder()));
		for (int rank = 0; rank < ranked.size(); rank++) {
			int i = ranked.get(rank);
			this.repository.save(candidates.get(i).counted(counts.get(i).intValue(), rank < vote.seats(), user.id()));
		}
		this.jdbc.sql("update project_vote set counted = true where id = ?").param(vote.id()).update();
	}

	private List<Project> candidates(long congressId, int year) {
		return this.repository.findByCongressIdAndYearOrderByProposedOrder(congressId, year);
	}

}
