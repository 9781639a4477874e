package org.lianxin.deputy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lianxin.deputy.internal.CongressChoice;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.account.SqlCondition;
import org.lianxin.deputy.internal.DeputyCodeIssuer;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deputy registry: one deputy, their profile and their seats. A deputy is visible to
 * a staff user when one of their seats lies within the user's data scope
 * ({@link DeputyScope}); every change is checked against that scope and logged. Lists are
 * {@link DeputyList}'s.
 */
@Service
public class DeputyRegistry {

	private final JdbcClient jdbc;

	private final PhoneNumbers phones;

	private final OperationLog log;

	private final DeputyCodeIssuer codes;

	DeputyRegistry(JdbcClient jdbc, PhoneNumbers phones, OperationLog log, DeputyCodeIssuer codes) {
		this.jdbc = jdbc;
		this.phones = phones;
		this.log = log;
		this.codes = codes;
	}

	/** The deputy if one of their seats lies within the user's scope. */
	public Optional<DeputyDetail> find(CurrentUser user, long id) {
		SqlCondition scope = DeputyScope.of(user, "sm.region_code");
		record Person(long id, String name, Gender gender, String ethnicity, Integer birthYear, String party,
				String occupation, String employer, String phoneMasked, String bio, boolean hasPhoto) {
		}
		return this.jdbc
			.sql("""
					select d.id, d.name, d.gender, d.ethnicity, d.birth_year, d.party, d.occupation, d.employer,
					       d.phone_masked, d.bio, d.photo_key is not null as has_photo
					from deputy d where d.id = :id
					  and exists (select 1 from deputy_membership sm where sm.deputy_id = d.id and %s)"""
				.formatted(scope.sql()))
			.params(scope.params())
			.param("id", id)
			.query(Person.class)
			.optional()
			.map(p -> new DeputyDetail(p.id(), p.name(), p.gender(), p.ethnicity(), p.birthYear(), p.party(),
					p.occupation(), p.employer(), p.phoneMasked(), p.bio(), p.hasPhoto(), membershipsOf(p.id())));
	}

	public DeputyDetail get(CurrentUser user, long id) {
		return find(user, id).orElseThrow(() -> new NotFoundException("deputy " + id));
	}

	/** Congress terms the user may give seats in, highest level first. */
	public List<CongressChoice> congressesFor(CurrentUser user) {
		SqlCondition scope = DeputyScope.of(user, "c.region_code");
		return this.jdbc.sql("""
				select c.id, c.name, c.term_number, c.region_code, c.term_start, c.term_end
				from congress_view c join region_view r on r.code = c.region_code
				where %s order by r.path, c.term_number desc""".formatted(scope.sql()))
			.params(scope.params())
			.query(CongressChoice.class)
			.list();
	}

	/**
	 * Registers a deputy with their first seat, in a congress within the user's scope.
	 */
	@Transactional
	public long register(CurrentUser user, DeputyProfile profile, Seat seat) {
		return insert(profile, congressInScope(user, seat.congressId()), seat, user.id());
	}

	/** Registers a deputy on behalf of the system (data loaders), in any congress. */
	@Transactional
	public long registerAsSystem(DeputyProfile profile, Seat seat) {
		CongressChoice congress = this.jdbc.sql("""
				select id, name, term_number, region_code, term_start, term_end from congress_view where id = ?""")
			.param(seat.congressId())
			.query(CongressChoice.class)
			.optional()
			.orElseThrow(() -> new RuleViolationException("congressId", "deputy.congress.outside-scope"));
		return insert(profile, congress, seat, null);
	}

	/**
	 * The first deputy registered under this name (for data loaders; names are not
	 * unique).
	 */
	public Optional<Long> findIdByName(String name) {
		return this.jdbc.sql("select id from deputy where name = ? order by id limit 1")
			.param(name)
			.query(Long.class)
			.optional();
	}

