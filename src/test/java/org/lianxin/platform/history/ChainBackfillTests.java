package org.lianxin.platform.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows a deployment already holds are chained by the migration that brings the chains
 * in, and their hashes are the ones the insert trigger gives: running each migration's
 * chaining step again over the demo city's histories (hashes wiped first, in a
 * transaction rolled back) gives every row the hash it has.
 */
@LianxinTest
class ChainBackfillTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ChainVerifier verifier;

	/** A row of each history, so that none is empty. */
	static final Map<String, String> SAMPLES = Map.of("operation_log",
			"(username, action, target) values ('backfill', 'test.backfill', 'chain')", "opinion_history",
			"(opinion_id, actor, action, to_status) select min(id), 'backfill', 'NOTE', 'RECEIVED' from opinion",
			"duty_record_history", "(record_id, to_state) values (-1, 'SUBMITTED')", "evaluation_mark_history",
			"(batch_id, dimension_id, deputy_id, role, to_mark) values (-1, -1, -1, 'SELF', 1)");

	@ParameterizedTest
	@CsvSource({ "account/V50__operation_log_hash_chain.sql, operation_log",
			"opinion/V51__opinion_history_hash_chain.sql, opinion_history",
			"duty/V52__duty_histories_hash_chain.sql, duty_record_history",
			"duty/V52__duty_histories_hash_chain.sql, evaluation_mark_history" })
	void the_migration_chains_existing_rows_as_the_trigger_does(String migration, String table) {
		String script = read("db/migration/" + migration);
		String chaining = script.substring(script.indexOf("alter table " + table + " disable trigger"),
				script.indexOf("alter table " + table + " enable trigger"));
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			HistoryChain chain = new HistoryChain(table, table + "_chain_view");
			this.jdbc.execute("insert into " + table + " " + SAMPLES.get(table));
			this.jdbc.execute("insert into " + table + " " + SAMPLES.get(table));
			List<String> written = hashes(table);
			this.jdbc.execute("set local session_replication_role = replica");
			this.jdbc.execute("update " + table + " set prev_hash = null, row_hash = '\\x00', chain_seq = -chain_seq");
			assertThat(this.verifier.firstBreak(chain)).isPresent();

			this.jdbc.execute(chaining);

			assertThat(this.verifier.firstBreak(chain)).isEmpty();
			assertThat(hashes(table)).hasSameSizeAs(written).noneMatch(row -> row.endsWith(" 00"));
			// the two rows just written one after the other in a chain of their own: the
			// migration gives them the trigger's hashes (the operation log is one chain,
			// in
			// which the demo loader's writers raced)
			if (!table.equals("operation_log")) {
				List<String> rechained = hashes(table);
				assertThat(rechained.subList(rechained.size() - 2, rechained.size()))
					.isEqualTo(written.subList(written.size() - 2, written.size()));
			}
		});
	}

	private List<String> hashes(String table) {
		return this.jdbc
			.query("select chain_seq, prev_hash, row_hash from " + table + " order by id",
					(row, i) -> row.getLong(1) + " " + hex(row.getBytes(2)) + " " + hex(row.getBytes(3)))
			.stream()
			.toList();
	}

	private static String hex(byte[] bytes) {
		return (bytes != null) ? HexFormat.of().formatHex(bytes) : "-";
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
