package org.lianxin.deputy;

import java.time.LocalDate;
import java.util.Optional;

import org.lianxin.account.OperationLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which deputy a staff account belongs to, and what the other modules ask about a
 * deputy's seats: serving on a day, and the region they are most at home in.
 */
@Service
public class DeputyAccounts {

	/** A serving seat before an ended one, the most local first, then the newest. */
	private static final String HOME_SEAT_FIRST = " order by (ended_on is null) desc, length(region_code) desc,"
			+ " started_on desc limit 1";

	private final JdbcClient jdbc;

	private final OperationLog log;

	DeputyAccounts(JdbcClient jdbc, OperationLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	/** The deputy the account belongs to, if it is a deputy's. */
	public Optional<Long> deputyOf(long userId) {
		return this.jdbc.sql("select deputy_id from deputy_account where user_id = ?")
			.param(userId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Links an account to a deputy (or moves the link), for loaders and administrators.
	 */
	@Transactional
	public void link(long userId, long deputyId) {
		this.jdbc.sql("""
				insert into deputy_account (user_id, deputy_id) values (?, ?)
				on conflict (user_id) do update set deputy_id = excluded.deputy_id""")
			.params(userId, deputyId)
			.update();
		this.log.record("deputy.account.link", "user " + userId, "deputy " + deputyId);
	}

	/**
	 * Links an account to the deputy of that name, for data loaders; false if there is
	 * none.
	 */
	@Transactional
	public boolean linkByName(long userId, String deputyName) {
		return this.jdbc.sql("select id from deputy where name = ? order by id limit 1")
			.param(deputyName)
			.query(Long.class)
			.optional()
			.map(deputyId -> {
				if (!deputyOf(userId).equals(java.util.Optional.of(deputyId))) {
					link(userId, deputyId);
				}
				return true;
			})
			.orElse(false);
	}

	/** Whether the deputy held a seat on that day. */
	public boolean servingOn(long deputyId, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from deputy_membership
				where deputy_id = ? and started_on <= ? and (ended_on is null or ended_on >= ?)""")
			.params(deputyId, day, day)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The region of the deputy's most local seat: where their records belong for the
	 * offices' data scope.
	 */
	public Optional<String> homeRegion(long deputyId) {
		return this.jdbc.sql("select region_code from deputy_membership where deputy_id = ?" + HOME_SEAT_FIRST)
			.param(deputyId)
			.query(String.class)
			.optional();
	}

	/**
	 * The electoral district of the seat {@link #homeRegion} comes from: whom the deputy
	 * reports to (述职) unless the office names another.
	 */
	public Optional<String> electoralDistrict(long deputyId) {
		return this.jdbc
			.sql("select coalesce(electoral_district, '') from deputy_membership where deputy_id = ?" + HOME_SEAT_FIRST)
			.param(deputyId)
			.query(String.class)
			.optional()
			.filter(district -> !district.isBlank());
	}

	/** The deputy's name, whoever asks (names are public). */
	public Optional<String> nameOf(long deputyId) {
		return this.jdbc.sql("select name from deputy where id = ?").param(deputyId).query(String.class).optional();
	}

}