	/**
	 * Whether a deputy of this name holds a seat, open or ended, in this congress term.
	 */
	public boolean isSeated(String name, long congressId) {
		return this.jdbc.sql("""
				select exists (select 1 from deputy d join deputy_membership m on m.deputy_id = d.id
				               where d.name = ? and m.congress_id = ?)""")
			.params(name, congressId)
			.query(Boolean.class)
			.single();
	}

	private long insert(DeputyProfile profile, CongressChoice congress, Seat seat, Long createdBy) {
		ProtectedPhone phone = protect(profile.phone()).orElse(null);
		long id = this.jdbc.sql("""
				insert into deputy (name, gender, ethnicity, birth_year, party, occupation, employer,
				                    phone_cipher, phone_hash, phone_last_four, phone_masked, bio, created_by)
				values (:name, :gender, :ethnicity, :birthYear, :party, :occupation, :employer,
				        :cipher, :hash, :lastFour, :masked, :bio, :createdBy) returning id""")
			.params(profileParams(profile))
			.param("cipher", (phone != null) ? phone.cipherText() : null)
			.param("hash", (phone != null) ? phone.lookupHash() : null)
			.param("lastFour", (phone != null) ? phone.lastFour() : null)
			.param("masked", (phone != null) ? phone.masked() : null)
			.param("createdBy", createdBy)
			.query(Long.class)
			.single();
		insertSeat(id, congress, seat);
		this.codes.issue(id);
		this.log.record("deputy.register", "deputy " + id, profile.name().strip() + " " + congress.label());
		return id;
	}

	/** Changes the person's details; a blank phone keeps the number on file. */
	@Transactional
	public void update(CurrentUser user, long id, DeputyProfile profile) {
		get(user, id);
		Optional<ProtectedPhone> phone = protect(profile.phone());
		this.jdbc.sql("""
				update deputy set name = :name, gender = :gender, ethnicity = :ethnicity, birth_year = :birthYear,
				       party = :party, occupation = :occupation, employer = :employer, bio = :bio,
				       version = version + 1 where id = :id""").params(profileParams(profile)).param("id", id).update();
		phone.ifPresent(p -> this.jdbc
			.sql("""
					update deputy set phone_cipher = ?, phone_hash = ?, phone_last_four = ?, phone_masked = ? where id = ?""")
			.params(p.cipherText(), p.lookupHash(), p.lastFour(), p.masked(), id)
			.update());
		this.log.record("deputy.update", "deputy " + id,
				profile.name().strip() + (phone.isPresent() ? " phone changed" : ""));
	}

	/** Changes an open seat's district, group and start to an imported row. */
	public void updateSeat(long membershipId, Seat seat) {
		Long groupId = groupId(seat);
		this.jdbc.sql("update deputy_membership set electoral_district = ?, group_id = ?, started_on = ? where id = ?")
			.params(blankToNull(seat.electoralDistrict()), groupId, seat.startedOn(), membershipId)
			.update();
	}

	/** Gives a deputy one more seat (a person may sit in several congresses at once). */
	@Transactional
	public void addSeat(CurrentUser user, long deputyId, Seat seat) {
		DeputyDetail deputy = get(user, deputyId);
		CongressChoice congress = congressInScope(user, seat.congressId());
		insertSeat(deputyId, congress, seat);
		this.log.record("deputy.seat.add", "deputy " + deputyId, deputy.name() + " " + congress.label());
	}

