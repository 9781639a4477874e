package org.lianxin.platform.history;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily anchors: for each history, one hash over the heads of all its chains, over
 * the rows written up to a moment a few minutes back (so that no transaction still under
 * way can add a row the anchor should have covered). Re-computed later, a different hash
 * means that a chain was rewritten up to its head, or its last rows removed, since.
 */
@Component
public class HistoryAnchors {

	/** Rows younger than this are left to the next anchor. */
	static final Duration SETTLED = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final HistoryChains chains;

	HistoryAnchors(JdbcClient jdbc, HistoryChains chains) {
		this.jdbc = jdbc;
		this.chains = chains;
	}

	/** An anchor as the console shows it. */
	public record Anchor(long id, OffsetDateTime anchoredAt, String history, long upToId, long chains,
			byte[] headsHash) {

		public String headsHex() {
			return ChainVerifier.shortHex(this.headsHash);
		}

	}

	record Heads(long chains, byte[] hash) {
	}

	/** Anchors every registered history as it stood a few minutes before {@code now}. */
	@Transactional
	public List<Anchor> anchorAll(OffsetDateTime now) {
		List<Anchor> anchored = new ArrayList<>();
		for (HistoryChain chain : this.chains.histories()) {
			long upTo = this.jdbc.sql("select coalesce(max(id), 0) from " + chain.view() + " where written_at < ?")
				.param(now.minus(SETTLED))
				.query(Long.class)
				.single();
			Heads heads = heads(chain, upTo);
			anchored.add(this.jdbc.sql("""
					insert into history_anchor (history, up_to_id, chains, heads_hash) values (?, ?, ?, ?)
					returning id, anchored_at, history, up_to_id, chains, heads_hash""")
				.params(chain.table(), upTo, heads.chains(), heads.hash())
				.query(Anchor.class)
				.single());
		}
		return anchored;
	}

	/** The newest anchor of each history. */
	public List<Anchor> latest() {
		return this.jdbc.sql("""
				select distinct on (history) id, anchored_at, history, up_to_id, chains, heads_hash
				from history_anchor order by history, id desc""").query(Anchor.class).list();
	}

	/** The first history whose newest anchor no longer matches its chains' heads. */
	Optional<BrokenLink> firstBrokenAnchor() {
		for (Anchor anchor : latest()) {
			Optional<HistoryChain> chain = this.chains.histories()
				.stream()
				.filter(c -> c.table().equals(anchor.history()))
				.findFirst();
			if (chain.isEmpty()) {
				continue;
			}
			Heads now = heads(chain.get(), anchor.upToId());
			if (now.chains() != anchor.chains() || !Arrays.equals(now.hash(), anchor.headsHash())) {
				return Optional.of(new BrokenLink(anchor.history(), "anchor " + anchor.id(), anchor.upToId(),
						"%s 的锚点（%s，至第 %d 行，%d 条链）与现在的链头不符：现在 %d 条链，哈希 %s，锚点记的是 %s；锚点之前的记录被改写或删除过".formatted(
								anchor.history(), anchor.anchoredAt().toLocalDate(), anchor.upToId(), anchor.chains(),
								now.chains(), ChainVerifier.shortHex(now.hash()), anchor.headsHex())));
			}
		}
		return Optional.empty();
	}

	private Heads heads(HistoryChain chain, long upTo) {
		return this.jdbc
			.sql("""
					select count(*) as chains,
					       sha256(convert_to(coalesce(string_agg(chain_key || ':' || chain_seq || ':' || encode(row_hash, 'hex'),
					                                             ',' order by chain_key collate "C"), ''), 'UTF8')) as hash
					from (select distinct on (chain_key) chain_key, chain_seq, row_hash
					      from %s where id <= ? order by chain_key, chain_seq desc) heads"""
				.formatted(chain.view()))
			.param(upTo)
			.query(Heads.class)
			.single();
	}

}
