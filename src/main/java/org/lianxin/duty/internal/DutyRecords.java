package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deputies' duty records: entered by the deputy for themselves, or by a group liaison,
 * station or office for the deputies they keep; verified or returned by the liaison or
 * the office; created once from other modules' events. A record a user cannot see does
 * not exist for them.
 */
@Service
public class DutyRecords {

	public static final int MAX_PHOTOS = 4;

	private static final String SELECT = """
			select r.id, t.code as type_code, t.name as type_name, r.occurred_on, r.place, r.title, r.description,
			       r.state, r.return_reason, r.region_code, g.name as region_name,
			       (select string_agg(d.name, '、' order by d.name) from duty_record_deputy x
			        join deputy_view d on d.id = x.deputy_id where x.record_id = r.id) as deputy_names,
			       r.source_ref, r.created_at,
			       (select count(*) from duty_record_file f where f.record_id = r.id) as evidence_count
			from duty_record r join duty_record_type t on t.id = r.type_id join region_view g on g.code = r.region_code""";

	private final JdbcClient jdbc;

	private final DeputyAccounts deputyAccounts;

	private final FileStore files;

	private final WorkdayCalendar calendar;

	private final OperationLog log;

	private final DeputyReach reach;

	private final TransactionTemplate transactions;

	DutyRecords(JdbcClient jdbc, DeputyAccounts deputyAccounts, FileStore files, WorkdayCalendar calendar,
			OperationLog log, DeputyReach reach, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.deputyAccounts = deputyAccounts;
		this.files = files;
		this.calendar = calendar;
		this.log = log;
		this.reach = reach;
		this.transactions = transactions;
	}

	/** Filters of a record list; each may be left out. */
	public record Filter(Long deputyId, Long groupId, String regionCode, LocalDate from, LocalDate to,
			RecordState state) {

		public Filter(Long deputyId, String regionCode, LocalDate from, LocalDate to, RecordState state) {
			this(deputyId, null, regionCode, from, to, state);
		}

	}

	/** The records the user may see, newest first, at most 500. */
	public List<DutyRecordView> list(CurrentUser user, Filter filter) {
		SqlCondition scope = scopeOf(user);
		Map<String, Object> params = new HashMap<>(scope.params());
		StringJoiner where = new StringJoiner(" and ", " where ", "");
		where.add(scope.sql());
		if (filter.deputyId() != null) {
			where.add("exists (select 1 from duty_record_deputy x where x.record_id = r.id and x.deputy_id = :deputy)");
			params.put("deputy", filter.deputyId());
		}
		if (filter.groupId() != null) {
			where.add("""
					exists (select 1 from duty_record_deputy x join deputy_seat_view m on m.deputy_id = x.deputy_id
					        where x.record_id = r.id and m.group_id = :group)""");
			params.put("group", filter.groupId());
		}
		if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
			where.add("g.path like (select path from region_view where code = :region) || '%'");
			params.put("region", filter.regionCode());
		}
		if (filter.from() != null) {
			where.add("r.occurred_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.add("r.occurred_on <= :to");
			params.put("to", filter.to());
		}
		if (filter.state() != null) {
			where.add("r.state = :state");
			params.put("state", filter.state().name());
		}
		return this.jdbc.sql(SELECT + where + " order by r.occurred_on desc, r.id desc limit 500")
			.params(params)
			.query(DutyRecordView.class)
			.list();
	}