	/** Ends a seat (term over, resignation, removal), with the date and the reason. */
	@Transactional
	public void endSeat(CurrentUser user, long deputyId, long membershipId, LocalDate endedOn, String reason,
			LocalDate today) {
		DeputyDetail deputy = get(user, deputyId);
		MembershipView seat = deputy.memberships()
			.stream()
			.filter(m -> m.id() == membershipId && m.serving())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("open seat " + membershipId));
		// a seat outside the user's scope (another seat made the deputy visible) is not
		// theirs to end
		if (congressesFor(user).stream().noneMatch(c -> c.id() == seat.congressId())) {
			throw new NotFoundException("open seat " + membershipId);
		}
		if (endedOn.isBefore(seat.startedOn()) || endedOn.isAfter(today)) {
			throw new RuleViolationException("endedOn", "deputy.seat.end-date", seat.startedOn(), today);
		}
		this.jdbc.sql("update deputy_membership set ended_on = ?, end_reason = ? where id = ?")
			.params(endedOn, reason.strip(), membershipId)
			.update();
		this.log.record("deputy.seat.end", "deputy " + deputyId,
				seat.congressName() + " " + endedOn + " " + reason.strip());
	}

	private void insertSeat(long deputyId, CongressChoice congress, Seat seat) {
		if (seat.startedOn().isBefore(congress.termStart()) || seat.startedOn().isAfter(congress.termEnd())) {
			throw new RuleViolationException("startedOn", "deputy.seat.outside-term", congress.termStart(),
					congress.termEnd());
		}
		Long groupId = (seat.groupName() == null || seat.groupName().isBlank()) ? null
				: this.jdbc.sql("""
						insert into deputy_group (congress_id, name) values (?, ?)
						on conflict (congress_id, name) do update set name = excluded.name returning id""")
					.params(congress.id(), seat.groupName().strip())
					.query(Long.class)
					.single();
		try {
			this.jdbc
				.sql("""
						insert into deputy_membership (deputy_id, congress_id, region_code, group_id, electoral_district, started_on)
						values (?, ?, ?, ?, ?, ?)""")
				.params(deputyId, congress.id(), congress.regionCode(), groupId, blankToNull(seat.electoralDistrict()),
						seat.startedOn())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("congressId", "deputy.seat.duplicate", congress.label());
		}
	}

	/**
	 * The id of the seat's group in its congress, created on first use; null without a
	 * group.
	 */
	Long groupId(Seat seat) {
		if (seat.groupName() == null || seat.groupName().isBlank()) {
			return null;
		}
		return this.jdbc.sql("""
				insert into deputy_group (congress_id, name) values (?, ?)
				on conflict (congress_id, name) do update set name = excluded.name returning id""")
			.params(seat.congressId(), seat.groupName().strip())
			.query(Long.class)
			.single();
	}

	List<MembershipView> membershipsOf(long deputyId) {
		return this.jdbc
			.sql("""
					select m.id, m.congress_id, c.name as congress_name, c.term_number, m.region_code, r.name as region_name,
					       r.level, g.name as group_name, m.electoral_district, m.started_on, m.ended_on, m.end_reason
					from deputy_membership m join congress_view c on c.id = m.congress_id join region_view r on r.code = m.region_code
					left join deputy_group g on g.id = m.group_id
					where m.deputy_id = ? order by (m.ended_on is null) desc, r.path, m.started_on""")
			.param(deputyId)
			.query(MembershipView.class)
			.list();
	}

	private CongressChoice congressInScope(CurrentUser user, long congressId) {
		return congressesFor(user).stream()
			.filter(c -> c.id() == congressId)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("congressId", "deputy.congress.outside-scope"));
	}

	private Optional<ProtectedPhone> protect(String phone) {
		if (phone == null || phone.isBlank()) {
			return Optional.empty();
		}
		if (PhoneNumbers.normalise(phone).isEmpty()) {
			throw new RuleViolationException("phone", "deputy.phone.invalid");
		}
		return Optional.of(this.phones.protect(phone));
	}

	private static Map<String, Object> profileParams(DeputyProfile profile) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", profile.name().strip());
		params.put("gender", (profile.gender() != null) ? profile.gender().name() : null);
		params.put("ethnicity", blankToNull(profile.ethnicity()));
		params.put("birthYear", profile.birthYear());
		params.put("party", blankToNull(profile.party()));
		params.put("occupation", blankToNull(profile.occupation()));
		params.put("employer", blankToNull(profile.employer()));
		params.put("bio", blankToNull(profile.bio()));
		return params;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
