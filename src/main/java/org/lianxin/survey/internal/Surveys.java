package org.lianxin.survey.internal;

import org.lianxin.survey.SurveyManagement;
import org.lianxin.survey.SurveyRow;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.VoteTaken;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's side of surveys: setting one up, opening and closing it, and reading the
 * surveys and their results within the user's scope.
 */
@Service
public class Surveys implements SurveyManagement {

	private final SurveyRepository repository;

	private final BallotBox box;

	private final PaperBallots paper;

	private final Electorates electorates;

	private final SurveyResults results;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Surveys(SurveyRepository repository, BallotBox box, PaperBallots paper, Electorates electorates,
			SurveyResults results, JdbcClient jdbc, OperationLog log, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.repository = repository;
		this.box = box;
		this.paper = paper;
		this.electorates = electorates;
		this.results = results;
		this.jdbc = jdbc;
		this.log = log;
	}

	/** One year of a series: its overall score and turnout. */
	public record Year(long id, int year, String title, SurveyResults.Results results) {
	}

	/**
	 * Sets up a draft survey for a congress (or one of its groups) in the user's scope.
	 */
	@Transactional
	@Override
	public long create(CurrentUser user, NewSurvey spec) {
		return save(user, spec, null);
	}

	long save(CurrentUser user, NewSurvey spec, Long revoteOf) {
		SqlCondition reach = user.scope().restrict("c.region_code", null, null);
		String region = (spec.congressId() == null) ? null
				: this.jdbc.sql("select c.region_code from congress_view c where c.id = :congress and " + reach.sql())
					.param("congress", spec.congressId())
					.params(reach.params())
					.query(String.class)
					.optional()
					.orElse(null);
		if (spec.congressId() != null && region == null) {
			throw new RuleViolationException("congressId", "survey.electorate.invalid");
		}
		if (spec.groupId() != null
				&& this.jdbc.sql("select count(*) from deputy_group_view where id = ? and congress_id = ?")
					.params(spec.groupId(), spec.congressId())
					.query(Long.class)
					.single() == 0) {
			throw new RuleViolationException("groupId", "survey.group.required");
		}
		NewSurvey placed = new NewSurvey(region, spec.series(), spec.year(), spec.title(), spec.scale(),
				spec.maxChoices(), spec.electorate(), spec.congressId(), spec.groupId(), spec.opensAt(),
				spec.closesAt(), spec.minCount(), spec.rectifyBelow(), spec.items());
		Survey survey = this.repository.save(Survey.draft(placed, revoteOf, user.id()));
		this.log.record("survey.create", "survey " + survey.id(), survey.title());
		return survey.id();
	}

	@Transactional
	@Override
	public void open(CurrentUser user, long id) {
		this.repository.save(locked(user, id).open(user.id()));
		this.log.record("survey.open", "survey " + id, null);
	}

	/**
	 * Closes the survey once every paper sheet is agreed on, and seals its ballot box.
	 */
	@Transactional
	@Override
	public void close(CurrentUser user, long id) {
		Survey survey = locked(user, id);
		if (survey.state() == SurveyState.OPEN && !this.paper.unresolved(id).isEmpty()) {
			throw new RuleViolationException(null, "survey.paper.unresolved");
		}
		this.repository.save(survey.close(this.electorates.size(survey), user.id()));
		this.box.seal(id);
		this.log.record("survey.close", "survey " + id, null);
	}

	/** The survey, if the user's scope reaches it. */
	public Optional<Survey> find(CurrentUser user, long id) {
		SqlCondition scope = inScope(user);
		boolean visible = this.jdbc.sql("select count(*) from survey s where s.id = :id and " + scope.sql())
			.param("id", id)
			.params(scope.params())
			.query(Long.class)
			.single() > 0;
		return visible ? this.repository.findById(id) : Optional.empty();
	}

	public Survey get(CurrentUser user, long id) {
		return find(user, id).orElseThrow(() -> new NotFoundException("survey " + id));
	}

