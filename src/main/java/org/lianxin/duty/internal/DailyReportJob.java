package org.lianxin.duty.internal;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.notification.Message;
import org.lianxin.notification.Notifications;
import org.lianxin.notification.Recipient;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the evening job does, one step a method so that tests can run each. */
@Component
class DailyReportJob {

	private static final Logger logger = LoggerFactory.getLogger(DailyReportJob.class);

	private final DailyReport reports;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	private final DeputyGroups groups;

	private final Notifications notifications;

	DailyReportJob(DailyReport reports, RegionManagement regions, WorkdayCalendar calendar, JdbcClient jdbc,
			DeputyGroups groups, Notifications notifications) {
		this.reports = reports;
		this.regions = regions;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.groups = groups;
		this.notifications = notifications;
	}

	/**
	 * The summaries of today, one per county-level region; a second run replaces them.
	 */
	int writeAll() {
		int written = 0;
		for (Region county : this.regions.all()) {
			if (county.level() != RegionLevel.COUNTY || !county.enabled()) {
				continue;
			}
			DailyReport.Report report = this.reports.build(systemIn(county), null, county.code(),
					this.calendar.today());
			this.jdbc.sql("""
					insert into duty_daily_summary (region_code, report_date, deputies, records_on_day, opinions_on_day,
					                                summary)
					values (?, ?, ?, ?, ?, ?)
					on conflict (region_code, report_date) do update set deputies = excluded.deputies,
					    records_on_day = excluded.records_on_day, opinions_on_day = excluded.opinions_on_day,
					    summary = excluded.summary, written_at = now()""")
				.params(county.code(), report.date(), report.lines().size(), report.totals().recordsOnDay(),
						report.totals().opinionsOnDay(), report.summary())
				.update();
			written++;
		}
		return written;
	}

	/**
	 * Today's report of each group to its leader, through the notification channels; a
	 * group without a leader, or a leader without a phone, gets nothing.
	 * @return for how many leaders it was queued
	 */
	int sendToLeaders() {
		LocalDate today = this.calendar.today();
		int reached = 0;
		for (DeputyGroups.Leader leader : this.groups.leadersToNotify()) {
			Region region = this.regions.find(leader.regionCode()).orElse(null);
			if (region == null) {
				continue;
			}
			DailyReport.Report report = this.reports.build(systemIn(region), leader.groupId(), null, today);
			String text = leader.groupName() + "三表一报：" + report.summary() + "（连心平台自动生成）";
			// one report per group and day: a second run of the job sends nothing new
			int queued = this.notifications.send(new Message(new Recipient(leader.name(), leader.phone(), null),
					"三表一报 " + leader.groupName() + " " + today, text, "deputy group " + leader.groupId(), text,
					"deputy group " + leader.groupId() + " daily report " + today));
			if (queued > 0) {
				reached++;
			}
			else {
				logger.info("The daily report of group {} was queued for no channel", leader.groupId());
			}
		}
		return reached;
	}

	private static CurrentUser systemIn(Region region) {
		return CurrentUser.system(new DataScope(DataScopeKind.REGION_AND_BELOW, 0, region.code(), region.path(), null));
	}

}
