package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.supervision.Clock;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deliberation opinion (审议意见): what the standing committee asks after hearing a report
 * or holding an oversight activity, in numbered items each with its unit and deadline.
 * Drafted, sent as a letter (审议意见函), received by the addressed unit (回执), answered item
 * by item, then rated by the committee. While sent and not received, the receipt is due;
 * once received, the earliest unanswered item is.
 */
@Table("deliberation_opinion")
public class DeliberationOpinion extends AbstractAggregateRoot<DeliberationOpinion> {

	static final int MAX_ITEMS = 50;

	@Id
	private Long id;

	private String regionCode;

	private String sourceKind;

	private Long meetingId;

	private Integer reportPosition;

	private Long activityId;

	private String sourceTitle;

	private String title;

	private long agencyId;

	private DeliberationState state;

	private String letterNumber;

	private LocalDate sentOn;

	private LocalDate receiptDueOn;

	private LocalDate receivedOn;

	private String receivedBy;

	private DeliberationRating rating;

	private String ratingNote;

	private LocalDate ratedOn;

	private int level;

	private LocalDate levelDueOn;

	private Long createdBy;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "opinion_id", keyColumn = "position")
	private List<DeliberationItem> items = new ArrayList<>();

	@PersistenceCreator
	private DeliberationOpinion() {
	}

	/** The opinion moved (or a step was taken on it), by whom, why. */
	record Moved(DeliberationOpinion opinion, DeliberationState from, DeliberationState to, Long by, String note) {

		Long opinionId() {
			return this.opinion.id;
		}

	}

	/** Every broken rule at once, each item named by its number. */
	static DeliberationOpinion draft(NewDeliberation drafted, String regionCode, LocalDate today, Long by) {
		RuleViolations broken = new RuleViolations();
		DeliberationOpinion opinion = new DeliberationOpinion();
		broken.check(() -> opinion.title = Texts.required("title", Texts.stripped(drafted.title(), 200),
				"deliberation.title.required"));
		broken.check(() -> opinion.sourceTitle = Texts.required("sourceTitle",
				Texts.stripped(drafted.sourceTitle(), 200), "deliberation.source.required"));
		broken.check(() -> opinion.agencyId = Texts.required("agencyId", drafted.agencyId(),
				"deliberation.agency.required"));
		List<NewDeliberation.Item> given = (drafted.items() != null) ? drafted.items()
			.stream()
			.filter(i -> i != null
					&& (i.text() != null && !i.text().isBlank() || i.agencyId() != null || i.dueOn() != null))
			.toList() : List.of();
		broken.check(() -> {
			if (given.isEmpty() || given.size() > MAX_ITEMS) {
				throw new RuleViolationException("items", "deliberation.items.count", MAX_ITEMS);
			}
		});
		for (int i = 0; i < given.size(); i++) {
			NewDeliberation.Item item = given.get(i);
			int number = i + 1;
			broken.check(() -> {
				String text = Texts.stripped(item.text(), 2000);
				if (text == null || item.agencyId() == null || item.dueOn() == null || !item.dueOn().isAfter(today)) {
					throw new RuleViolationException("items", "deliberation.item.incomplete", number);
				}
				opinion.items.add(new DeliberationItem(text, item.agencyId(), item.dueOn(), null, null));
			});
		}
		broken.throwIfAny();
		opinion.regionCode = regionCode;
		opinion.sourceKind = (drafted.activityId() != null) ? "ACTIVITY" : "REPORT";
		opinion.activityId = drafted.activityId();
		opinion.meetingId = (drafted.activityId() != null) ? null : drafted.meetingId();
		opinion.reportPosition = (drafted.activityId() != null || drafted.reportNumber() == null) ? null
				: drafted.reportNumber() - 1;
		if (opinion.activityId == null && (opinion.meetingId == null || opinion.reportPosition == null)) {
			throw new RuleViolationException("sourceTitle", "deliberation.source.required");
		}
		opinion.state = DeliberationState.DRAFTED;
		opinion.createdBy = by;
		opinion.registerEvent(new Moved(opinion, null, DeliberationState.DRAFTED, by, given.size() + "条"));
		return opinion;
	}

	/** Sent as a letter with its number; the receipt is due by {@code receiptDue}. */
	DeliberationOpinion send(String number, LocalDate today, LocalDate receiptDue, Long by) {
		requireState("deliberation.state.not-drafted", DeliberationState.DRAFTED);
		this.letterNumber = Texts.required("letterNumber", Texts.stripped(number, 60), "deliberation.letter.required");
		if (this.items.stream().anyMatch(i -> !i.dueOn().isAfter(today))) {
			throw new RuleViolationException("items", "deliberation.item.due-passed");
		}
		this.sentOn = today;
		this.receiptDueOn = receiptDue;
		return moveTo(DeliberationState.SENT, by, this.letterNumber);
	}

	/** The addressed unit's receipt (回执), signed by a named person. */
	DeliberationOpinion receive(String signedBy, LocalDate today, Long by) {
		requireState("deliberation.state.not-sent", DeliberationState.SENT);
		this.receivedBy = Texts.required("receivedBy", Texts.stripped(signedBy, 50), "deliberation.receipt.required");
		this.receivedOn = today;
		return moveTo(DeliberationState.RECEIVED, by, this.receivedBy);
	}

	/**
	 * The unit's answer to item {@code number} (from 1), once; the last answers the
	 * whole.
	 */
	DeliberationOpinion answer(int number, String answer, Long answeringAgency, LocalDate today, Long by) {
		requireState("deliberation.state.not-received", DeliberationState.RECEIVED);
		if (number < 1 || number > this.items.size() || !this.items.get(number - 1).open()) {
			throw new RuleViolationException(null, "deliberation.item.invalid");
		}
		DeliberationItem item = this.items.get(number - 1);
		if (answeringAgency != null && answeringAgency != item.agencyId()) {
			throw new RuleViolationException(null, "deliberation.item.not-yours");
		}
		String text = Texts.required("answer", Texts.stripped(answer, 4000), "deliberation.answer.required");
		this.items.set(number - 1, item.answered(text, today));
		if (this.items.stream().noneMatch(DeliberationItem::open)) {
			return moveTo(DeliberationState.ANSWERED, by, "第" + number + "条");
		}
		registerEvent(new Moved(this, this.state, this.state, by, "答复第" + number + "条"));
		return this;
	}

	/** The committee rates the answers once all are given. */
	DeliberationOpinion rate(DeliberationRating given, String note, LocalDate today, Long by) {
		requireState("deliberation.state.not-answered", DeliberationState.ANSWERED);
		this.rating = Texts.required("rating", given, "deliberation.rating.required");
		this.ratingNote = Texts.stripped(note, 1000);
		this.ratedOn = today;
		return moveTo(DeliberationState.RATED, by, given.name());
	}

	/** The deadline now running: the receipt's, else the earliest unanswered item's. */
	LocalDate dueOn() {
		if (this.state == DeliberationState.SENT) {
			return this.receiptDueOn;
		}
		if (this.state != DeliberationState.RECEIVED) {
			return null;
		}
		return this.items.stream()
			.filter(DeliberationItem::open)
			.map(DeliberationItem::dueOn)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	/**
	 * Records an escalation only while the same deadline still runs and the level is
	 * higher than the one reached on it.
	 */
	boolean escalate(Clock clock, int toLevel, int workingDaysOverdue) {
		LocalDate due = dueOn();
		boolean onClock = this.state.name().equals(clock.stage()) && clock.dueOn().equals(due);
		if (!onClock || (due.equals(this.levelDueOn) && toLevel <= this.level)) {
			return false;
		}
		this.level = toLevel;
		this.levelDueOn = due;
		registerEvent(
				new Moved(this, this.state, this.state, null, "督办：第" + toLevel + "级，逾期" + workingDaysOverdue + "个工作日"));
		return true;
	}

	private DeliberationOpinion moveTo(DeliberationState to, Long by, String note) {
		registerEvent(new Moved(this, this.state, to, by, note));
		this.state = to;
		return this;
	}

	private void requireState(String refusal, DeliberationState allowed) {
		if (this.state != allowed) {
			throw new RuleViolationException(null, refusal);
		}
	}

	Long id() {
		return this.id;
	}

	DeliberationState state() {
		return this.state;
	}

	String regionCode() {
		return this.regionCode;
	}

	long agencyId() {
		return this.agencyId;
	}

	Long meetingId() {
		return this.meetingId;
	}

	Integer reportPosition() {
		return this.reportPosition;
	}

	Long activityId() {
		return this.activityId;
	}

}
