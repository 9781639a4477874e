package org.lianxin.supervision.internal;

import java.time.LocalDate;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.WorkbenchItem;
import org.lianxin.supervision.NoticeKind;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's supervision notices (督办单) of the last seven days on the workbench: a
 * notice stays on its list, so what is new this week is what waits to be followed up.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionWorkbench {

	static final int DAYS = 7;

	@Bean
	WorkbenchItem supervisionNoticesWork(SupervisionNotices notices, WorkdayCalendar calendar) {
		return new WorkbenchItem() {

			@Override
			public String key() {
				return "supervision.notices";
			}

			@Override
			public String labelKey() {
				return "workbench.supervision.notices";
			}

			@Override
			public int order() {
				return 20;
			}

			@Override
			public boolean concerns(CurrentUser user) {
				return user.can(SupervisionPermissions.NOTICE_VIEW) && user.scope().kind().regionBound();
			}

			@Override
			public long count(CurrentUser user) {
				return notices.counts(user.scope(), filter(since(calendar)))
					.stream()
					.mapToLong(SupervisionNotices.NoticeCount::count)
					.sum();
			}

			@Override
			public String href() {
				return "/supervision?kind=SUPERVISION&from=" + since(calendar);
			}

		};
	}

	private static LocalDate since(WorkdayCalendar calendar) {
		return calendar.today().minusDays(DAYS - 1);
	}

	private static NoticeFilter filter(LocalDate from) {
		return new NoticeFilter(null, NoticeKind.SUPERVISION, null, from, null, null);
	}

}
