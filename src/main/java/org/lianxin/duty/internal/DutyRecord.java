package org.lianxin.duty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A duty record (履职记录): submitted for the deputies it names, then verified (it counts) or
 * returned with a reason by the office or the group liaison. A record an event made
 * follows its event until the office has verified it. Every move is checked here; an
 * illegal one is refused with a rule the user reads. Every move is kept in the record's
 * history ({@link Moved}).
 */
@Table("duty_record")
public class DutyRecord extends AbstractAggregateRoot<DutyRecord> {

	static final int MAX_TITLE = 100;

	static final int MAX_PLACE = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_REASON = 500;

	@Id
	private Long id;

	private long typeId;

	private LocalDate occurredOn;

	private String place;

	private String title;

	private String description;

	private RecordState state;

	private String returnReason;

	private String regionCode;

	private String sourceRef;

	private String sourceHash;

	private Long createdBy;

	// written by the database when the record is entered, never afterwards
	@ReadOnlyProperty
	private Instant createdAt;

	private Long verifiedBy;

	private Instant verifiedAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "record_id")
	private Set<NamedDeputy> deputies = new LinkedHashSet<>();

	@PersistenceCreator
	private DutyRecord() {
	}

	/**
	 * The record moved: from a state (none when entered) to another (the same when its
	 * event was corrected; none when its event took it back), by whom (none for an
	 * event), when (now when not given) and why (the return reason, or the kind of event
	 * that made the record). The record gives its id once saved.
	 */
	record Moved(DutyRecord record, RecordState from, RecordState to, Long by, Instant at, String why) {

		Long recordId() {
			return this.record.id;
		}

	}

	/** A deputy the record names. */
	@Table("duty_record_deputy")
	record NamedDeputy(long deputyId) {
	}

	/**
	 * Refuses what a record may not say, field by field in the order a form shows them.
	 */
	static void requireValid(NewDutyRecord entered, LocalDate today) {
		LocalDate day = entered.occurredOn();
		if (day == null) {
			throw new RuleViolationException("occurredOn", "duty.date.required");
		}
		if (day.isAfter(today)) {
			throw new RuleViolationException("occurredOn", "duty.date.future");
		}
		String title = stripped(entered.title());
		if (title == null || title.length() > MAX_TITLE) {
			throw new RuleViolationException("title", "duty.title.invalid");
		}
		if (entered.description() != null && entered.description().strip().length() > MAX_DESCRIPTION) {
			throw new RuleViolationException("description", "duty.too-long", MAX_DESCRIPTION);
		}
		if (entered.place() != null && entered.place().strip().length() > MAX_PLACE) {
			throw new RuleViolationException("place", "duty.too-long", MAX_PLACE);
		}
	}

	/**
	 * A record as entered, submitted for the office of {@code regionCode} to verify.
	 * @param typeId the kind of record the entry names by code
	 * @param deputyIds who took part, the first deciding the office
	 * @param createdBy who entered it; none when an event made it
	 */
	static DutyRecord submit(NewDutyRecord entered, LocalDate today, long typeId, List<Long> deputyIds,
			String regionCode, Long createdBy) {
		requireValid(entered, today);
		if (deputyIds.isEmpty()) {
			throw new RuleViolationException("deputyIds", "duty.deputies.required");
		}
		DutyRecord record = new DutyRecord();
		record.typeId = typeId;
		record.occurredOn = entered.occurredOn();
		record.place = stripped(entered.place());
		record.title = entered.title().strip();
		record.description = stripped(entered.description());
		record.state = RecordState.SUBMITTED;
		record.regionCode = regionCode;
		record.sourceRef = entered.sourceRef();
		record.sourceHash = entered.sourceHash();
		record.createdBy = createdBy;
		deputyIds.forEach(deputy -> record.deputies.add(new NamedDeputy(deputy)));
		record.registerEvent(new Moved(record, null, RecordState.SUBMITTED, createdBy, null, record.madeBy()));
		return record;
	}

	/** 审核通过: the record counts from now on. */
	DutyRecord verify(long by, Instant at) {
		return decide(RecordState.VERIFIED, null, by, at);
	}

	/** 退回, with the reason the deputy reads. */
	DutyRecord returnWith(String reason, long by, Instant at) {
		String why = stripped(reason);
		if (why == null || why.length() > MAX_REASON) {
			throw new RuleViolationException("reason", "duty.reason.required");
		}
		return decide(RecordState.RETURNED, why, by, at);
	}

	private DutyRecord decide(RecordState to, String reason, long by, Instant at) {
		if (this.state != RecordState.SUBMITTED) {
			throw new RuleViolationException(null, "duty.state.decided");
		}
		registerEvent(new Moved(this, this.state, to, by, at, reason));
		this.state = to;
		this.returnReason = reason;
		this.verifiedBy = by;
		this.verifiedAt = at;
		return this;
	}

	/**
	 * The event that made the record was corrected (another day, place or title): so is
	 * the record, unless the office has verified it already.
	 * @return whether the record changed
	 */
	boolean followEvent(LocalDate day, String newPlace, String newTitle) {
		if (!followsItsEvent()) {
			return false;
		}
		this.occurredOn = day;
		this.place = stripped(newPlace);
		this.title = newTitle.strip();
		registerEvent(new Moved(this, this.state, this.state, null, null, madeBy()));
		return true;
	}

	/**
	 * Its event took the record back (it is deleted): unless the office has verified it
	 * already, then the office decides.
	 * @return whether the record may go
	 */
	boolean withdraw() {
		if (!followsItsEvent()) {
			return false;
		}
		registerEvent(new Moved(this, this.state, null, null, null, madeBy()));
		return true;
	}

	/**
	 * The kind of event that made the record ('opinion'), none when a person entered it.
	 */
	private String madeBy() {
		return (this.createdBy == null && this.sourceRef != null) ? this.sourceRef.split(":", 2)[0] : null;
	}

	/**
	 * Whether the record still follows the event that made it: once verified, the office
	 * decides.
	 */
	boolean followsItsEvent() {
		return this.state != RecordState.VERIFIED;
	}

	/** Whether a retry under the record's idempotency key carries what the first did. */
	boolean sameRequestAs(NewDutyRecord retry) {
		return retry.sourceHash() == null || retry.sourceHash().equals(this.sourceHash);
	}

	Long id() {
		return this.id;
	}

	RecordState state() {
		return this.state;
	}

	String returnReason() {
		return this.returnReason;
	}

	String title() {
		return this.title;
	}

	List<Long> deputyIds() {
		return this.deputies.stream().map(NamedDeputy::deputyId).toList();
	}

	private static String stripped(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
