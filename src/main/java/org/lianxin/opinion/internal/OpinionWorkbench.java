package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.WorkbenchItem;
import org.lianxin.account.WorkbenchTrend;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case loop's part of the workbench: each count is the case list's own filter,
 * counted by {@link OpinionLists#count}, so it equals the rows its link lists.
 */
@Configuration(proxyBeanMethods = false)
class OpinionWorkbench {

	private static final int ALL_PAGES = OpinionFilter.MAX_SIZE;

	@Bean
	WorkbenchItem opinionTriageWork(OpinionLists lists) {
		return WorkbenchItem.of("opinion.triage", "workbench.opinion.triage", 10, "/opinions?inbox=true",
				OpinionWorkbench::office, user -> lists.count(user, OpinionFilter.inbox(null, ALL_PAGES)));
	}

	@Bean
	WorkbenchItem opinionOverdueToAssignWork(OpinionLists lists) {
		return overdue(lists, "assign", 11, OpinionStatus.RECEIVED, OpinionStatus.REOPENED);
	}

	@Bean
	WorkbenchItem opinionOverdueToSignWork(OpinionLists lists) {
		return overdue(lists, "sign", 12, OpinionStatus.ASSIGNED);
	}

	@Bean
	WorkbenchItem opinionOverdueToReplyWork(OpinionLists lists) {
		return overdue(lists, "reply", 13, OpinionStatus.IN_PROGRESS);
	}

	@Bean
	WorkbenchItem opinionOverdueToFeedBackWork(OpinionLists lists) {
		return overdue(lists, "feedback", 14, OpinionStatus.REPLIED);
	}

	@Bean
	WorkbenchItem opinionOverdueToVisitWork(OpinionLists lists) {
		return overdue(lists, "visit", 15, OpinionStatus.FED_BACK, OpinionStatus.ANSWERED_DIRECTLY);
	}

	@Bean
	WorkbenchItem opinionToSignWork(OpinionLists lists) {
		return byStatus(lists, "opinion.to-sign", 40, OpinionStatus.ASSIGNED);
	}

	@Bean
	WorkbenchItem opinionToReplyWork(OpinionLists lists) {
		return byStatus(lists, "opinion.to-reply", 41, OpinionStatus.IN_PROGRESS);
	}

	/** Cases collected per day in the user's scope, each day opening that day's cases. */
	@Bean
	WorkbenchTrend opinionCollectedTrend(OpinionLists lists, WorkdayCalendar calendar) {
		return new WorkbenchTrend() {

			@Override
			public String key() {
				return "opinion.collected";
			}

			@Override
			public String labelKey() {
				return "workbench.opinion.collected";
			}

			@Override
			public boolean concerns(CurrentUser user) {
				return user.can(OpinionPermissions.CASE_VIEW);
			}

			@Override
			public List<Day> lastDays(CurrentUser user, int days) {
				LocalDate today = calendar.today();
				List<Day> out = new ArrayList<>(days);
				for (LocalDate day = today.minusDays(days - 1); !day.isAfter(today); day = day.plusDays(1)) {
					OpinionFilter filter = new OpinionFilter(null, null, Set.of(), null, null, null, day, day, null,
							null, ALL_PAGES);
					out.add(new Day(day, lists.count(user, filter), "/opinions?from=" + day + "&to=" + day));
				}
				return out;
			}

		};
	}

	private static WorkbenchItem overdue(OpinionLists lists, String stage, int order, OpinionStatus... statuses) {
		StringBuilder href = new StringBuilder("/opinions?overdue=true");
		for (OpinionStatus status : statuses) {
			href.append("&status=").append(status.name());
		}
		return WorkbenchItem.of("opinion.overdue." + stage, "workbench.opinion.overdue." + stage, order,
				href.toString(), OpinionWorkbench::office, user -> lists.count(user, new OpinionFilter(null, null,
						Set.of(statuses), null, true, null, null, null, null, null, ALL_PAGES)));
	}

	private static WorkbenchItem byStatus(OpinionLists lists, String key, int order, OpinionStatus status) {
		return WorkbenchItem.of(key, "workbench." + key, order, "/opinions?status=" + status.name(),
				OpinionWorkbench::agency, user -> lists.count(user, new OpinionFilter(null, null, Set.of(status), null,
						null, null, null, null, null, null, ALL_PAGES)));
	}

	/** Whoever triages cases for a set of regions: a division's office, the city. */
	private static boolean office(CurrentUser user) {
		return user.can(OpinionPermissions.CASE_TRIAGE) && user.scope().kind().regionBound();
	}

	private static boolean agency(CurrentUser user) {
		return user.can(OpinionPermissions.CASE_HANDLE) && user.scope().kind() == DataScopeKind.OWN_AGENCY;
	}

}
