package org.lianxin.duty.internal;

import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.files.FileStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The photos and documents that show a record happened: kept in the file store when the
 * record is entered, served to whoever may see the record.
 */
@Component
public class DutyRecordEvidence {

	/** Pieces of evidence a record may carry. */
	public static final int MAX_PHOTOS = 4;

	private final JdbcClient jdbc;

	private final FileStore files;

	private final DutyRecords records;

	DutyRecordEvidence(JdbcClient jdbc, FileStore files, DutyRecords records) {
		this.jdbc = jdbc;
		this.files = files;
		this.records = records;
	}

	/** Evidence bytes as served, with the name a download gets. */
	public record StoredEvidence(byte[] bytes, String contentType, String fileName) {
	}

	/** Stores the record's evidence, in the order it came. */
	void attach(long recordId, List<Evidence> evidence) {
		for (Evidence file : evidence) {
			this.jdbc.sql("insert into duty_record_file (record_id, file_key) values (?, ?)")
				.params(recordId, this.files.put(file.bytes(), file.extension()))
				.update();
		}
	}

	/**
	 * The record's n-th piece of evidence (from 1) as stored, with its content type, if
	 * the user may see the record.
	 */
	public Optional<StoredEvidence> evidence(CurrentUser user, long recordId, int n) {
		if (n < 1 || this.records.find(user, recordId).isEmpty()) {
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

}
