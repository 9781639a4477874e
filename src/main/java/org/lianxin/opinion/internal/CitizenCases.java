package org.lianxin.opinion.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lianxin.opinion.Satisfaction;
import org.lianxin.opinion.internal.OpinionQueries.HistoryEntry;
import org.lianxin.platform.throttle.GuessRule;
import org.lianxin.platform.throttle.GuessThrottle;
import org.lianxin.platform.throttle.GuessVerdict;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A case as its citizen sees it: opened by the private link, or by the tracking code and
 * the last four digits of the phone, never showing who inside the administration did
 * what.
 */
@Service
public class CitizenCases {

	private final JdbcClient jdbc;

	private final OpinionQueries queries;

	private final GuessThrottle throttle;

	private final GuessRule rule;

	CitizenCases(JdbcClient jdbc, OpinionQueries queries, GuessThrottle throttle,
			@Value("${lianxin.track-lookup.free-attempts:5}") int perCode,
			@Value("${lianxin.track-lookup.free-attempts-per-address:30}") int perAddress,
			@Value("${lianxin.track-lookup.first-wait:1m}") Duration firstWait,
			@Value("${lianxin.track-lookup.longest-wait:15m}") Duration longestWait) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.throttle = throttle;
		this.rule = new GuessRule("track", perCode, perAddress, firstWait, longestWait,
				longestWait.multipliedBy(4).compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1)
						: longestWait.multipliedBy(4));
	}

	/**
	 * What a citizen sees of their case: the steps in plain words, the reply once given,
	 * never who inside the administration did what.
	 *
	 * @param reply the reply the citizen was told (the feedback, or the direct answer)
	 * @param canRate whether the citizen may give their verdict now
	 * @param mergedIntoCode the case this one was merged into, shown read-only: its
	 * citizen's link is theirs alone
	 */
	public record CitizenView(long id, String trackingCode, OffsetDateTime receivedAt, String categoryName,
			String regionName, String description, OpinionStatus status, String reply, String declineReason,
			String mergedIntoCode, OpinionStatus mergedIntoStatus, String mergedIntoReply, Satisfaction rating,
			boolean canRate, List<HistoryEntry> timeline) {
	}

	/** The case behind a private link. */
	public Optional<CitizenView> forCitizen(String linkToken) {
		if (linkToken == null || !linkToken.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select id from opinion where link_token = ?")
			.param(linkToken)
			.query(Long.class)
			.optional()
			.flatMap(this::citizenView);
	}

	/** How a look-up by tracking code and phone digits went. */
	public record Lookup(String linkToken, Instant retryAt) {

		public boolean found() {
			return this.linkToken != null;
		}

		/** Whether this client must wait before trying this code again. */
		public boolean throttled() {
			return this.linkToken == null && this.retryAt != null;
		}

	}

	/**
	 * The private link's token of the case with this tracking code, if the phone number
	 * left with it ends in these four digits. Guesses are counted per (code, client) and
	 * per client across codes ({@link GuessThrottle}): past the allowance the client
	 * waits, longer each time, so four digits cannot be guessed; the citizen's own phone
	 * or the private link still open the case.
	 * @param client the client's key, see {@code platform.web.ClientAddresses}
	 */
	public Lookup lookUp(String trackingCode, String lastFour, String client) {
		if (trackingCode == null || lastFour == null || !lastFour.strip().matches("[0-9]{4}")) {
			return new Lookup(null, null);
		}
		String code = trackingCode.strip().toUpperCase(java.util.Locale.ROOT);
		if (code.isEmpty() || code.length() > 32) {
			return new Lookup(null, null);
		}
		GuessVerdict verdict = this.throttle.attempt(this.rule, code, client);
		if (!verdict.admitted()) {
			return new Lookup(null, verdict.retryAt());
		}
		Optional<String> token = this.jdbc
			.sql("select link_token from opinion where tracking_code = ? and phone_last4 = ?")
			.params(code, lastFour.strip())
			.query(String.class)
			.optional();
		if (token.isPresent()) {
			this.throttle.succeeded(this.rule, code, client);
			return new Lookup(token.get(), null);
		}
		return new Lookup(null, (verdict.remaining() == 0) ? verdict.retryAt() : null);
	}

	private Optional<CitizenView> citizenView(long id) {
		List<HistoryEntry> timeline = this.queries.history(id)
			.stream()
			.filter(h -> Set
				.of(OpinionAction.SUBMIT, OpinionAction.ASSIGN, OpinionAction.SIGN, OpinionAction.REPLY,
						OpinionAction.FEEDBACK, OpinionAction.VISIT, OpinionAction.CLOSE, OpinionAction.DECLINE,
						OpinionAction.MERGE, OpinionAction.ANSWER_DIRECTLY, OpinionAction.CONVERT)
				.contains(h.action()))
			// what the citizen sees of each step: when, and what happened; no names, no
			// agency notes
			.map(h -> new HistoryEntry(h.at(), null, h.action(), h.fromStatus(), h.toStatus(), switch (h.action()) {
				case FEEDBACK, ANSWER_DIRECTLY, DECLINE, VISIT -> h.note();
				default -> null;
			}, (h.action() == OpinionAction.ASSIGN) ? h.agencyName() : null, null, h.rating(), null, null))
			.toList();
		String reply = timeline.stream()
			.filter(h -> h.action() == OpinionAction.FEEDBACK || h.action() == OpinionAction.ANSWER_DIRECTLY)
			.reduce((first, second) -> second)
			.map(HistoryEntry::note)
			.orElse(null);
		String declineReason = timeline.stream()
			.filter(h -> h.action() == OpinionAction.DECLINE)
			.map(HistoryEntry::note)
			.findFirst()
			.orElse(null);
		return this.jdbc
			.sql("""
					select o.id, o.tracking_code, o.received_at, c.name as category_name, r.name as region_name,
					       o.description, o.status, o.rating, m.tracking_code as merged_code, m.status as merged_status,
					       (select h.note from opinion_history h where h.opinion_id = m.id
					        and h.action in ('FEEDBACK', 'ANSWER_DIRECTLY') order by h.id desc limit 1) as merged_reply
					from opinion o join opinion_category c on c.id = o.category_id join region_view r on r.code = o.region_code
					left join opinion m on m.id = o.merged_into
					where o.id = ?""")
			.param(id)
			.query((rs, n) -> {
				OpinionStatus status = OpinionStatus.valueOf(rs.getString("status"));
				Satisfaction rating = OpinionQueries.enumOrNull(Satisfaction.class, rs.getString("rating"));
				boolean canRate = (status == OpinionStatus.FED_BACK || status == OpinionStatus.ANSWERED_DIRECTLY)
						&& (rating == null || !rating.content());
				return new CitizenView(rs.getLong("id"), rs.getString("tracking_code"),
						rs.getObject("received_at", OffsetDateTime.class), rs.getString("category_name"),
						rs.getString("region_name"), rs.getString("description"), status, reply, declineReason,
						rs.getString("merged_code"),
						OpinionQueries.enumOrNull(OpinionStatus.class, rs.getString("merged_status")),
						rs.getString("merged_reply"), rating, canRate, timeline);
			})
			.optional();
	}

}