	/** The surveys of the scope (of one region and below, when given), newest first. */
	@Override
	public List<SurveyRow> list(CurrentUser user, String region) {
		SqlCondition scope = inScope(user);
		return this.jdbc.sql("""
				select s.id, s.region_code, r.name as region_name, s.series, s.year, s.title, s.scale, s.state,
				       s.opens_at, s.closes_at
				from survey s join region_view r on r.code = s.region_code
				where %s and (cast(:region as varchar) is null
				              or r.path like (select path from region_view where code = :region) || '%%')
				order by s.year desc, s.opens_at desc, s.id desc limit 500""".formatted(scope.sql()))
			.params(scope.params())
			.param("region", (region == null || region.isBlank()) ? null : region)
			.query(SurveyRow.class)
			.list();
	}

	public SurveyResults.Results results(CurrentUser user, long id) {
		return this.results.of(get(user, id));
	}

	/** The closed surveys of the same series and region, year by year (连续6年). */
	public List<Year> series(CurrentUser user, long id) {
		Survey survey = get(user, id);
		return this.jdbc.sql("""
				select id from survey where region_code = ? and series = ? and state = 'CLOSED'
				order by year, id""")
			.params(survey.regionCode(), survey.series())
			.query(Long.class)
			.list()
			.stream()
			.map(this.repository::findById)
			.flatMap(Optional::stream)
			.map(s -> new Year(s.id(), s.year(), s.title(), this.results.of(s)))
			.toList();
	}

	@Override
	@Transactional
	public void handOutPaper(CurrentUser user, long id, long deputyId) {
		Survey survey = get(user, id);
		if (!this.electorates.includes(survey, deputyId)) {
			throw new RuleViolationException(null, "survey.not-in-electorate");
		}
		this.box.handOutPaper(id, Voting.voterKey(deputyId));
		// a paper voter took part as an online one did: the same duty record, once (the
		// roll refuses a second hand-out, the record's key a second delivery)
		this.events.publishEvent(new VoteTaken(id, deputyId, survey.title(), LocalDate.now(this.clock)));
	}

	@Override
	public List<Long> chosenCounts(CurrentUser user, long id) {
		SurveyResults.Results counted = results(user, id);
		if (!counted.counted()) {
			return List.of();
		}
		return counted.items()
			.stream()
			.map(item -> item.answers().stream().filter(a -> a.answer() == 1).mapToLong(a -> a.count()).sum())
			.toList();
	}

	@Override
	public List<List<Long>> answerCounts(CurrentUser user, long id) {
		SurveyResults.Results counted = results(user, id);
		if (!counted.counted() || !counted.breakdown()) {
			return List.of();
		}
		return counted.items()
			.stream()
			.map(item -> item.answers().stream().map(SurveyResults.AnswerCount::count).toList())
			.toList();
	}

	@Override
	public List<Long> electorate(CurrentUser user, long id) {
		return members(user, id).stream().map(Electorates.Member::deputyId).toList();
	}

	/** Who may vote, to hand paper ballots to. */
	public List<Electorates.Member> members(CurrentUser user, long id) {
		return this.electorates.members(get(user, id));
	}

	public List<PaperBallots.Unresolved> unresolvedPaper(CurrentUser user, long id) {
		return this.paper.unresolved(get(user, id).id());
	}

	public long agreedPaper(CurrentUser user, long id) {
		return this.paper.agreed(get(user, id).id());
	}

	@Transactional
	@Override
	public void enterPaper(CurrentUser user, long id, int sheetNo, int clerk, short[] answers) {
		this.paper.enter(locked(user, id), sheetNo, clerk, answers, user.id());
	}

	@Transactional
	public void withdrawPaper(CurrentUser user, long id, int sheetNo, int clerk) {
		this.paper.withdraw(locked(user, id), sheetNo, clerk);
		this.log.record("survey.paper.withdraw", "survey " + id, "sheet " + sheetNo + " clerk " + clerk);
	}

	private Survey locked(CurrentUser user, long id) {
		get(user, id);
		return this.repository.findLockedById(id).orElseThrow(() -> new NotFoundException("survey " + id));
	}

	/**
	 * An agency sees the surveys that rate it, to answer for an item below the threshold.
	 */
	private static SqlCondition inScope(CurrentUser user) {
		if (user.scope().kind() == DataScopeKind.OWN_AGENCY && user.scope().agencyId() != null) {
			return new SqlCondition(
					"exists (select 1 from survey_item i where i.survey_id = s.id and i.agency_id = :scopeAgencyId)",
					Map.of("scopeAgencyId", user.scope().agencyId()));
		}
		return user.scope().restrict("s.region_code", null, "s.created_by");
	}

}
