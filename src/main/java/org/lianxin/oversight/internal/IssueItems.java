package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.Fingerprints;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue lists: findings listed on an activity for their units, rectified, checked and
 * closed, visited again. Photos are cleaned before the item's transaction opens.
 */
@Service
public class IssueItems {

	/** How many working days the office has to check a reported rectification. */
	static final int REVIEW_WORKING_DAYS = 10;

	private final IssueItemRepository repository;

	private final OversightActivities activities;

	private final IssueItemQueries queries;

	private final AgencyManagement agencies;

	private final IssuePhotos photos;

	private final WorkdayCalendar calendar;

	private final TransactionTemplate transactions;

	private final OperationLog log;

	IssueItems(IssueItemRepository repository, OversightActivities activities, IssueItemQueries queries,
			AgencyManagement agencies, IssuePhotos photos, WorkdayCalendar calendar, TransactionTemplate transactions,
			OperationLog log) {
		this.repository = repository;
		this.activities = activities;
		this.queries = queries;
		this.agencies = agencies;
		this.photos = photos;
		this.calendar = calendar;
		this.transactions = transactions;
		this.log = log;
	}

	/** Lists a finding of an activity in the caller's scope, for a unit in it. */
	public long list(CurrentUser user, long activityId, NewIssueItem entered, List<byte[]> photoUploads) {
		return list(user, activityId, entered, photoUploads, null).id();
	}

	/**
	 * What an API request under an idempotency key listed: the item, and whether it was
	 * listed before (a retry).
	 */
	public record Listed(long id, boolean replayed) {
	}

	/**
	 * As {@link #list(CurrentUser, long, NewIssueItem, List)}; a retry under the same key
	 * and request answers the item listed first, another request under it is refused.
	 * @param key the caller's idempotency key, or {@code null}
	 */
	public Listed list(CurrentUser user, long activityId, NewIssueItem entered, List<byte[]> photoUploads, String key) {
		String sourceRef = (key == null || key.isBlank()) ? null : "api:" + user.id() + ":" + key.strip();
		String hash = (sourceRef == null) ? null : Fingerprints.of(activityId, entered.toString());
		Listed earlier = replay(sourceRef, hash);
		if (earlier != null) {
			return earlier;
		}
		if (entered.agencyId() != null) {
			AgencyView agency = this.agencies.find(user, entered.agencyId()).orElse(null);
			if (agency == null || !agency.enabled()) {
				throw new RuleViolationException("agencyId", "oversight.item.agency.unknown");
			}
		}
		try {
			return this.photos.keptWhile(photoUploads,
					keys -> listNow(user, activityId, entered, keys, sourceRef, hash));
		}
		catch (RuntimeException ex) {
			if (sourceRef == null || !Failures.causedBy(ex, DuplicateKeyException.class)) {
				throw ex;
			}
			// the same key's first request committed a moment ago
			return replay(sourceRef, hash);
		}
	}

	/**
	 * What the key listed before, or {@code null}; another request under it is refused.
	 */
	private Listed replay(String sourceRef, String hash) {
		if (sourceRef == null) {
			return null;
		}
		return this.repository.findBySourceRef(sourceRef).map(earlier -> {
			if (!earlier.sameRequestAs(hash)) {
				throw new RuleViolationException(null, "oversight.idempotency.conflict");
			}
			return new Listed(earlier.id(), true);
		}).orElse(null);
	}

	private Listed listNow(CurrentUser user, long activityId, NewIssueItem entered, List<String> keys, String sourceRef,
			String hash) {
		return this.transactions.execute(status -> {
			OversightActivity activity = this.activities.get(user, activityId);
			if (activity.state() == ActivityState.PLANNED) {
				throw new RuleViolationException(null, "oversight.item.activity-planned");
			}
			IssueItem item = this.repository.save(IssueItem.list(entered, activityId, activity.regionCode(),
					this.calendar.today(), keys, user.id(), sourceRef, hash));
			this.log.record("oversight.item.list", "issue item " + item.id(), entered.place());
			return new Listed(item.id(), false);
		});
	}

	/** The unit reports how it rectified its item, with photos. */
	public void reportRectification(CurrentUser user, long id, String account, List<byte[]> photoUploads) {
		OversightActivities.require(user, OversightPermissions.ITEM_RECTIFY);
		get(user, id);
		LocalDate today = this.calendar.today();
		LocalDate reviewBy = this.calendar.plusWorkingDays(today, REVIEW_WORKING_DAYS);
		this.photos.keptWhile(photoUploads, keys -> {
			step(user, id, "oversight.item.report",
					item -> item.reportRectification(account, keys, today, reviewBy, user.id()));
			return keys;
		});
	}

	/** The reviewer's check of the latest report: closed (销号), or sent back. */
	public void review(CurrentUser user, long id, ReviewMethod method, boolean accept, String note,
			LocalDate newDueOn) {
		OversightActivities.require(user, OversightPermissions.ITEM_REVIEW);
		step(user, id, accept ? "oversight.item.close" : "oversight.item.send-back",
				item -> item.review(method, accept, note, newDueOn, this.calendar.today(), user.id()));
	}

	/** The verdict of the follow-up visit (回头看). */
	public void followUp(CurrentUser user, long id, boolean holds, String verdict, LocalDate newDueOn) {
		OversightActivities.require(user, OversightPermissions.ITEM_REVIEW);
		step(user, id, "oversight.item.follow-up",
				item -> item.followUp(holds, verdict, newDueOn, this.calendar.today(), user.id()));
	}

	/** The n-th photo (from 1) of an item the caller's scope reaches. */
	public byte[] photo(CurrentUser user, long id, int n) {
		get(user, id);
		return this.photos.read(this.queries.photoKey(id, n)
			.orElseThrow(() -> new NotFoundException("photo " + n + " of issue item " + id)));
	}

	private IssueItem get(CurrentUser user, long id) {
		this.queries.item(user, id).orElseThrow(() -> new NotFoundException("issue item " + id));
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("issue item " + id));
	}

	private void step(CurrentUser user, long id, String action, Function<IssueItem, IssueItem> move) {
		this.transactions.executeWithoutResult(status -> {
			IssueItem item = get(user, id);
			try {
				this.repository.save(move.apply(item));
			}
			catch (RuntimeException ex) {
				if (!Failures.causedBy(ex, OptimisticLockingFailureException.class)) {
					throw ex;
				}
				throw new RuleViolationException(null, "oversight.concurrent");
			}
			this.log.record(action, "issue item " + id, item.state().name());
		});
	}

}
