package org.lianxin.suggestion.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deputy's own steps: filing (with co-signers of the same congress), co-signing. The
 * deputy is the one whose account is signed in; nobody files for another.
 */
@Service
@Transactional
public class SuggestionFiling {

	private final SuggestionRepository repository;

	private final SuggestionSeats seats;

	private final DeputyAccounts deputies;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	SuggestionFiling(SuggestionRepository repository, SuggestionSeats seats, DeputyAccounts deputies,
			WorkdayCalendar calendar, JdbcClient jdbc) {
		this.repository = repository;
		this.seats = seats;
		this.deputies = deputies;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** What a filing answers: the suggestion, and whether a retry found it again. */
	public record Filed(long id, boolean replayed) {
	}

	/**
	 * 提出 by the signed-in deputy. A retry under the same idempotency key and content
	 * finds the first suggestion; the same key with other content is refused.
	 * @param congressId {@code null} for the one congress the deputy serves in
	 */
	public Filed file(CurrentUser user, Long congressId, SuggestionContent content, Set<Long> coSignerIds,
			String idempotencyKey, String fingerprint) {
		return file(user, congressId, content, coSignerIds, null, idempotencyKey, fingerprint);
	}

	/**
	 * 提出, jointly (联名) in the name of a deputy group the deputy serves in, when
	 * {@code jointGroupId} is given: the group's serving members are named co-signers,
	 * each still confirming on their own account.
	 */
	public Filed file(CurrentUser user, Long congressId, SuggestionContent content, Set<Long> coSignerIds,
			Long jointGroupId, String idempotencyKey, String fingerprint) {
		long deputy = deputyOf(user);
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? null
				: "u" + user.id() + ":" + idempotencyKey.strip();
		Optional<Filed> earlier = earlier(key, fingerprint);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		long congress = congressFor(deputy, congressId);
		Set<Long> coSigners = new LinkedHashSet<>(coSignerIds);
		if (coSigners.stream().anyMatch(Objects::isNull) || !this.seats.allServeIn(congress, coSigners)) {
			throw new RuleViolationException("coSignerIds", "suggestion.co-signer.other-congress");
		}
		Optional<JointGroup> group = Optional.ofNullable(jointGroupId).map(id -> jointGroup(deputy, congress, id));
		group.ifPresent(joint -> coSigners.addAll(this.seats.membersOf(joint.id())));
		String region = this.seats.regionOf(congress).orElseThrow();
		Suggestion suggestion = Suggestion.file(
				new NewSuggestion(congress, region, deputy, content, null, key, (key != null) ? fingerprint : null),
				coSigners, SuggestionActor.deputy(user.username(), deputy),
				new SuggestionDeadlines(this.calendar.workingDays()), this.calendar.today());
		group.ifPresent(suggestion::jointlyFor);
		return new Filed(this.repository.save(suggestion).id(), false);
	}

	/** The groups the signed-in deputy may file jointly for. */
	public List<JointGroup> jointGroups(CurrentUser user) {
		return this.deputies.deputyOf(user.id()).map(this.seats::groupsOf).orElse(List.of());
	}

	private JointGroup jointGroup(long deputy, long congress, long groupId) {
		return this.seats.groupsOf(deputy)
			.stream()
			.filter(group -> group.id() == groupId && group.congressId() == congress)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("jointGroupId", "suggestion.joint-group.not-member"));
	}

	/** 提出 a draft (converted from an opinion) as the deputy completed it. */
	public void fileDraft(CurrentUser user, long id, SuggestionContent content, Set<Long> coSignerIds) {
		long deputy = deputyOf(user);
		Suggestion suggestion = this.repository.findById(id)
			.orElseThrow(() -> new org.lianxin.platform.web.NotFoundException("suggestion " + id));
		if (coSignerIds.stream().anyMatch(Objects::isNull)
				|| !this.seats.allServeIn(suggestion.congressId(), coSignerIds)) {
			throw new RuleViolationException("coSignerIds", "suggestion.co-signer.other-congress");
		}
		suggestion.fileDraft(SuggestionActor.deputy(user.username(), deputy), content, coSignerIds,
				this.calendar.today());
		this.repository.save(suggestion);
	}

	/** 附议 by the signed-in deputy, if the lead named them. */
	public void coSign(CurrentUser user, long id) {
		long deputy = deputyOf(user);
		Suggestion suggestion = this.repository.findById(id)
			.orElseThrow(() -> new org.lianxin.platform.web.NotFoundException("suggestion " + id));
		suggestion.coSign(SuggestionActor.deputy(user.username(), deputy), this.calendar.today());
		this.repository.save(suggestion);
	}

	/** The deputy the signed-in account belongs to. */
	public long deputyOf(CurrentUser user) {
		if (!user.can(SuggestionPermissions.FILE)) {
			throw new AccessDeniedException(SuggestionPermissions.FILE);
		}
		return this.deputies.deputyOf(user.id())
			.orElseThrow(() -> new RuleViolationException(null, "suggestion.no-deputy"));
	}

	private long congressFor(long deputy, Long congressId) {
		List<Long> serving = this.seats.congressesOf(deputy);
		if (congressId != null) {
			if (!serving.contains(congressId)) {
				throw new RuleViolationException("congressId", "suggestion.congress.not-serving");
			}
			return congressId;
		}
		if (serving.size() != 1) {
			throw new RuleViolationException("congressId", "suggestion.congress.choose");
		}
		return serving.get(0);
	}

	private Optional<Filed> earlier(String key, String fingerprint) {
		if (key == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select id, idempotency_hash from suggestion where idempotency_key = ?")
			.param(key)
			.query((rs, n) -> {
				if (!Objects.equals(rs.getString(2), fingerprint)) {
					throw new RuleViolationException(null, "suggestion.idempotency.conflict");
				}
				return new Filed(rs.getLong(1), true);
			})
			.optional();
	}

}
