package org.lianxin.platform.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lianxin.platform.database.EmbeddedDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup command against a real embedded PostgreSQL: online while another thread
 * keeps writing, and offline; each restored directory is started and read back.
 */
class DatabaseBackupTests {

	private static final int ACCOUNTS = 10;

	private static final int OPENING_BALANCE = 100;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void a_backup_taken_while_transfers_commit_restores_every_earlier_transfer_and_no_half_of_one() throws Exception {
		Path data = this.dir.resolve("data");
		long committedBeforeBackup;
		long committedInAll;
		try (EmbeddedDatabases.Running server = EmbeddedDatabases.start(data.resolve("pg"))) {
			execute(server.jdbcUrl(), "create table account (id int primary key, balance int not null)",
					"insert into account select g, " + OPENING_BALANCE + " from generate_series(1, " + ACCOUNTS + ") g",
					"create table transfer (id bigint primary key)", "create table ledger (transfers bigint not null)",
					"insert into ledger values (0)",
					// enough pages that the copy takes a while and the writes land during
					// it
					"create table filler as select g as id, repeat('填', 400) as text from generate_series(1, 30000) g");
			Transfers transfers = new Transfers(server.jdbcUrl());
			transfers.start();
			assertThat(transfers.firstHundred.await(60, TimeUnit.SECONDS)).isTrue();
			committedBeforeBackup = transfers.committed.get();

			assertThat(command("backup", "--data=" + data, "--to=" + this.dir.resolve("backup.zip"))).isZero();

			committedInAll = transfers.finish();
			assertThat(committedInAll).as("transfers kept committing during the backup")
				.isGreaterThan(committedBeforeBackup);
		}
		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("online backup");

		assertThat(
				command("restore", "--from=" + this.dir.resolve("backup.zip"), "--to=" + this.dir.resolve("restored")))
			.isZero();

		Path restoredDatabase = this.dir.resolve("restored/pg");
		assertThat(Files.getPosixFilePermissions(restoredDatabase))
			.isEqualTo(PosixFilePermissions.fromString("rwx------"));
		assertThat(restoredDatabase.resolve("backup_label")).exists();
		try (EmbeddedDatabases.Running restored = EmbeddedDatabases.start(restoredDatabase)) {
			assertThat(single(restored.jdbcUrl(), "select sum(balance) from account"))
				.as("money is neither made nor lost: no transfer is restored by half")
				.isEqualTo(ACCOUNTS * OPENING_BALANCE);
			assertThat(single(restored.jdbcUrl(), "select count(*) from transfer"))
				.isBetween(committedBeforeBackup, committedInAll)
				.as("tables copied at different moments agree once the WAL is replayed")
				.isEqualTo(single(restored.jdbcUrl(), "select transfers from ledger"));
			assertThat(single(restored.jdbcUrl(), "select count(*) from filler")).isEqualTo(30000);
		}
	}

	@Test
	void a_stopped_database_is_copied_as_it_is_and_starts_after_a_restore() throws Exception {
		Path data = this.dir.resolve("data");
		try (EmbeddedDatabases.Running server = EmbeddedDatabases.start(data.resolve("pg"))) {
			execute(server.jdbcUrl(), "create table opinion (id int primary key, said text)",
					"insert into opinion values (1, '路灯不亮'), (2, '井盖缺失')");
		}

		assertThat(command("backup", "--data=" + data, "--to=" + this.dir.resolve("backup.zip"))).isZero();
		assertThat(
				command("restore", "--from=" + this.dir.resolve("backup.zip"), "--to=" + this.dir.resolve("restored")))
			.isZero();

		assertThat(this.output.toString(StandardCharsets.UTF_8)).contains("Database stopped: copied as it is");
		try (EmbeddedDatabases.Running restored = EmbeddedDatabases.start(this.dir.resolve("restored/pg"))) {
			assertThat(single(restored.jdbcUrl(), "select count(*) from opinion where said = '井盖缺失'")).isEqualTo(1);
		}
	}

	@Test
	void a_restore_never_writes_into_a_directory_that_holds_something() throws Exception {
		Path data = this.dir.resolve("data");
		try (EmbeddedDatabases.Running server = EmbeddedDatabases.start(data.resolve("pg"))) {
			// only so that there is a database to back up
		}
		assertThat(command("backup", "--data=" + data, "--to=" + this.dir.resolve("backup.zip"))).isZero();
		Path occupied = Files.createDirectories(this.dir.resolve("occupied"));
		Files.writeString(occupied.resolve("notes.txt"), "keep me");

		assertThat(command("restore", "--from=" + this.dir.resolve("backup.zip"), "--to=" + occupied)).isEqualTo(1);

		try (var left = Files.list(occupied)) {
			assertThat(left).containsExactly(occupied.resolve("notes.txt"));
		}
	}

	@Test
	void a_backup_refuses_a_directory_without_a_database() {
		assertThat(command("backup", "--data=" + this.dir, "--to=" + this.dir.resolve("backup.zip"))).isEqualTo(1);
		assertThat(this.dir.resolve("backup.zip")).doesNotExist();
	}

	private int command(String... args) {
		PrintStream out = new PrintStream(this.output, true, StandardCharsets.UTF_8);
		return BackupCommand.run(args, out, out);
	}

	private static void execute(String url, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static long single(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				var result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	/**
	 * Moves one unit between two accounts, records the transfer and counts it, in one
	 * transaction, as fast as it can: a restore that mixed moments would break the total
	 * or the count.
	 */
	private static final class Transfers extends Thread {

		final AtomicLong committed = new AtomicLong();

		final CountDownLatch firstHundred = new CountDownLatch(100);

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicReference<Exception> failure = new AtomicReference<>();

		private final String url;

		Transfers(String url) {
			super("transfers");
			this.url = url;
		}

		@Override
		public void run() {
			try (Connection connection = DriverManager.getConnection(this.url)) {
				connection.setAutoCommit(false);
				try (var debit = connection.prepareStatement("update account set balance = balance - 1 where id = ?");
						var credit = connection
							.prepareStatement("update account set balance = balance + 1 where id = ?");
						var record = connection.prepareStatement("insert into transfer values (?)");
						var count = connection.prepareStatement("update ledger set transfers = transfers + 1");
						var checkpoint = connection.prepareStatement("checkpoint")) {
					for (long n = 1; this.running.get(); n++) {
						debit.setInt(1, (int) (n % ACCOUNTS) + 1);
						debit.executeUpdate();
						credit.setInt(1, (int) ((n * 7) % ACCOUNTS) + 1);
						credit.executeUpdate();
						record.setLong(1, n);
						record.executeUpdate();
						count.executeUpdate();
						connection.commit();
						if (n % 25 == 0) {
							// a checkpoint during the copy moves pg_control's start point
							// past
							// pages already copied: only the backup label's start point
							// is safe
							checkpoint.execute();
							connection.commit();
						}
						this.committed.set(n);
						this.firstHundred.countDown();
					}
				}
			}
			catch (Exception ex) {
				this.failure.set(ex);
			}
		}

		long finish() throws Exception {
			this.running.set(false);
			join();
			if (this.failure.get() != null) {
				throw this.failure.get();
			}
			return this.committed.get();
		}

	}

}
