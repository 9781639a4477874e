package org.lianxin.deputy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deputies import saving in the background, so that its page can show how far it has
 * come: it runs, tells its progress, and finishes with a report or fails with a message,
 * once. A job whose node died stays running; its page calls it interrupted once it has
 * not moved for two minutes (its transaction was rolled back, so nothing was saved).
 */
@Table("deputy_import_job")
public class DeputyImport {

	/**
	 * How long a running import may go without moving before it counts as interrupted.
	 */
	static final Duration STALL = Duration.ofMinutes(2);

	@Id
	private final UUID id;

	private final long userId;

	private ImportState state;

	private int done;

	private final int total;

	private String report;

	private String failure;

	private final Instant startedAt;

	private Instant updatedAt;

	@Version
	private Integer version;

	@PersistenceCreator
	DeputyImport(UUID id, long userId, ImportState state, int done, int total, String report, String failure,
			Instant startedAt, Instant updatedAt, Integer version) {
		this.id = id;
		this.userId = userId;
		this.state = state;
		this.done = done;
		this.total = total;
		this.report = report;
		this.failure = failure;
		this.startedAt = startedAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A user's import of so many rows, starting now. */
	public static DeputyImport start(long userId, int total, Instant now) {
		return new DeputyImport(UUID.randomUUID(), userId, ImportState.RUNNING, 0, total, null, null, now, now, null);
	}

	/** So many rows saved so far. */
	public DeputyImport progressed(int rowsDone, Instant now) {
		requireRunning();
		if (rowsDone < 0 || rowsDone > this.total) {
			throw new IllegalArgumentException("rows done out of range: " + rowsDone + " of " + this.total);
		}
		this.done = rowsDone;
		this.updatedAt = now;
		return this;
	}

	/** Saved: the report is the text the page shows it from. */
	public DeputyImport finish(String reportText, Instant now) {
		requireRunning();
		this.state = ImportState.FINISHED;
		this.report = reportText;
		this.updatedAt = now;
		return this;
	}

	/** Not saved, for the reason given (in the user's language). */
	public DeputyImport fail(String reason, Instant now) {
		requireRunning();
		this.state = ImportState.FAILED;
		this.failure = reason;
		this.updatedAt = now;
		return this;
	}

	/** Whether it still runs but has not moved for a while: its node died. */
	public boolean stalled(Instant now) {
		return this.state == ImportState.RUNNING && this.updatedAt.isBefore(now.minus(STALL));
	}

	private void requireRunning() {
		if (this.state != ImportState.RUNNING) {
			throw new IllegalStateException("import " + this.id + " is " + this.state + ", not running");
		}
	}

	public UUID id() {
		return this.id;
	}

	public long userId() {
		return this.userId;
	}

	public ImportState state() {
		return this.state;
	}

	public int done() {
		return this.done;
	}

	public int total() {
		return this.total;
	}

	public String report() {
		return this.report;
	}

	public String failure() {
		return this.failure;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

}
