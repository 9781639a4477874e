package org.lianxin.duty.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.platform.database.Failures;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entering duty records: by the deputy for themselves, or by a group liaison, station or
 * office for the deputies they keep; and once from other modules' events (an opinion a
 * deputy collected, a reception they attended, a training, a report to voters), following
 * the event while the office has not verified it.
 */
@Service
public class DutyRecordEntry {

	private final DutyRecordRepository repository;

	private final DutyRecords records;

	private final DutyRecordEvidence evidence;

	private final JdbcClient jdbc;

	private final DeputyAccounts deputyAccounts;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	private final DeputyReach reach;

	private final TransactionTemplate transactions;

	// a savepoint: a record another transaction entered with the same source first
	// leaves this one usable
	private final TransactionTemplate savepoint;

	DutyRecordEntry(DutyRecordRepository repository, DutyRecords records, DutyRecordEvidence evidence, JdbcClient jdbc,
			DeputyAccounts deputyAccounts, WorkdayCalendar calendar, OperationLog log, DeputyReach reach,
			PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.records = records;
		this.evidence = evidence;
		this.jdbc = jdbc;
		this.deputyAccounts = deputyAccounts;
		this.calendar = calendar;
		this.log = log;
		this.reach = reach;
		this.transactions = new TransactionTemplate(transactionManager);
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Enters a record: for the signed-in deputy when no deputies are named; a deputy may
	 * name only themselves. A second submission with the same source returns the first.
	 */
	public DutyRecordView create(CurrentUser user, NewDutyRecord record) {
		if (!user.can(DutyPermissions.EDIT)) {
			throw new AccessDeniedException(DutyPermissions.EDIT);
		}
		// photos are decoded and re-encoded before a database connection is taken
		List<Evidence> files = evidenceOf(record);
		return this.transactions.execute(status -> createWith(user, record, files));
	}

	private DutyRecordView createWith(CurrentUser user, NewDutyRecord record, List<Evidence> files) {
		Optional<DutyRecord> earlier = bySource(record.sourceRef());
		if (earlier.isPresent()) {
			requireSameRequest(earlier.get(), record);
			return this.records.find(user, earlier.get().id()).orElseThrow(() -> new NotFoundException("duty record"));
		}
		Optional<Long> own = this.deputyAccounts.deputyOf(user.id());
		List<Long> deputyIds = record.deputyIds().isEmpty() ? own.map(List::of).orElse(List.of())
				: List.copyOf(new LinkedHashSet<>(record.deputyIds()));
		if (deputyIds.isEmpty()) {
			throw new RuleViolationException("deputyIds", "duty.deputies.required");
		}
		for (long deputyId : deputyIds) {
			// the record goes to the office of the deputy's current seat: the recorder
			// must reach it
			if (!this.reach.reaches(user, deputyId)) {
				throw new RuleViolationException("deputyIds", "duty.deputy.outside-scope");
			}
		}
		long id = insert(prepare(user.id(), record, deputyIds), files).orElseGet(() -> {
			DutyRecord first = bySource(record.sourceRef()).orElseThrow();
			requireSameRequest(first, record);
			return first.id();
		});
		return this.records.viewOf(id);
	}

	/** A retry under an idempotency key carries what the first request did. */
	private static void requireSameRequest(DutyRecord earlier, NewDutyRecord retry) {
		if (!earlier.sameRequestAs(retry)) {
			throw new RuleViolationException(null, "duty.idempotency.conflict");
		}
	}

	/**
	 * A record another module's event makes (an opinion a deputy collected, a reception
	 * they attended): once per source, submitted for the office to verify.
	 * @return the record's id, or empty when it existed already
	 */
	@Transactional
	public Optional<Long> createFromEvent(long deputyId, NewDutyRecord event) {
		// the event names its title and place from what people typed: cut, not refused
		NewDutyRecord record = new NewDutyRecord(event.typeCode(), event.occurredOn(),
				cut(event.place(), DutyRecord.MAX_PLACE), cut(event.title(), DutyRecord.MAX_TITLE), event.description(),
				event.deputyIds(), event.photos(), event.sourceRef());
		try {
			DutyRecord fresh = prepare(null, record, List.of(deputyId));
			Optional<DutyRecord> earlier = bySource(record.sourceRef());
			// events carry no photos, so nothing is decoded inside this transaction
			Optional<Long> inserted = earlier.isPresent() ? Optional.empty() : insert(fresh, evidenceOf(record));
			if (inserted.isEmpty()) {
				// the event was corrected (another day, place or title): so is its record
				earlier.or(() -> bySource(record.sourceRef()))
					.filter(known -> known.followEvent(record.occurredOn(), record.place(), record.title()))
					.ifPresent(this.repository::save);
			}
			return inserted;
		}
		catch (RuleViolationException ex) {
			// caught before it leaves this transaction: the event's other records still
			// go in
			return Optional.empty();
		}
	}

	/**
	 * Takes back a record an event made, unless the office has verified it already (then
	 * the office decides).
	 */
	@Transactional
	public void withdrawFromEvent(String sourceRef) {
		bySource(sourceRef).filter(DutyRecord::withdraw).ifPresent(this.repository::delete);
	}

	/** The record as entered, every rule checked, not yet saved. */
	private DutyRecord prepare(Long createdBy, NewDutyRecord record, List<Long> deputyIds) {
		long typeId = this.jdbc.sql("select id from duty_record_type where code = ? and enabled")
			.param((record.typeCode() != null) ? record.typeCode() : "")
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RuleViolationException("type", "duty.type.invalid"));
		DutyRecord.requireValid(record, this.calendar.today());
		for (long deputyId : deputyIds) {
			this.reach.requireServing(deputyId, record.occurredOn(), "deputyIds");
		}
		String region = this.deputyAccounts.homeRegion(deputyIds.get(0))
			.orElseThrow(() -> new RuleViolationException("deputyIds", "duty.deputy.outside-scope"));
		return DutyRecord.submit(record, this.calendar.today(), typeId, deputyIds, region, createdBy);
	}

	/**
	 * Saves the new record with its evidence: its id, or empty when its source made one
	 * already (a race the key settles).
	 */
	private Optional<Long> insert(DutyRecord record, List<Evidence> files) {
		try {
			this.savepoint.executeWithoutResult(status -> this.repository.save(record));
		}
		catch (RuntimeException ex) {
			if (!Failures.causedBy(ex, DuplicateKeyException.class)) {
				throw ex;
			}
			return Optional.empty();
		}
		this.evidence.attach(record.id(), files);
		this.log.record("duty.record.create", "duty record " + record.id(), record.title());
		return Optional.of(record.id());
	}

	private Optional<DutyRecord> bySource(String sourceRef) {
		return (sourceRef != null) ? this.repository.findBySourceRef(sourceRef) : Optional.empty();
	}

	/** The record's photos cleaned and documents checked, as they will be kept. */
	private static List<Evidence> evidenceOf(NewDutyRecord record) {
		if (record.photos().size() > DutyRecordEvidence.MAX_PHOTOS) {
			throw new RuleViolationException("photos", "duty.photos.too-many", DutyRecordEvidence.MAX_PHOTOS);
		}
		return record.photos().stream().map(Evidence::of).toList();
	}

	private static String cut(String value, int length) {
		return (value != null && value.strip().length() > length) ? value.strip().substring(0, length) : value;
	}

}
