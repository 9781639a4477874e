package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianxin.oversight.CourtObservationAttended;
import org.lianxin.supervision.Clock;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A court hearing deputies observe (旁听庭审), in 鲅鱼圈's three steps: deputies sign up within
 * its seats (the rest wait, and move up when a seat frees), the hearing is held with
 * those who came, and the discussion afterwards sends its opinions to the court, whose
 * replies are kept. Each deputy who came fills the six-item evaluation form once.
 */
@Table("court_hearing")
public class CourtHearing extends AbstractAggregateRoot<CourtHearing> {

	@Id
	private Long id;

	private String regionCode;

	private long courtId;

	private String caseTitle;

	private CaseKind caseKind;

	private LocalDate heldOn;

	private String place;

	private int seats;

	private String briefing;

	private HearingState state;

	private String discussion;

	/** The escalation level the court's overdue replies have reached (督办). */
	private int replyLevel;

	private Long createdBy;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "hearing_id", keyColumn = "position")
	private List<HearingSeat> signUps = new ArrayList<>();

	@MappedCollection(idColumn = "hearing_id")
	private Set<HearingMark> evaluations = new LinkedHashSet<>();

	@MappedCollection(idColumn = "hearing_id", keyColumn = "position")
	private List<HearingOpinion> opinions = new ArrayList<>();

	@PersistenceCreator
	private CourtHearing() {
	}

	/** The hearing moved (or a step was taken on it), by whom, why. */
	record Moved(CourtHearing hearing, HearingState from, HearingState to, Long by, String note) {

		Long hearingId() {
			return this.hearing.id;
		}

	}

	/** One item of an evaluation form: a rating from 1 to 5 and a comment. */
	public record Rating(Integer rating, String comment) {
	}

	static CourtHearing schedule(NewHearing listed, String regionCode, LocalDate today, Long by) {
		listed.check(today);
		CourtHearing hearing = new CourtHearing();
		hearing.regionCode = regionCode;
		hearing.courtId = listed.courtId();
		hearing.caseTitle = listed.caseTitle().strip();
		hearing.caseKind = listed.caseKind();
		hearing.heldOn = listed.heldOn();
		hearing.place = listed.place().strip();
		hearing.seats = listed.seats();
		hearing.briefing = Texts.stripped(listed.briefing(), 2000);
		hearing.state = HearingState.SCHEDULED;
		hearing.createdBy = by;
		hearing.registerEvent(new Moved(hearing, null, HearingState.SCHEDULED, by, null));
		return hearing;
	}

	/** A deputy signs up: a seat while there are any, else the waiting list. */
	SeatState signUp(long deputyId, Long by) {
		requireState("court.sign-up.closed", HearingState.SCHEDULED);
		if (seatOf(deputyId) >= 0) {
			throw new RuleViolationException(null, "court.sign-up.twice");
		}
		long taken = this.signUps.stream().filter(s -> s.state() == SeatState.SIGNED_UP).count();
		SeatState state = (taken < this.seats) ? SeatState.SIGNED_UP : SeatState.WAITING;
		this.signUps.add(new HearingSeat(deputyId, state));
		registerEvent(new Moved(this, this.state, this.state, by, state.name() + " " + deputyId));
		return state;
	}

	/** A deputy withdraws: the first waiting takes the seat freed. */
	CourtHearing withdraw(long deputyId, Long by) {
		requireState("court.sign-up.closed", HearingState.SCHEDULED);
		int at = seatOf(deputyId);
		if (at < 0) {
			throw new RuleViolationException(null, "court.sign-up.none");
		}
		boolean freed = this.signUps.remove(at).state() == SeatState.SIGNED_UP;
		for (int i = 0; freed && i < this.signUps.size(); i++) {
			if (this.signUps.get(i).state() == SeatState.WAITING) {
				this.signUps.set(i, new HearingSeat(this.signUps.get(i).deputyId(), SeatState.SIGNED_UP));
				freed = false;
			}
		}
		registerEvent(new Moved(this, this.state, this.state, by, "WITHDRAWN " + deputyId));
		return this;
	}

	/**
	 * The hearing was held with these deputies, each of whom had signed up; no more than
	 * its seats.
	 */
	CourtHearing held(Set<Long> came, LocalDate today, Long by, String courtName) {
		requireState("court.state.not-scheduled", HearingState.SCHEDULED);
		if (this.heldOn.isAfter(today)) {
			throw new RuleViolationException(null, "court.attendance.future");
		}
		if (came.isEmpty()) {
			throw new RuleViolationException("deputyIds", "court.attendance.required");
		}
		if (came.size() > this.seats) {
			throw new RuleViolationException("deputyIds", "court.attendance.over-seats", this.seats);
		}
		if (came.stream().anyMatch(deputy -> seatOf(deputy) < 0)) {
			throw new RuleViolationException("deputyIds", "court.attendance.not-signed-up");
		}
		this.signUps.replaceAll(s -> new HearingSeat(s.deputyId(),
				came.contains(s.deputyId()) ? SeatState.ATTENDED : SeatState.ABSENT));
		registerEvent(new Moved(this, this.state, HearingState.HELD, by, came.size() + "人次"));
		this.state = HearingState.HELD;
		registerEvent(new CourtObservationAttended(this.id, "旁听" + courtName + "庭审：" + this.caseTitle, this.heldOn,
				this.place, attendedDeputies()));
		return this;
	}

	/** A deputy who came fills the evaluation form: all six items, once. */
	CourtHearing evaluate(long deputyId, Map<EvaluationItem, Rating> form, Long by) {
		requireState("court.evaluation.not-held", HearingState.HELD, HearingState.DISCUSSED);
		if (!attendedDeputies().contains(deputyId)) {
			throw new RuleViolationException(null, "court.evaluation.not-attended");
		}
		if (this.evaluations.stream().anyMatch(m -> m.deputyId() == deputyId)) {
			throw new RuleViolationException(null, "court.evaluation.twice");
		}
		RuleViolations broken = new RuleViolations();
		Map<EvaluationItem, Rating> marks = new EnumMap<>(EvaluationItem.class);
		for (EvaluationItem item : EvaluationItem.values()) {
			Rating given = form.get(item);
			broken.check(() -> {
				if (given == null || given.rating() == null || given.rating() < 1 || given.rating() > 5) {
					throw new RuleViolationException("rating_" + item, "court.evaluation.item-missing",
							new DefaultMessageSourceResolvable("court.item." + item));
				}
				marks.put(item, new Rating(given.rating(), Texts.stripped(given.comment(), 500)));
			});
		}
		broken.throwIfAny();
		marks.forEach(
				(item, mark) -> this.evaluations.add(new HearingMark(deputyId, item, mark.rating(), mark.comment())));
		registerEvent(new Moved(this, this.state, this.state, by, "EVALUATED " + deputyId));
		return this;
	}

	/**
	 * 座谈评议: the discussion's summary and its opinions, each sent to the court to be
	 * answered by {@code replyBy}.
	 */
	CourtHearing discuss(String summary, List<String> opinionTexts, LocalDate replyBy, LocalDate today, Long by) {
		requireState("court.discussion.not-held", HearingState.HELD);
		String text = Texts.required("discussion", Texts.stripped(summary, 4000), "court.discussion.required");
		List<String> opinionsSent = opinionTexts.stream()
			.map(o -> Texts.stripped(o, 1000))
			.filter(o -> o != null)
			.toList();
		if (!opinionsSent.isEmpty() && (replyBy == null || !replyBy.isAfter(today))) {
			throw new RuleViolationException("replyBy", "court.reply-by.invalid");
		}
		this.discussion = text;
		opinionsSent.forEach(o -> this.opinions.add(new HearingOpinion(o, null, null, replyBy)));
		registerEvent(new Moved(this, this.state, HearingState.DISCUSSED, by, opinionsSent.size() + "条意见"));
		this.state = HearingState.DISCUSSED;
		return this;
	}

	/** The court's reply to an opinion (numbered from 1), given once. */
	CourtHearing reply(int number, String reply, LocalDate today, Long by) {
		requireState("court.reply.not-discussed", HearingState.DISCUSSED);
		if (number < 1 || number > this.opinions.size() || this.opinions.get(number - 1).reply() != null) {
			throw new RuleViolationException(null, "court.reply.invalid");
		}
		String text = Texts.required("reply", Texts.stripped(reply, 2000), "court.reply.required");
		this.opinions.set(number - 1, this.opinions.get(number - 1).answered(text, today));
		registerEvent(new Moved(this, this.state, this.state, by, "REPLIED " + number));
		return this;
	}

	/**
	 * Records that the court's overdue replies were escalated, only while the same
	 * deadline still waits on an answer.
	 */
	boolean escalateReplies(Clock clock, int toLevel, int workingDaysOverdue) {
		if (this.state != HearingState.DISCUSSED || !clock.dueOn().equals(replyDueOn()) || toLevel <= this.replyLevel) {
			return false;
		}
		this.replyLevel = toLevel;
		registerEvent(new Moved(this, this.state, this.state, null,
				"督办法院答复：第" + toLevel + "级，逾期" + workingDaysOverdue + "个工作日"));
		return true;
	}

	/** The earliest deadline of an opinion the court has not answered, if any. */
	LocalDate replyDueOn() {
		return this.opinions.stream()
			.filter(o -> o.reply() == null && o.dueOn() != null)
			.map(HearingOpinion::dueOn)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	private int seatOf(long deputyId) {
		for (int i = 0; i < this.signUps.size(); i++) {
			if (this.signUps.get(i).deputyId() == deputyId) {
				return i;
			}
		}
		return -1;
	}

	private List<Long> attendedDeputies() {
		return this.signUps.stream().filter(s -> s.state() == SeatState.ATTENDED).map(HearingSeat::deputyId).toList();
	}

	private void requireState(String refusal, HearingState... allowed) {
		if (!List.of(allowed).contains(this.state)) {
			throw new RuleViolationException(null, refusal);
		}
	}

	Long id() {
		return this.id;
	}

	HearingState state() {
		return this.state;
	}

	long courtId() {
		return this.courtId;
	}

	String regionCode() {
		return this.regionCode;
	}

	List<HearingSeat> signUps() {
		return List.copyOf(this.signUps);
	}

}
