package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * An item of an issue list (问题清单): the unit responsible rectifies it by its deadline and
 * reports how, with evidence; a reviewer checks that on site or on file and closes the
 * item (销号) or sends it back; the follow-up visit (回头看) falls due a chosen number of days
 * after closing and its verdict is recorded. Nothing closes an item but a reviewer's
 * check. Whatever the item waits for has a deadline ({@code clockDueOn}) that the
 * supervision watch follows; every move starts a new one.
 */
@Table("oversight_issue_item")
public class IssueItem extends AbstractAggregateRoot<IssueItem> {

	static final int DEFAULT_FOLLOW_UP_DAYS = 90;

	@Id
	private Long id;

	private long activityId;

	private String regionCode;

	private String place;

	private String description;

	private String evidence;

	private String ruleConcerned;

	private Long agencyId;

	private String rectificationRequired;

	private LocalDate dueOn;

	private IssueState state;

	private LocalDate clockDueOn;

	private int level;

	private int followUpDays;

	private LocalDate closedOn;

	private String followUpVerdict;

	private String sourceRef;

	private String sourceHash;

	private Long createdBy;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "item_id", keyColumn = "position")
	private List<Rectification> rectifications = new ArrayList<>();

	@MappedCollection(idColumn = "item_id")
	private Set<IssueFile> files = new LinkedHashSet<>();

	@PersistenceCreator
	private IssueItem() {
	}

	/** The item moved from a state (none when listed) to another, by whom, why. */
	record Moved(IssueItem item, IssueState from, IssueState to, Long by, String note) {

		Long itemId() {
			return this.item.id;
		}

	}

	/** What the unit reported, and what the reviewer decided on it (none yet). */
	@Table("oversight_rectification")
	record Rectification(LocalDate reportedOn, Long reportedBy, String account, LocalDate reviewedOn, Long reviewedBy,
			ReviewMethod reviewMethod, Boolean accepted, String reviewNote) {

		Rectification reviewed(LocalDate on, Long by, ReviewMethod method, boolean accept, String note) {
			return new Rectification(this.reportedOn, this.reportedBy, this.account, on, by, method, accept, note);
		}

	}

	/** A photo: of the finding ({@code rectification} null) or of a report. */
	@Table("oversight_issue_file")
	record IssueFile(String fileKey, Integer rectification) {
	}

	/**
	 * A finding listed on an activity, for its unit to rectify; every broken rule at
	 * once.
	 */
	static IssueItem list(NewIssueItem entered, long activityId, String regionCode, LocalDate today,
			List<String> photoKeys, Long by, String sourceRef, String sourceHash) {
		RuleViolations broken = new RuleViolations();
		broken.check(
				() -> Texts.required("place", Texts.stripped(entered.place(), 200), "oversight.item.place.required"));
		broken.check(() -> Texts.required("description", Texts.stripped(entered.description(), 2000),
				"oversight.item.description.required"));
		broken.check(() -> Texts.stripped(entered.evidence(), 2000));
		broken.check(() -> Texts.stripped(entered.ruleConcerned(), 500));
		broken.check(() -> Texts.required("agencyId", entered.agencyId(), "oversight.item.agency.required"));
		broken.check(() -> Texts.required("rectificationRequired",
				Texts.stripped(entered.rectificationRequired(), 2000), "oversight.item.rectification.required"));
		broken.check(() -> requireDeadline("dueOn", entered.dueOn(), today));
		broken.check(() -> followUpDaysOf(entered.followUpDays()));
		broken.throwIfAny();
		IssueItem item = new IssueItem();
		item.activityId = activityId;
		item.regionCode = regionCode;
		item.place = entered.place().strip();
		item.description = entered.description().strip();
		item.evidence = Texts.stripped(entered.evidence(), 2000);
		item.ruleConcerned = Texts.stripped(entered.ruleConcerned(), 500);
		item.agencyId = entered.agencyId();
		item.rectificationRequired = entered.rectificationRequired().strip();
		item.dueOn = entered.dueOn();
		item.followUpDays = followUpDaysOf(entered.followUpDays());
		item.createdBy = by;
		item.sourceRef = sourceRef;
		item.sourceHash = sourceHash;
		photoKeys.forEach(key -> item.files.add(new IssueFile(key, null)));
		return item.moveTo(IssueState.ASSIGNED, item.dueOn, by, null);
	}

	/**
	 * The unit reports how it rectified: the reviewer must check it by {@code reviewBy}.
	 */
	IssueItem reportRectification(String account, List<String> photoKeys, LocalDate today, LocalDate reviewBy,
			Long by) {
		requireState("oversight.item.not-rectifying", IssueState.ASSIGNED, IssueState.SENT_BACK);
		String text = Texts.required("account", Texts.stripped(account, 2000), "oversight.item.account.required");
		int position = this.rectifications.size();
		this.rectifications.add(new Rectification(today, by, text, null, null, null, null, null));
		photoKeys.forEach(key -> this.files.add(new IssueFile(key, position)));
		return moveTo(IssueState.REPORTED, reviewBy, by, null);
	}

	/**
	 * The reviewer checked the evidence: accepted, the item is closed (销号) and the
	 * follow-up visit falls due; not, it goes back to the unit with a reason and a new
	 * deadline.
	 */
	IssueItem review(ReviewMethod method, boolean accept, String note, LocalDate newDueOn, LocalDate today, Long by) {
		requireState("oversight.item.not-reported", IssueState.REPORTED);
		RuleViolations broken = new RuleViolations();
		broken.check(() -> Texts.required("method", method, "oversight.review.method.required"));
		String reason = broken.get(() -> Texts.stripped(note, 1000));
		if (!accept) {
			broken.check(() -> Texts.required("note", reason, "oversight.review.reason.required"));
			broken.check(() -> requireDeadline("dueOn", newDueOn, today));
		}
		broken.throwIfAny();
		int last = this.rectifications.size() - 1;
		this.rectifications.set(last, this.rectifications.get(last).reviewed(today, by, method, accept, reason));
		if (accept) {
			this.closedOn = today;
			return moveTo(IssueState.CLOSED, today.plusDays(this.followUpDays), by, method.name());
		}
		this.dueOn = newDueOn;
		return moveTo(IssueState.SENT_BACK, newDueOn, by, reason);
	}

	/**
	 * The follow-up visit's verdict: the rectification holds (the item is done), or it
	 * does not and the unit must rectify again by a new deadline.
	 */
	IssueItem followUp(boolean holds, String verdict, LocalDate newDueOn, LocalDate today, Long by) {
		requireState("oversight.item.not-closed", IssueState.CLOSED);
		RuleViolations broken = new RuleViolations();
		String text = broken
			.get(() -> Texts.required("verdict", Texts.stripped(verdict, 500), "oversight.follow-up.verdict.required"));
		if (!holds) {
			broken.check(() -> requireDeadline("dueOn", newDueOn, today));
		}
		broken.throwIfAny();
		this.followUpVerdict = text;
		if (holds) {
			return moveTo(IssueState.FOLLOWED_UP, null, by, text);
		}
		this.dueOn = newDueOn;
		this.closedOn = null;
		return moveTo(IssueState.ASSIGNED, newDueOn, by, text);
	}

	/**
	 * The watch escalated the item's present deadline to {@code toLevel}: recorded only
	 * while the item still waits on that same deadline.
	 */
	boolean escalate(Clock clock, int toLevel, int workingDaysOverdue) {
		if (!isOn(clock) || toLevel <= this.level) {
			return false;
		}
		this.level = toLevel;
		registerEvent(
				new Moved(this, this.state, this.state, null, "督办：第" + toLevel + "级，逾期" + workingDaysOverdue + "个工作日"));
		return true;
	}

	/** Whether the item still waits on the given clock. */
	boolean isOn(Clock clock) {
		return this.state.name().equals(clock.stage()) && clock.dueOn().equals(this.clockDueOn);
	}

	/** The unit must act in these states; the office in the others. */
	Long actingAgency() {
		return (this.state == IssueState.ASSIGNED || this.state == IssueState.SENT_BACK) ? this.agencyId : null;
	}

	private IssueItem moveTo(IssueState to, LocalDate nextDueOn, Long by, String note) {
		registerEvent(new Moved(this, this.state, to, by, note));
		this.state = to;
		this.clockDueOn = nextDueOn;
		this.level = 0;
		return this;
	}

	private void requireState(String refusal, IssueState... allowed) {
		if (!List.of(allowed).contains(this.state)) {
			throw new RuleViolationException(null, refusal);
		}
	}

	private static void requireDeadline(String field, LocalDate dueOn, LocalDate today) {
		if (dueOn == null) {
			throw new RuleViolationException(field, "oversight.item.deadline.required");
		}
		if (dueOn.isBefore(today)) {
			throw new RuleViolationException(field, "oversight.item.deadline.past");
		}
	}

	private static int followUpDaysOf(Integer days) {
		if (days == null) {
			return DEFAULT_FOLLOW_UP_DAYS;
		}
		if (days < 1 || days > 730) {
			throw new RuleViolationException("followUpDays", "oversight.item.follow-up-days.invalid");
		}
		return days;
	}

	/** Whether a retry under the item's idempotency key carries what the first did. */
	boolean sameRequestAs(String hash) {
		return java.util.Objects.equals(hash, this.sourceHash);
	}

	Long id() {
		return this.id;
	}

	long activityId() {
		return this.activityId;
	}

	IssueState state() {
		return this.state;
	}

	Long agencyId() {
		return this.agencyId;
	}

	String regionCode() {
		return this.regionCode;
	}

	LocalDate clockDueOn() {
		return this.clockDueOn;
	}

	int level() {
		return this.level;
	}

}
