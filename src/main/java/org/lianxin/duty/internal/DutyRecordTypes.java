package org.lianxin.duty.internal;

import java.util.List;

import org.lianxin.account.OperationLog;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of duty record (履职类型), kept by administrators: ten ship with stable codes
 * that integrations use; names, order and whether a kind may still be chosen change.
 */
@Service
public class DutyRecordTypes {

	private final JdbcClient jdbc;

	private final OperationLog log;

	DutyRecordTypes(JdbcClient jdbc, OperationLog log) {
		this.jdbc = jdbc;
		this.log = log;
	}

	/** The kinds of record, in picker order; disabled ones too. */
	public List<DutyRecordType> all() {
		return this.jdbc.sql("select * from duty_record_type order by sort_order, id")
			.query(DutyRecordType.class)
			.list();
	}

	/** The kinds a record may be entered as now, in picker order. */
	public List<DutyRecordType> enabled() {
		return all().stream().filter(DutyRecordType::enabled).toList();
	}

	/**
	 * Adds a kind of record, or renames, reorders, enables or disables the one with this
	 * code; codes stay as they are, since integrations use them.
	 */
	@Transactional
	public void save(String code, String name, int sortOrder, boolean enabled) {
		String cleanCode = ((code != null) ? code : "").strip().toUpperCase(java.util.Locale.ROOT);
		if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,31}")) {
			throw new RuleViolationException("code", "duty.type.code");
		}
		String cleanName = ((name != null) ? name : "").strip();
		if (cleanName.isEmpty() || cleanName.length() > 64) {
			throw new RuleViolationException("name", "duty.type.name");
		}
		try {
			this.jdbc.sql("""
					insert into duty_record_type (code, name, sort_order, enabled) values (?, ?, ?, ?)
					on conflict (code) do update set name = excluded.name, sort_order = excluded.sort_order,
					    enabled = excluded.enabled""").params(cleanCode, cleanName, sortOrder, enabled).update();
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new RuleViolationException("name", "duty.type.name.taken", cleanName);
		}
		this.log.record("duty.type.save", "duty type " + cleanCode, cleanName + (enabled ? "" : " disabled"));
	}

}
