package org.lianxin.duty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.OperationLog;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.database.Failures;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies' duty records as users see and decide them: listed within their scope,
 * verified or returned by the liaison or the office. A record a user cannot see does not
 * exist for them. Entering records is {@link DutyRecordEntry}'s.
 */
@Service
public class DutyRecords {

	private static final String SELECT = """
			select r.id, t.code as type_code, t.name as type_name, r.occurred_on, r.place, r.title, r.description,
			       r.state, r.return_reason, r.region_code, g.name as region_name,
			       (select string_agg(d.name, '、' order by d.name) from duty_record_deputy x
			        join deputy_view d on d.id = x.deputy_id where x.record_id = r.id) as deputy_names,
			       r.source_ref, r.created_at,
			       (select count(*) from duty_record_file f where f.record_id = r.id) as evidence_count
			from duty_record r join duty_record_type t on t.id = r.type_id join region_view g on g.code = r.region_code""";

	/**
	 * The records that name the deputy whose account the user signs in with, and those
	 * they entered: one small set of ids, each side from its own index.
	 */
	private static final String RECORDS_OF_DEPUTY = """
			select x.record_id from duty_record_deputy x
			join deputy_account_view a on a.deputy_id = x.deputy_id where a.user_id = :scopeUserId
			union select c.id from duty_record c where c.created_by = :scopeUserId""";

	/**
	 * The records that name a deputy of the groups the user looks after, and those they
	 * entered. Kept apart from a deputy's: one query for both made PostgreSQL read every
	 * record's deputies for a deputy's own list (bench/run duty --scale 1m: 19 → 46 ms).
	 */
	private static final String RECORDS_OF_LIAISON = """
			select x.record_id from duty_record_deputy x
			join deputy_liaison_view l on l.deputy_id = x.deputy_id where l.user_id = :scopeUserId
			union select c.id from duty_record c where c.created_by = :scopeUserId""";

	private final JdbcClient jdbc;

	private final DutyRecordRepository repository;

	private final OperationLog log;

	private final DeputyReach reach;

	DutyRecords(JdbcClient jdbc, DutyRecordRepository repository, OperationLog log, DeputyReach reach) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.log = log;
		this.reach = reach;
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
		Map<String, Object> params = new HashMap<>();
		String where = where(user, filter, params);
		return this.jdbc.sql(SELECT + where + " order by r.occurred_on desc, r.id desc limit 500")
			.params(params)
			.query(DutyRecordView.class)
			.list();
	}

	/**
	 * How many records the user's list of this filter holds (the list itself shows the
	 * newest 500).
	 */
	public long count(CurrentUser user, Filter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(user, filter, params);
		return this.jdbc.sql("select count(*) from duty_record r join region_view g on g.code = r.region_code" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The scope and the filter as a {@code where} clause; its parameters go into params.
	 */
	private static String where(CurrentUser user, Filter filter, Map<String, Object> params) {
		SqlCondition scope = scopeOf(user);
		params.putAll(scope.params());
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
		return where.toString();
	}

	public Optional<DutyRecordView> find(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(SELECT + " where r.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(DutyRecordView.class)
			.optional();
	}

	/** A record as listed, whoever asks: for the one who has just entered it. */
	DutyRecordView viewOf(long id) {
		return this.jdbc.sql(SELECT + " where r.id = ?").param(id).query(DutyRecordView.class).single();
	}

	/** 审核通过: the record counts from now on. */
	@Transactional
	public DutyRecordView verify(CurrentUser user, long id) {
		return decide(user, id, record -> record.verify(user.id(), Instant.now()));
	}

	/** 退回, with the reason the deputy reads. */
	@Transactional
	public DutyRecordView returnRecord(CurrentUser user, long id, String reason) {
		return decide(user, id, record -> record.returnWith(reason, user.id(), Instant.now()));
	}

	private DutyRecordView decide(CurrentUser user, long id, UnaryOperator<DutyRecord> step) {
		if (!user.can(DutyPermissions.VERIFY)) {
			throw new AccessDeniedException(DutyPermissions.VERIFY);
		}
		find(user, id).orElseThrow(() -> new NotFoundException("duty record " + id));
		DutyRecord record = this.repository.findById(id).orElseThrow(() -> new NotFoundException("duty record " + id));
		if (user.scope().kind() == DataScopeKind.OWN_GROUPS
				&& record.deputyIds().stream().anyMatch(deputy -> !this.reach.reaches(user, deputy))) {
			// the other deputies' own liaison or office decides for them
			throw new RuleViolationException(null, "duty.verify.outside-group");
		}
		try {
			this.repository.save(step.apply(record));
		}
		catch (RuntimeException ex) {
			if (!Failures.causedBy(ex, OptimisticLockingFailureException.class)) {
				throw ex;
			}
			// someone decided it a moment ago
			throw new RuleViolationException(null, "duty.state.decided");
		}
		this.log.record("duty.record." + record.state().name().toLowerCase(Locale.ROOT), "duty record " + id,
				record.returnReason());
		return find(user, id).orElseThrow();
	}

	/**
	 * Offices by region; a deputy the records they take part in (through their account);
	 * a group liaison their groups' deputies'; both also what they entered.
	 */
	static SqlCondition scopeOf(CurrentUser user) {
		String named = (user.scope().kind() == DataScopeKind.OWN_GROUPS) ? RECORDS_OF_LIAISON : RECORDS_OF_DEPUTY;
		return user.scope().restrictToNamed("r.region_code", "r.id", named);
	}

	/** How many records of each state a deputy has this year: for "my duties". */
	public Map<RecordState, Long> countsFor(long deputyId, int year) {
		Map<RecordState, Long> counts = new EnumMap<>(RecordState.class);
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

}
