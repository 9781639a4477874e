package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deputy taking part in an activity records what they found there, on the spot: the
 * finding goes on the activity's issue list for the unit responsible, as the office's own
 * findings do, and is watched the same way. A deputy reaches only the activities they
 * take part in, and only once the activity is under way.
 */
@Service
public class DeputyFindings {

	private final IssueItemRepository repository;

	private final IssuePhotos photos;

	private final DeputyAccounts deputies;

	private final WorkdayCalendar calendar;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final OperationLog log;

	DeputyFindings(IssueItemRepository repository, IssuePhotos photos, DeputyAccounts deputies,
			WorkdayCalendar calendar, TransactionTemplate transactions, JdbcClient jdbc, OperationLog log) {
		this.repository = repository;
		this.photos = photos;
		this.deputies = deputies;
		this.calendar = calendar;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.log = log;
	}

	/** An activity the deputy takes part in. */
	public record MyActivity(long id, String title, String regionCode, LocalDate startsOn, LocalDate endsOn,
			ActivityState state) {
	}

	/** A finding the deputy recorded, and where it stands. */
	public record MyFinding(long id, String place, String description, String agencyName, LocalDate dueOn,
			IssueState state) {
	}

	/** A unit a finding may be for: an enabled agency of the activity's region. */
	public record Unit(long id, String name) {
	}

	/** The activities under way or done that the caller, a deputy, takes part in. */
	public List<MyActivity> mine(CurrentUser user) {
		return this.jdbc.sql("""
				select a.id, a.title, a.region_code, a.starts_on, a.ends_on, a.state from oversight_activity a
				where a.state <> 'PLANNED' and exists (select 1 from oversight_participant p
				  where p.activity_id = a.id and p.deputy_id = ?)
				order by a.starts_on desc, a.id desc limit 100""").param(deputyOf(user)).query(MyActivity.class).list();
	}

	/** One of the caller's activities; another's is not found. */
	public MyActivity activity(CurrentUser user, long id) {
		return mine(user).stream()
			.filter(a -> a.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("oversight activity " + id));
	}

	/** What the caller recorded on the activity, newest first. */
	public List<MyFinding> findings(CurrentUser user, long activityId) {
		return this.jdbc.sql("""
				select i.id, i.place, i.description, g.name as agency_name, i.due_on, i.state
				from oversight_issue_item i join agency_view g on g.id = i.agency_id
				where i.activity_id = ? and i.created_by = ? order by i.id desc""")
			.params(activityId, user.id())
			.query(MyFinding.class)
			.list();
	}

	/** The units of the activity's region a finding may be for. */
	public List<Unit> units(MyActivity activity) {
		return this.jdbc.sql("""
				select a.id, a.name from agency_view a where a.enabled
				  and (select path from region_view where code = a.region_code)
				      like (select path from region_view where code = ?) || '%'
				order by a.code""").param(activity.regionCode()).query(Unit.class).list();
	}

	/**
	 * Records a finding of the caller's on the activity's issue list; its photos are kept
	 * only with it.
	 */
	public long record(CurrentUser user, long activityId, NewIssueItem entered, List<byte[]> photoUploads) {
		MyActivity activity = activity(user, activityId);
		if (entered.agencyId() != null
				&& units(activity).stream().noneMatch(unit -> unit.id() == entered.agencyId().longValue())) {
			throw new RuleViolationException("agencyId", "oversight.item.agency.unknown");
		}
		return this.photos.keptWhile(photoUploads, keys -> this.transactions.execute(status -> {
			IssueItem item = this.repository.save(IssueItem.list(entered, activityId, activity.regionCode(),
					this.calendar.today(), keys, user.id(), null, null));
			this.log.record("oversight.finding.record", "issue item " + item.id(), entered.place());
			return item.id();
		}));
	}

	private long deputyOf(CurrentUser user) {
		if (!user.can(FindingPermissions.RECORD)) {
			throw new AccessDeniedException(FindingPermissions.RECORD);
		}
		return this.deputies.deputyOf(user.id()).orElseThrow(() -> new AccessDeniedException("not a deputy"));
	}

}
