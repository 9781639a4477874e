package org.lianxin.platform.history;

import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks one history's chains through the view its module publishes and names the first
 * row (by id) that no longer fits: its content no longer gives its hash (changed after it
 * was written), rows are missing before it in its chain (deleted), or it does not point
 * at the row before it (a row replaced with its hash recomputed).
 */
@Component
class ChainVerifier {

	private final JdbcClient jdbc;

	ChainVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Link(String chainKey, long id, long chainSeq, byte[] rowHash, byte[] computedHash, Long beforeSeq) {
	}

	/** How many rows the history holds. */
	long rows(HistoryChain chain) {
		return this.jdbc.sql("select count(*) from " + chain.view()).query(Long.class).single();
	}

	Optional<BrokenLink> firstBreak(HistoryChain chain) {
		return this.jdbc.sql("""
				select chain_key, id, chain_seq, row_hash, computed_hash, before_seq
				from (select chain_key, id, chain_seq, prev_hash, row_hash, computed_hash,
				             lag(row_hash) over w as before_hash, lag(chain_seq) over w as before_seq
				      from %s window w as (partition by chain_key order by chain_seq)) linked
				where row_hash is distinct from computed_hash or chain_seq <> coalesce(before_seq, 0) + 1
				   or prev_hash is distinct from before_hash
				order by id limit 1""".formatted(chain.view()))
			.query(Link.class)
			.optional()
			.map(link -> new BrokenLink(chain.table(), link.chainKey(), link.id(), finding(link)));
	}

	private static String finding(Link link) {
		if (!java.util.Arrays.equals(link.rowHash(), link.computedHash())) {
			return "第 %d 条的内容与写入时的哈希不符，写入后被改动过（存的 %s，按现在的内容算得 %s）".formatted(link.chainSeq(), shortHex(link.rowHash()),
					shortHex(link.computedHash()));
		}
		long expected = (link.beforeSeq() != null) ? link.beforeSeq() + 1 : 1;
		if (link.chainSeq() != expected) {
			return "第 %d 条之前缺了 %d 条（第 %d 至 %d 条被删除）".formatted(link.chainSeq(), link.chainSeq() - expected, expected,
					link.chainSeq() - 1);
		}
		return "第 %d 条记下的前一条哈希与前一条不符：前一条被替换过".formatted(link.chainSeq());
	}

	static String shortHex(byte[] hash) {
		if (hash == null) {
			return "无";
		}
		String hex = HexFormat.of().formatHex(hash);
		return hex.substring(0, Math.min(12, hex.length()));
	}

}
