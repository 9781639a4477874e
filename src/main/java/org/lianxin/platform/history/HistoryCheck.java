package org.lianxin.platform.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks every history chain, the chain of anchors and each history's newest anchor, and
 * keeps what it found: the first broken link, or that everything matched. Run daily by
 * the scheduler and on demand from the console.
 */
@Service
public class HistoryCheck {

	private static final Logger log = LoggerFactory.getLogger(HistoryCheck.class);

	private final JdbcClient jdbc;

	private final HistoryChains chains;

	private final ChainVerifier verifier;

	private final HistoryAnchors anchors;

	HistoryCheck(JdbcClient jdbc, HistoryChains chains, ChainVerifier verifier, HistoryAnchors anchors) {
		this.jdbc = jdbc;
		this.chains = chains;
		this.verifier = verifier;
		this.anchors = anchors;
	}

	/**
	 * One check's outcome; {@code history} and what follows are empty when nothing broke.
	 */
	public record Outcome(long id, OffsetDateTime checkedAt, long rowsRead, boolean broken, String history,
			String chainKey, Long rowId, String finding) {
	}

	/** Checks everything now, keeps the outcome and returns it. */
	public Outcome run() {
		List<HistoryChain> all = Stream.concat(this.chains.histories().stream(), Stream.of(HistoryChains.ANCHORS))
			.toList();
		long rows = 0;
		Optional<BrokenLink> broken = Optional.empty();
		for (HistoryChain chain : all) {
			rows += this.verifier.rows(chain);
			if (broken.isEmpty()) {
				broken = this.verifier.firstBreak(chain);
			}
		}
		if (broken.isEmpty()) {
			broken = this.anchors.firstBrokenAnchor();
		}
		broken.ifPresent((link) -> log.error("History check: {} chain {} row {}: {}", link.history(), link.chainKey(),
				link.rowId(), link.finding()));
		BrokenLink link = broken.orElse(null);
		return this.jdbc.sql("""
				insert into history_check (rows_read, broken, history, chain_key, row_id, finding)
				values (?, ?, ?, ?, ?, ?)
				returning id, checked_at, rows_read, broken, history, chain_key, row_id, finding""")
			.params(rows, link != null, (link != null) ? link.history() : null, (link != null) ? link.chainKey() : null,
					(link != null) ? link.rowId() : null, (link != null) ? link.finding() : null)
			.query(Outcome.class)
			.single();
	}

	/** The newest outcomes, newest first. */
	public List<Outcome> recent(int count) {
		return this.jdbc.sql("""
				select id, checked_at, rows_read, broken, history, chain_key, row_id, finding
				from history_check order by id desc limit ?""").param(count).query(Outcome.class).list();
	}

}
