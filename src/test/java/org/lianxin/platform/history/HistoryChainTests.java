package org.lianxin.platform.history;

import java.time.OffsetDateTime;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every history is a hash chain per record, anchored daily: a row the tables' owner
 * changes or removes with the triggers switched off is named by the check, and nobody can
 * truncate a history. Each tampering happens in a transaction that is rolled back, so the
 * shared database stays intact for the other tests.
 */
@LianxinTest
class HistoryChainTests {

	static final HistoryChain OPINIONS = new HistoryChain("opinion_history", "opinion_history_chain_view");

	static final HistoryChain OPERATIONS = new HistoryChain("operation_log", "operation_log_chain_view");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	HistoryAnchors anchors;

	@Autowired
	HistoryChains chains;

	record Step(long id, long opinionId, long chainSeq) {
	}

	@Test
	void every_history_is_registered_and_its_chains_are_intact() {
		assertThat(this.chains.histories()).extracting(HistoryChain::table)
			.contains("opinion_history", "operation_log", "duty_record_history", "evaluation_mark_history");
		rolledBack(status -> {
			for (HistoryChain chain : this.chains.histories()) {
				assertThat(this.verifier.firstBreak(chain)).as(chain.table()).isEmpty();
			}
			assertThat(this.verifier.firstBreak(HistoryChains.ANCHORS)).isEmpty();
		});
	}

	@Test
	void a_step_changed_by_the_owner_with_the_triggers_off_is_named_by_the_check() {
		Step middle = middleStepOfALongCase();
		rolledBack(status -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("update opinion_history set note = '改过的意见' where id = ?").param(middle.id()).update();

			assertThat(this.verifier.firstBreak(OPINIONS)).hasValueSatisfying(link -> {
				assertThat(link.history()).isEqualTo("opinion_history");
				assertThat(link.chainKey()).isEqualTo(String.valueOf(middle.opinionId()));
				assertThat(link.rowId()).isEqualTo(middle.id());
				assertThat(link.finding()).contains("第 " + middle.chainSeq() + " 条", "写入后被改动过");
			});
		});
	}

	@Test
	void a_step_deleted_from_the_middle_of_a_case_is_named_by_the_check() {
		Step middle = middleStepOfALongCase();
		long next = this.jdbc.sql("select id from opinion_history where opinion_id = ? and chain_seq = ?")
			.params(middle.opinionId(), middle.chainSeq() + 1)
			.query(Long.class)
			.single();
		rolledBack(status -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("delete from opinion_history where id = ?").param(middle.id()).update();

			assertThat(this.verifier.firstBreak(OPINIONS)).hasValueSatisfying(link -> {
				assertThat(link.rowId()).isEqualTo(next);
				assertThat(link.finding()).contains("缺了 1 条", "第 " + middle.chainSeq() + " 至");
			});
		});
	}

	@Test
	void an_operation_log_line_changed_with_the_triggers_off_is_named_by_the_check() {
		long line = this.jdbc.sql("select min(id) from operation_log").query(Long.class).single();
		rolledBack(status -> {
			this.jdbc.sql("alter table operation_log disable trigger operation_log_no_update").update();
			this.jdbc.sql("update operation_log set detail = 'nothing happened' where id = ?").param(line).update();

			assertThat(this.verifier.firstBreak(OPERATIONS)).hasValueSatisfying(link -> {
				assertThat(link.history()).isEqualTo("operation_log");
				assertThat(link.rowId()).isEqualTo(line);
			});
		});
	}

	@Test
	void a_history_cannot_be_truncated() {
		for (String table : this.chains.tables()) {
			long rows = this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
			// cascade: a plain truncate of a referenced table is refused before any
			// trigger runs
			assertThatThrownBy(() -> rolledBack(status -> this.jdbc.sql("truncate " + table + " cascade").update()))
				.as(table)
				.hasMessageContaining("append-only");
			assertThat(this.jdbc.sql("select count(*) from " + table).query(Long.class).single()).isEqualTo(rows);
		}
	}

	@Test
	void a_chain_rewritten_up_to_its_head_is_found_by_the_anchor() {
		Step middle = middleStepOfALongCase();
		rolledBack(status -> {
			this.anchors.anchorAll(OffsetDateTime.now().plusMinutes(10));
			assertThat(this.anchors.firstBrokenAnchor()).isEmpty();
			assertThat(this.verifier.firstBreak(HistoryChains.ANCHORS)).isEmpty();

			// the case's last steps removed: no link is left pointing at them
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("delete from opinion_history where opinion_id = ? and chain_seq > ?")
				.params(middle.opinionId(), middle.chainSeq())
				.update();
			assertThat(this.verifier.firstBreak(OPINIONS)).isEmpty();

			assertThat(this.anchors.firstBrokenAnchor()).hasValueSatisfying(link -> {
				assertThat(link.history()).isEqualTo("opinion_history");
				assertThat(link.finding()).contains("锚点", "不符");
			});
		});
	}

	@Test
	void an_anchor_changed_by_the_owner_is_named_by_the_check() {
		rolledBack(status -> {
			this.anchors.anchorAll(OffsetDateTime.now().plusMinutes(10));
			long anchor = this.jdbc.sql("select max(id) from history_anchor").query(Long.class).single();
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("update history_anchor set chains = chains + 1 where id = ?").param(anchor).update();

			assertThat(this.verifier.firstBreak(HistoryChains.ANCHORS))
				.hasValueSatisfying(link -> assertThat(link.rowId()).isEqualTo(anchor));
		});
	}

	private Step middleStepOfALongCase() {
		return this.jdbc.sql("""
				select h.id, h.opinion_id, h.chain_seq from opinion_history h
				where h.chain_seq = 2 and exists (select 1 from opinion_history n
				                                  where n.opinion_id = h.opinion_id and n.chain_seq = 3)
				order by h.opinion_id limit 1""").query(Step.class).single();
	}

	private void rolledBack(Consumer<org.springframework.transaction.TransactionStatus> work) {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			work.accept(status);
		});
	}

}
