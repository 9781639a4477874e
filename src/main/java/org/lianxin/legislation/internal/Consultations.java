package org.lianxin.legislation.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.station.VenueView;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations: received, their drafts imported, opened for opinions and closed for
 * merging; listed within the user's scope.
 */
@Service
public class Consultations {

	static final String SELECT = """
			select c.id, c.point_id, v.name as point_name, c.region_code, c.source_level, c.source_body, c.title,
			       c.received_on, c.answer_due_on, c.stage, c.current_version, c.supervision_level
			from legislation_consultation c join venue_view v on v.id = c.point_id""";

	private final ConsultationRepository repository;

	private final LegislativePoints points;

	private final DraftVersions drafts;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	private final JdbcClient jdbc;

	Consultations(ConsultationRepository repository, LegislativePoints points, DraftVersions drafts,
			WorkdayCalendar calendar, OperationLog log, JdbcClient jdbc) {
		this.repository = repository;
		this.points = points;
		this.drafts = drafts;
		this.calendar = calendar;
		this.log = log;
		this.jdbc = jdbc;
	}

	/** The consultations in the user's scope, newest first. */
	public List<ConsultationView> list(CurrentUser user, Integer year) {
		SqlCondition scope = user.scope().restrict("c.region_code", null, "c.created_by");
		return this.jdbc
			.sql(SELECT + " where " + scope.sql()
					+ " and (cast(:year as integer) is null or extract(year from c.received_on) = :year)"
					+ " order by c.received_on desc, c.id desc limit 500")
			.params(scope.params())
			.param("year", year)
			.query(ConsultationView.class)
			.list();
	}

	public Optional<ConsultationView> find(CurrentUser user, long id) {
		SqlCondition scope = user.scope().restrict("c.region_code", null, "c.created_by");
		return this.jdbc.sql(SELECT + " where c.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(ConsultationView.class)
			.optional();
	}

	public ConsultationView get(CurrentUser user, long id) {
		return find(user, id).orElseThrow(() -> new NotFoundException("consultation " + id));
	}

	/**
	 * The consultations gathering opinions at a point: its own, and for an information
	 * point those of the contact point above it. Public: anyone who scans may comment.
	 */
	public List<ConsultationView> gatheringAt(long pointId, Long parentId) {
		return this.jdbc
			.sql(SELECT + " where c.stage = 'GATHERING' and c.point_id in (:point, :parent) order by c.answer_due_on")
			.param("point", pointId)
			.param("parent", (parentId != null) ? parentId : pointId)
			.query(ConsultationView.class)
			.list();
	}

	/** A consultation task received: checked whole before it is written. */
	@Transactional
	public long receive(CurrentUser user, NewConsultation input) {
		VenueView point = this.points.get(user, input.pointId());
		RuleViolations problems = new RuleViolations();
		SourceLevel level = problems.get(() -> sourceLevel(input.sourceLevel()));
		String body = problems.get(() -> required("sourceBody", input.sourceBody(), Consultation.MAX_SOURCE));
		String title = problems.get(() -> required("title", input.title(), Consultation.MAX_TITLE));
		var receivedOn = (input.receivedOn() != null) ? input.receivedOn() : this.calendar.today();
		if (input.answerDueOn() == null) {
			problems.check(() -> {
				throw new RuleViolationException("answerDueOn", "consultation.due.required");
			});
		}
		problems.throwIfAny();
		Consultation saved = this.repository.save(Consultation.receive(point.id(), point.regionCode(), level, body,
				title, receivedOn, input.answerDueOn(), user.id()));
		this.log.record("legislation.consultation.receive", "consultation " + saved.id(), title);
		return saved.id();
	}

	/**
	 * A draft (or a revised one) read from its text; a numbering that cannot be read
	 * writes nothing.
	 */
	@Transactional
	public int importDraft(CurrentUser user, long id, String text, String note) {
		List<DraftArticle> articles = DraftText.parse(text);
		Consultation consultation = change(user, id, c -> c.draftArrived(user.id()));
		this.drafts.add(id, consultation.currentVersion(), this.calendar.today(), note, articles, user.id());
		this.log.record("legislation.draft.import", "consultation " + id, "version " + consultation.currentVersion());
		return consultation.currentVersion();
	}

	/** As {@link #importDraft}, from a Word .docx. */
	@Transactional
	public int importDocx(CurrentUser user, long id, byte[] docx, String note) {
		get(user, id);
		return importDraft(user, id, DraftDocx.text(docx), note);
	}

	@Transactional
	public void publish(CurrentUser user, long id) {
		change(user, id, c -> c.publish(user.id()));
	}

	@Transactional
	public void closeGathering(CurrentUser user, long id) {
		change(user, id, c -> c.closeGathering(user.id()));
	}

	private Consultation change(CurrentUser user, long id, UnaryOperator<Consultation> step) {
		get(user, id);
		Consultation consultation = this.repository.findById(id)
			.orElseThrow(() -> new NotFoundException("consultation " + id));
		return this.repository.save(step.apply(consultation));
	}

	private static SourceLevel sourceLevel(String input) {
		try {
			return SourceLevel.valueOf(String.valueOf(input).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("sourceLevel", "consultation.source-level.invalid");
		}
	}

	private static String required(String field, String input, int max) {
		String value = (input == null) ? "" : input.strip();
		if (value.isEmpty() || value.length() > max) {
			throw new RuleViolationException(field, "consultation." + field + ".invalid", max);
		}
		return value;
	}

}
