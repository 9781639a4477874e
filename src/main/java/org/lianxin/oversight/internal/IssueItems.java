package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.platform.database.Failures;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

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
		OversightActivities.require(user, OversightPermissions.ACTIVITY_EDIT);
		this.activities.get(user, activityId);
		if (entered.agencyId() != null) {
			AgencyView agency = this.agencies.find(user, entered.agencyId()).orElse(null);
			if (agency == null || !agency.enabled()) {
				throw new RuleViolationException("agencyId", "oversight.item.agency.unknown");
			}
		}
		List<String> keys = this.photos.store(photoUploads);
		return this.transactions.execute(status -> {
			OversightActivity activity = this.activities.get(user, activityId);
			if (activity.state() == ActivityState.PLANNED) {
				throw new RuleViolationException(null, "oversight.item.activity-planned");
			}
			IssueItem item = this.repository.save(
					IssueItem.list(entered, activityId, activity.regionCode(), this.calendar.today(), keys, user.id()));
			this.log.record("oversight.item.list", "issue item " + item.id(), entered.place());
			return item.id();
		});
	}

	/** The unit reports how it rectified its item, with photos. */
	public void reportRectification(CurrentUser user, long id, String account, List<byte[]> photoUploads) {
		OversightActivities.require(user, OversightPermissions.ITEM_RECTIFY);
		get(user, id);
		List<String> keys = this.photos.store(photoUploads);
		LocalDate today = this.calendar.today();
		LocalDate reviewBy = this.calendar.plusWorkingDays(today, REVIEW_WORKING_DAYS);
		step(user, id, "oversight.item.report",
				item -> item.reportRectification(account, keys, today, reviewBy, user.id()));
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