	public Optional<DutyRecordView> find(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(SELECT + " where r.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(DutyRecordView.class)
			.optional();
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
		List<Evidence> evidence = evidenceOf(record);
		return this.transactions.execute(status -> createWith(user, record, evidence));
	}

	private DutyRecordView createWith(CurrentUser user, NewDutyRecord record, List<Evidence> evidence) {
		if (record.sourceRef() != null) {
			Optional<Long> earlier = this.jdbc.sql("select id from duty_record where source_ref = ?")
				.param(record.sourceRef())
				.query(Long.class)
				.optional();
			if (earlier.isPresent()) {
				return find(user, earlier.get()).orElseThrow(() -> new NotFoundException("duty record"));
			}
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
		return insert(user.id(), record, deputyIds, evidence)
			.orElseGet(() -> this.jdbc.sql(SELECT + " where r.source_ref = ?")
				.param(record.sourceRef())
				.query(DutyRecordView.class)
				.single());
	}

	/**
	 * A record another module's event makes (an opinion a deputy collected, a reception
	 * they attended): once per source, submitted for the office to verify.
	 * @return the record's id, or empty when it existed already
	 */
	@Transactional
	public Optional<Long> createFromEvent(long deputyId, NewDutyRecord event) {
		// the event names its title and place from what people typed: cut, not refused
		NewDutyRecord record = new NewDutyRecord(event.typeCode(), event.occurredOn(), cut(event.place(), 200),
				cut(event.title(), 100), event.description(), event.deputyIds(), event.photos(), event.sourceRef());
		try {
			// events carry no photos, so nothing is decoded inside this transaction
			Optional<Long> inserted = insert(null, record, List.of(deputyId), evidenceOf(record))
				.map(DutyRecordView::id);
			if (inserted.isEmpty()) {
				// the event was corrected (another day, place or title): so is its
				// record,
				// unless the office has verified it already
				this.jdbc.sql("""
						update duty_record set occurred_on = ?, place = ?, title = ?, version = version + 1
						where source_ref = ? and state <> 'VERIFIED'""")
					.params(record.occurredOn(), blankToNull(record.place()), record.title().strip(),
							record.sourceRef())
					.update();
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
	 * The new record, or empty when its source made one already (a race the key settles).
	 */
	private Optional<DutyRecordView> insert(Long createdBy, NewDutyRecord record, List<Long> deputyIds,
			List<Evidence> evidence) {
		long typeId = this.jdbc.sql("select id from duty_record_type where code = ? and enabled")
			.param(nullToEmpty(record.typeCode()))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RuleViolationException("type", "duty.type.invalid"));
		LocalDate day = record.occurredOn();
		if (day == null) {
			throw new RuleViolationException("occurredOn", "duty.date.required");
		}
		if (day.isAfter(this.calendar.today())) {
			throw new RuleViolationException("occurredOn", "duty.date.future");
		}
		String title = nullToEmpty(record.title()).strip();
		if (title.isEmpty() || title.length() > 100) {
			throw new RuleViolationException("title", "duty.title.invalid");
		}
		if (record.description() != null && record.description().strip().length() > 2000) {
			throw new RuleViolationException("description", "duty.too-long", 2000);
		}
		if (record.place() != null && record.place().strip().length() > 200) {
			throw new RuleViolationException("place", "duty.too-long", 200);
		}
		for (long deputyId : deputyIds) {
			this.reach.requireServing(deputyId, day, "deputyIds");
		}
		String region = this.deputyAccounts.homeRegion(deputyIds.get(0))
			.orElseThrow(() -> new RuleViolationException("deputyIds", "duty.deputy.outside-scope"));
		Optional<Long> inserted = this.jdbc
			.sql("""
					insert into duty_record (type_id, occurred_on, place, title, description, state, region_code, source_ref,
					                         created_by)
					values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?) on conflict (source_ref) do nothing returning id""")
			.params(typeId, day, blankToNull(record.place()), title, blankToNull(record.description()), region,
					record.sourceRef(), createdBy)
			.query(Long.class)
			.optional();
		if (inserted.isEmpty()) {
			return Optional.empty();
		}
		long id = inserted.get();
		for (long deputyId : deputyIds) {
			this.jdbc.sql("insert into duty_record_deputy (record_id, deputy_id) values (?, ?)")
				.params(id, deputyId)
				.update();
		}
		for (Evidence file : evidence) {
			this.jdbc.sql("insert into duty_record_file (record_id, file_key) values (?, ?)")
				.params(id, this.files.put(file.bytes(), file.extension()))
				.update();
		}
		this.log.record("duty.record.create", "duty record " + id, title);
		return Optional.of(this.jdbc.sql(SELECT + " where r.id = ?").param(id).query(DutyRecordView.class).single());
	}

	/** The record's photos cleaned and documents checked, as they will be kept. */
	private static List<Evidence> evidenceOf(NewDutyRecord record) {
		if (record.photos().size() > MAX_PHOTOS) {
			throw new RuleViolationException("photos", "duty.photos.too-many", MAX_PHOTOS);
		}
		return record.photos().stream().map(Evidence::of).toList();
	}

	/**
	 * The record's n-th piece of evidence (from 1) as stored, with its content type, if
	 * the user may see the record.
	 */
	public Optional<StoredEvidence> evidence(CurrentUser user, long recordId, int n) {
		if (n < 1 || find(user, recordId).isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select file_key from duty_record_file where record_id = ? order by id offset ? limit 1")
			.params(recordId, n - 1)
			.query(String.class)
			.optional()
			.flatMap(key -> this.files.get(key)
				.map(bytes -> new StoredEvidence(bytes, Evidence.contentTypeOf(key),
						"证据" + n + key.substring(key.lastIndexOf('.')))));
	}

	/** Evidence bytes as served, with the name a download gets. */
	public record StoredEvidence(byte[] bytes, String contentType, String fileName) {
	}

	/**
	 * Takes back a record an event made, unless the office has verified it already (then
	 * the office decides).
	 */
	@Transactional
	public void withdrawFromEvent(String sourceRef) {
		this.jdbc.sql("delete from duty_record where source_ref = ? and state <> 'VERIFIED'").param(sourceRef).update();
	}

	/** 审核通过: the record counts from now on. */
	@Transactional
	public DutyRecordView verify(CurrentUser user, long id) {
		return decide(user, id, RecordState.VERIFIED, null);
	}

	/** 退回, with the reason the deputy reads. */
	@Transactional
	public DutyRecordView returnRecord(CurrentUser user, long id, String reason) {
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new RuleViolationException("reason", "duty.reason.required");
		}
		return decide(user, id, RecordState.RETURNED, reason.strip());
	}

	private DutyRecordView decide(CurrentUser user, long id, RecordState to, String reason) {
		if (!user.can(DutyPermissions.VERIFY)) {
			throw new AccessDeniedException(DutyPermissions.VERIFY);
		}
		DutyRecordView record = find(user, id).orElseThrow(() -> new NotFoundException("duty record " + id));
		if (user.scope().kind() == DataScopeKind.OWN_GROUPS
				&& deputiesOf(id).stream().anyMatch(deputy -> !this.reach.reaches(user, deputy))) {
			// the other deputies' own liaison or office decides for them
			throw new RuleViolationException(null, "duty.verify.outside-group");
		}
		if (record.state() != RecordState.SUBMITTED) {
			throw new RuleViolationException(null, "duty.state.decided");
		}
		int decided = this.jdbc.sql("""
				update duty_record set state = ?, return_reason = ?, verified_by = ?, verified_at = now(),
				       version = version + 1
				where id = ? and state = 'SUBMITTED'""").params(to.name(), reason, user.id(), id).update();
		if (decided == 0) {
			throw new RuleViolationException(null, "duty.state.decided");
		}
		this.log.record("duty.record." + to.name().toLowerCase(java.util.Locale.ROOT), "duty record " + id, reason);
		return find(user, id).orElseThrow();
	}

	/**
	 * The records that name the user's own deputy or a deputy of the groups they look
	 * after, and those they entered: one small set of ids, each side from its own index.
	 */
	private static final String RECORDS_OF_USER = """
			select x.record_id from duty_record_deputy x
			where x.deputy_id in (select a.deputy_id from deputy_account_view a where a.user_id = :scopeUserId
			                      union select l.deputy_id from deputy_liaison_view l where l.user_id = :scopeUserId)
			union select c.id from duty_record c where c.created_by = :scopeUserId""";

	/**
	 * Offices by region; a deputy the records they take part in (through their account);
	 * a group liaison their groups' deputies'; both also what they entered.
	 */
	private static SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrictToNamed("r.region_code", "r.id", RECORDS_OF_USER);
	}

	private List<Long> deputiesOf(long recordId) {
		return this.jdbc.sql("select deputy_id from duty_record_deputy where record_id = ?")
			.param(recordId)
			.query(Long.class)
			.list();
	}

	/** How many records of each state a deputy has this year: for "my duties". */
	public Map<RecordState, Long> countsFor(long deputyId, int year) {
		Map<RecordState, Long> counts = new java.util.EnumMap<>(RecordState.class);
		for (RecordState state : RecordState.values()) {
			counts.put(state, 0L);
		}
		this.jdbc.sql("""
				select r.state, count(*) from duty_record r join duty_record_deputy x on x.record_id = r.id
				where x.deputy_id = ? and extract(year from r.occurred_on) = ? group by r.state""")
			.params(deputyId, year)
			.query((rs, n) -> counts.put(RecordState.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String cut(String value, int length) {
		return (value != null && value.strip().length() > length) ? value.strip().substring(0, length) : value;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
