package org.lianxin.account.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.WorkbenchItem;
import org.lianxin.account.WorkbenchTrend;

import org.springframework.stereotype.Component;

/**
 * What waits for a staff user, as the modules count it: the items and trends of the
 * user's work, each counted once per request in the user's data scope.
 */
@Component
public class Workbench {

	/** How many days the trend shows, today included. */
	public static final int TREND_DAYS = 7;

	/** One count, with the list that shows its rows. */
	public record Waiting(String key, String labelKey, long count, String href) {
	}

	/** One series of the trend, oldest day first. */
	public record Trend(String key, String labelKey, List<WorkbenchTrend.Day> days, long max) {

		public LocalDate first() {
			return this.days.isEmpty() ? null : this.days.get(0).day();
		}

	}

	private final List<WorkbenchItem> items;

	private final List<WorkbenchTrend> trends;

	Workbench(List<WorkbenchItem> items, List<WorkbenchTrend> trends) {
		this.items = items.stream().sorted(Comparator.comparingInt(WorkbenchItem::order)).toList();
		this.trends = List.copyOf(trends);
	}

	public List<Waiting> waitingFor(CurrentUser user) {
		return this.items.stream()
			.filter(item -> item.concerns(user))
			.map(item -> new Waiting(item.key(), item.labelKey(), item.count(user), item.href()))
			.toList();
	}

	public List<Trend> trendsFor(CurrentUser user) {
		return this.trends.stream().filter(trend -> trend.concerns(user)).map(trend -> {
			List<WorkbenchTrend.Day> days = trend.lastDays(user, TREND_DAYS);
			long max = days.stream().mapToLong(WorkbenchTrend.Day::count).max().orElse(0);
			return new Trend(trend.key(), trend.labelKey(), days, max);
		}).toList();
	}

}
