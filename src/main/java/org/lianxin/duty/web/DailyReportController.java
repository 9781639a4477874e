package org.lianxin.duty.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.duty.internal.DailyReport;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 三表一报 on a page, in Excel and in JSON, for a group or a region and a day. */
@Controller
@Tag(name = "Duties")
@PreAuthorize("hasAuthority('" + DutyPermissions.VERIFY + "')")
class DailyReportController {

	static final SheetForm SHEET = new SheetForm("三表一报",
			List.of("代表", "资料完整度(%)", "当日履职记录", "本月履职记录", "累计履职记录", "当日反映意见", "本月反映意见", "累计反映意见"), 100_000);

	private final DailyReport reports;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final DeputyGroups groups;

	DailyReportController(DailyReport reports, RegionManagement regions, WorkdayCalendar calendar,
			DeputyGroups groups) {
		this.reports = reports;
		this.groups = groups;
		this.regions = regions;
		this.calendar = calendar;
	}

	@GetMapping("/duty/daily-report")
	String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String region, @RequestParam(required = false) LocalDate date,
			Model model) {
		LocalDate day = (date != null) ? date : this.calendar.today();
		model.addAttribute("report", this.reports.build(user, group, region, day));
		model.addAttribute("written", this.reports.written(user, 14));
		model.addAttribute("region", region);
		model.addAttribute("group", group);
		model.addAttribute("regions",
				this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList());
		model.addAttribute("groups", this.groups.list(user));
		return "duty/daily-report";
	}

	@GetMapping("/duty/daily-report.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String region, @RequestParam(required = false) LocalDate date) {
		LocalDate day = (date != null) ? date : this.calendar.today();
		DailyReport.Report report = this.reports.build(user, group, region, day);
		List<List<String>> rows = new ArrayList<>();
		for (DailyReport.DeputyLine line : report.lines()) {
			rows.add(row(line));
		}
		rows.add(row(report.totals()));
		rows.add(List.of(report.summary()));
		return XlsxDownloads.attachment("三表一报-" + day + ".xlsx", SHEET.export(rows));
	}

	@Operation(summary = "三表一报 of a group (id) or a region (code) for a day, as far as the caller's scope reaches",
			description = "Each deputy's profile completeness, duty records and opinions on the day, this month and in all, "
					+ "the totals, the day before's, and the summary in Chinese.")
	@GetMapping("/api/v1/duty/daily-report")
	@ResponseBody
	DailyReport.Report api(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long group,
			@RequestParam(required = false) String region, @RequestParam(required = false) LocalDate date) {
		return this.reports.build(user, group, region, (date != null) ? date : this.calendar.today());
	}

	private static List<String> row(DailyReport.DeputyLine line) {
		return List.of(line.name(), String.valueOf(line.completeness()), String.valueOf(line.recordsOnDay()),
				String.valueOf(line.recordsInMonth()), String.valueOf(line.recordsInAll()),
				String.valueOf(line.opinionsOnDay()), String.valueOf(line.opinionsInMonth()),
				String.valueOf(line.opinionsInAll()));
	}

}
