package org.lianxin.survey.internal;

import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.survey.Electorate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members present at a meeting, as its clerk records them: they, and only they, vote
 * in a survey whose electorate is the meeting.
 */
@Service
public class Attendance {

	private final Surveys surveys;

	private final Electorates electorates;

	private final JdbcClient jdbc;

	private final OperationLog log;

	Attendance(Surveys surveys, Electorates electorates, JdbcClient jdbc, OperationLog log) {
		this.surveys = surveys;
		this.electorates = electorates;
		this.jdbc = jdbc;
		this.log = log;
	}

	/**
	 * Records a serving deputy of the survey's congress as present; refused, with nothing
	 * written, for a survey not voted at a meeting, a closed one, a deputy of another
	 * congress, or one recorded already.
	 */
	@Transactional
	public void recordPresent(CurrentUser user, long surveyId, long deputyId) {
		Survey survey = this.surveys.get(user, surveyId);
		if (survey.electorate() != Electorate.MEETING) {
			throw new RuleViolationException(null, "survey.attendance.not-meeting");
		}
		if (survey.state() == SurveyState.CLOSED) {
			throw new RuleViolationException(null, "survey.attendance.closed");
		}
		if (!this.electorates.serves(survey, deputyId)) {
			throw new RuleViolationException("deputyId", "survey.attendance.not-serving");
		}
		int added = this.jdbc
			.sql("insert into survey_attendee (survey_id, deputy_id) values (?, ?) on conflict do nothing")
			.params(surveyId, deputyId)
			.update();
		if (added == 0) {
			throw new RuleViolationException("deputyId", "survey.attendance.already");
		}
		this.log.record("survey.attendance", "survey " + surveyId, "deputy " + deputyId);
	}

	/** Who is recorded present, by name. */
	public List<Electorates.Member> present(CurrentUser user, long surveyId) {
		Survey survey = this.surveys.get(user, surveyId);
		return (survey.electorate() == Electorate.MEETING) ? this.electorates.members(survey) : List.of();
	}

	/** The deputies of the congress, to pick who is present. */
	public List<Electorates.Member> congress(CurrentUser user, long surveyId) {
		Survey survey = this.surveys.get(user, surveyId);
		return (survey.electorate() == Electorate.MEETING) ? this.electorates.congress(survey) : List.of();
	}

}
