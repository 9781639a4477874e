package org.lianxin.platform.statistics;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts a {@link Rollup} again from its records and compares: rows whose kept counts
 * differ from the recount (written around the application: a data fix, a bulk load, a
 * tampered row) are drift. It is logged, kept as a check an administrator sees, and
 * repaired by putting the recount in place. No save can change a share meanwhile (the
 * entry table is locked for the transaction).
 * <p>
 * A rollup whose nightly job is made here and which was never counted from its records
 * (the records that existed before it did) is counted once at start-up; afterwards a
 * start reads one row per rollup, however many records there are.
 */
@Service
public class RollupReconciliation {

	private static final Logger log = LoggerFactory.getLogger(RollupReconciliation.class);

	/**
	 * How long one statement of a recount may wait for the database: the pool's socket
	 * timeout (30 s) is meant for requests, and counting a million records again took
	 * longer (bench/run legislation-figures --scale 1m: the tally's first count failed
	 * with an I/O error after 30 s, every night it would have again).
	 */
	static final Duration RECOUNT_TIMEOUT = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Set<Rollup> scheduled = new CopyOnWriteArraySet<>();

	RollupReconciliation(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
	}

	/**
	 * One reconciliation's outcome.
	 *
	 * @param rows the rows of the recount
	 * @param drifted the rows that were missing, surplus or counted differently
	 */
	public record Check(long id, String rollup, OffsetDateTime checkedAt, long rows, long drifted) {
	}

	/**
	 * Counts the rollup again from its records, repairs any drift, keeps and returns the
	 * check: one transaction of its own (also when the nightly job calls it).
	 */
	public Check reconcile(Rollup rollup) {
		return this.transactions.execute(status -> recount(rollup));
	}

	private Check recount(Rollup rollup) {
		allowLongStatements();
		this.jdbc.sql("lock table " + rollup.entryTable() + " in exclusive mode").update();
		this.jdbc.sql("delete from " + rollup.entryTable()).update();
		this.jdbc.sql(rollup.entriesFromRecords()).update();
		this.jdbc
			.sql("create temporary table rollup_recount (" + rollup.columns() + ") on commit drop as "
					+ rollup.rowsFromEntries())
			.update();
		String kept = "select " + rollup.columns() + " from " + rollup.table() + " where " + rollup.countsAnything();
		String recount = "select " + rollup.columns() + " from rollup_recount";
		// a row counted differently is on both sides of the difference: counted once, by
		// its key
		long drifted = this.jdbc
			.sql("select count(*) from (select distinct " + String.join(", ", rollup.keys()) + " from ((" + kept
					+ " except all " + recount + ") union all (" + recount + " except all " + kept + ")) d) k")
			.query(Long.class)
			.single();
		long rows = this.jdbc.sql("select count(*) from rollup_recount").query(Long.class).single();
		if (drifted > 0) {
			log.warn("Rollup {}: {} of {} rows had drifted from the records; the recount is in place now",
					rollup.name(), drifted, rows);
			this.jdbc.sql("delete from " + rollup.table()).update();
			this.jdbc.sql("insert into " + rollup.table() + " (" + rollup.columns() + ") " + recount).update();
		}
		return this.jdbc.sql("""
				insert into rollup_check (rollup, rows_counted, rows_drifted) values (?, ?, ?)
				returning id, rollup, checked_at, rows_counted as rows, rows_drifted as drifted""")
			.params(rollup.name(), rows, drifted)
			.query(Check.class)
			.single();
	}

	/**
	 * Raises the socket timeout of the transaction's connection for the recount; the pool
	 * puts its own back when the connection returns.
	 */
	private void allowLongStatements() {
		try {
			DataSourceUtils.getConnection(this.dataSource)
				.setNetworkTimeout(Runnable::run, (int) RECOUNT_TIMEOUT.toMillis());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not allow the recount's long statements", ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void countTheNewOnesAtStart() {
		this.scheduled.stream().filter(rollup -> !everChecked(rollup)).forEach(this::reconcile);
	}

	/** Whether the rollup has ever been counted from its records. */
	boolean everChecked(Rollup rollup) {
		return this.jdbc.sql("select exists (select 1 from rollup_check where rollup = ?)")
			.param(rollup.name())
			.query(Boolean.class)
			.single();
	}

	/** The newest checks of every rollup, newest first. */
	public List<Check> recent(int count) {
		return this.jdbc.sql("""
				select id, rollup, checked_at, rows_counted as rows, rows_drifted as drifted
				from rollup_check order by id desc limit ?""").param(count).query(Check.class).list();
	}

	/**
	 * The nightly job that reconciles the rollup, named after it, in the city's time
	 * zone; the one bean a module declares for its rollup.
	 */
	public RecurringTask<Void> nightly(Rollup rollup, Clock clock, String at) {
		this.scheduled.add(rollup);
		return Tasks.recurring(rollup.name(), Schedules.daily(clock.getZone(), LocalTime.parse(at)))
			.execute((instance, context) -> reconcile(rollup));
	}

}
