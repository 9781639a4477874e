package org.lianxin.opinion.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.lianxin.account.OperationLog;
import org.lianxin.platform.database.Batches;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases the citizen's name, phone (cipher, look-up hash, last four digits, masked form)
 * and e-mail from every case that closed longer ago than the retention, keeping the case,
 * its history and its figures (PIPL: personal data only as long as needed). Done in
 * batches, each its own short transaction, so that no case stays locked for long; each
 * run says in the operation log how many cases it erased, never whose.
 * <p>
 * A plain update rather than a step of the {@link Opinion} aggregate: the contact is
 * written once at intake and never by a save ({@code @InsertOnlyProperty}), a closed case
 * takes no more steps, and loading thousands of aggregates to clear six columns would
 * hold the job for nothing. The update still raises the case's version, so that a copy
 * loaded before the erasure cannot be saved over it.
 */
@Component
public class ContactRetention {

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final OperationLog log;

	private final Clock clock;

	private final Period retention;

	ContactRetention(JdbcClient jdbc, OperationLog log, Clock clock,
			@Value("${lianxin.retention.citizen-contact:P2Y}") String retention) {
		this.jdbc = jdbc;
		this.log = log;
		this.clock = clock;
		this.retention = Period.parse(retention);
	}

	/** Erases the contact of every case closed before the retention ended; how many. */
	public int run() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate closedBefore = today.minus(this.retention);
		int erased = Batches.untilDone(BATCH, () -> this.jdbc.sql("""
				update opinion set citizen_name = null, phone_cipher = null, phone_hash = null, phone_last4 = null,
				       phone_masked = null, email = null, contact_erased_on = :today, version = version + 1
				where id in (select id from opinion
				             where contact_erased_on is null and closed_on < :closedBefore
				               and status in ('CLOSED', 'CONVERTED', 'DECLINED', 'MERGED')
				             order by closed_on limit :batch for update skip locked)""")
			.param("today", today)
			.param("closedBefore", closedBefore)
			.param("batch", BATCH)
			.update());
		this.log.record("system", "privacy.retention.contact", "opinion", "erased the contact of " + erased
				+ " case(s) closed before " + closedBefore + " (retention " + this.retention + ")");
		return erased;
	}

}
