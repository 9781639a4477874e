package org.lianxin.survey.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.survey.VoteTaken;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deputy's side of surveys: the ones they may vote in now, and their vote. Nothing here
 * logs or publishes a vote: the roll says that they voted, nothing says how.
 */
@Service
public class Voting {

	private final SurveyRepository repository;

	private final BallotBox box;

	private final Electorates electorates;

	private final DeputyAccounts deputies;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Voting(SurveyRepository repository, BallotBox box, Electorates electorates, DeputyAccounts deputies,
			JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.box = box;
		this.electorates = electorates;
		this.deputies = deputies;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An open survey the deputy may vote in, and whether they have. */
	public record Open(Survey survey, boolean voted) {
	}

	/** The surveys open now whose electorate holds the signed-in deputy. */
	public List<Open> openFor(CurrentUser user) {
		long deputy = deputyOf(user);
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select s.id from survey s
				where s.state = 'OPEN' and s.opens_at <= :now and s.closes_at > :now
				  and exists (select 1 from deputy_seat_view m where m.deputy_id = :deputy and m.ended_on is null
				              and m.congress_id = s.congress_id and (s.group_id is null or m.group_id = s.group_id))
				  and s.electorate <> 'PUBLIC'
				  and (s.electorate <> 'MEETING'
				       or exists (select 1 from survey_attendee a where a.survey_id = s.id and a.deputy_id = :deputy))
				order by s.closes_at, s.id""")
			.param("now", java.sql.Timestamp.from(now))
			.param("deputy", deputy)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(id -> this.repository.findById(id).stream())
			.map(s -> new Open(s, this.box.hasVoted(s.id(), voterKey(deputy))))
			.toList();
	}

	/** The survey for the deputy's ballot form, if they may vote in it. */
	public Survey ballotFor(CurrentUser user, long surveyId) {
		long deputy = deputyOf(user);
		Survey survey = this.repository.findById(surveyId)
			.orElseThrow(() -> new NotFoundException("survey " + surveyId));
		if (!this.electorates.includes(survey, deputy)) {
			throw new RuleViolationException(null, "survey.not-in-electorate");
		}
		return survey;
	}

	public boolean hasVoted(CurrentUser user, long surveyId) {
		return this.box.hasVoted(surveyId, voterKey(deputyOf(user)));
	}

	/**
	 * The signed-in deputy's ballot; refused, with nothing written, for a deputy outside
	 * the electorate, outside the voting time, a second time, or not fitting the items.
	 */
	@Transactional
	public void cast(CurrentUser user, long surveyId, short[] answers) {
		Survey survey = ballotFor(user, surveyId);
		long deputy = deputyOf(user);
		this.box.cast(surveyId, voterKey(deputy), answers);
		this.events.publishEvent(new VoteTaken(surveyId, deputy, survey.title(), LocalDate.now(this.clock)));
	}

	private long deputyOf(CurrentUser user) {
		return this.deputies.deputyOf(user.id())
			.orElseThrow(() -> new RuleViolationException(null, "survey.not-a-deputy"));
	}

	static String voterKey(long deputyId) {
		return "D:" + deputyId;
	}

}
