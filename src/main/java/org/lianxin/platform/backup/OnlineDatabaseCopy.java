package org.lianxin.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * A copy of a running PostgreSQL's data directory that the server itself makes
 * consistent, by PostgreSQL's low-level base backup API ("Making a Base Backup Using the
 * Low Level API" in its manual): the files are copied while the server writes to them,
 * and the WAL from the backup's start to its stop, replayed on the first start after a
 * restore, brings them to one moment. Everything happens on one connection, because the
 * server ties the backup to the session that started it (and aborts it if the session
 * ends).
 */
final class OnlineDatabaseCopy {

	/**
	 * Directories the server recreates or that hold only what is in memory now; kept
	 * themselves, but empty. Their subdirectories go too: a replication slot's directory
	 * without its state file (our own temporary slot's) stops the restored server from
	 * starting.
	 */
	private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
			"pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	/**
	 * Files of the running server, the embedded library's lock, and a label of an earlier
	 * restore that the archive's own would collide with.
	 */
	private static final Set<String> TOP_LEVEL_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
			"backup_label", "backup_label.old", "tablespace_map", "tablespace_map.old");

	private OnlineDatabaseCopy() {
	}

	/**
	 * Copies the database into the archive under {@code prefix}.
	 * @return the WAL range the copy needs, for the record
	 */
	static String copy(RunningPostmaster server, Path dataDir, BackupArchive archive, String prefix)
			throws IOException, SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
			// a checkpoint during a long copy may recycle the WAL the restore needs; a
			// temporary slot keeps it from our start on, as pg_basebackup does, and is
			// dropped when this connection closes
			query(connection, "select pg_create_physical_replication_slot('lianxin_backup_' || pg_backend_pid(), "
					+ "immediately_reserve => true, temporary => true)");
			String startLsn = query(connection, "select pg_backup_start(?, fast => true)::text",
					"lianxin " + java.time.Instant.now());
			archive.addTree(dataDir, prefix, OnlineDatabaseCopy::belongsInBaseBackup);
			String stopLsn;
			try (PreparedStatement stop = connection.prepareStatement(
					"select lsn::text, labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)");
					ResultSet result = stop.executeQuery()) {
				result.next();
				stopLsn = result.getString(1);
				// tells the restored server where to start replaying and that it must
				// reach
				// the stop point before it may open
				archive.addBytes(prefix + "/backup_label", result.getString(2).getBytes(StandardCharsets.UTF_8));
				String tablespaceMap = result.getString(3);
				if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
					archive.addBytes(prefix + "/tablespace_map", tablespaceMap.getBytes(StandardCharsets.UTF_8));
				}
			}
			copyWal(connection, dataDir, archive, prefix, startLsn, stopLsn);
			return startLsn + " – " + stopLsn;
		}
	}

	/**
	 * @param relative a path inside the data directory
	 */
	static boolean belongsInBaseBackup(Path relative) {
		String top = relative.getName(0).toString();
		if (relative.getNameCount() == 1 && TOP_LEVEL_LEFT_OUT.contains(top)) {
			return false;
		}
		if (relative.getNameCount() > 1 && CONTENTS_LEFT_OUT.contains(top)) {
			return false;
		}
		for (Path name : relative) {
			if (name.toString().startsWith("pgsql_tmp") || name.toString().equals("pg_internal.init")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The segments from the one holding the start point to the one holding the stop
	 * point. pg_backup_stop switched to a new segment, so the last one is complete.
	 */
	private static void copyWal(Connection connection, Path dataDir, BackupArchive archive, String prefix,
			String startLsn, String stopLsn) throws IOException, SQLException {
		long segmentSize = Long
			.parseLong(query(connection, "select setting from pg_settings where name = 'wal_segment_size'"));
		String timeline = query(connection, "select pg_walfile_name(?::pg_lsn)", startLsn).substring(0, 8);
		long segmentsPerId = 0x1_0000_0000L / segmentSize;
		// a stop point exactly on a boundary belongs to the segment before it
		// (PostgreSQL's XLByteToPrevSeg)
		for (long segment = lsn(startLsn) / segmentSize; segment <= (lsn(stopLsn) - 1) / segmentSize; segment++) {
			String name = timeline + String.format("%08X%08X", segment / segmentsPerId, segment % segmentsPerId);
			try {
				archive.addFile(dataDir.resolve("pg_wal").resolve(name), prefix + "/pg_wal/" + name);
			}
			catch (NoSuchFileException ex) {
				throw new IllegalStateException("The WAL segment " + name
						+ " that this backup needs is no longer in pg_wal; the backup is incomplete, run it again", ex);
			}
		}
	}

	/** "16/B374D848" → the byte position it names. */
	static long lsn(String text) {
		String[] parts = text.split("/");
		return (Long.parseLong(parts[0], 16) << 32) | Long.parseLong(parts[1], 16);
	}

	private static String query(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		}
	}

}
