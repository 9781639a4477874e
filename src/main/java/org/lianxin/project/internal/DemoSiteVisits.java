package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision of the demo's projects as the source reports it, through the module's
 * own steps (so groups, visits, 督办, duty records and the history chain are the real
 * ones): 盖州市 follows its lagging projects (对滞后项目跟踪督办) with a site visit of each project's
 * supervision group and a 督办 to the agency, most answered, the latest left unanswered
 * past its deadline for the watch to escalate and the newest still open; 老边区's groups
 * visit its three projects at the July progress meeting (实地察看+现场问询). The demo has no
 * photos, so the visits carry none. Runs after {@code DemoProjects}; a restart adds
 * nothing.
 */
@Component
@Profile("demo")
@Order(12)
class DemoSiteVisits implements ApplicationRunner {

	/** Why a lagging project lags, as the agency answers on site. */
	private static final List<String[]> CAUSES = List.of(
			new String[] { "征地拆迁尚未完成，部分点位无法进场施工", "已与属地街道建立周调度，计划一个月内完成清表交地" },
			new String[] { "上级补助资金到位滞后，工程款拨付不及时", "已向财政申请先行垫付，资金下月到位后全面复工" },
			new String[] { "施工单位人员设备投入不足", "已约谈施工单位，增加两个作业班组，倒排工期" });

	private final Projects projects;

	private final SupervisionGroups groups;

	private final SiteVisits visits;

	private final ProjectDubans dubans;

	private final StaffAccounts accounts;

	private final WorkdayCalendar calendar;

	DemoSiteVisits(Projects projects, SupervisionGroups groups, SiteVisits visits, ProjectDubans dubans,
			StaffAccounts accounts, WorkdayCalendar calendar) {
		this.projects = projects;
		this.groups = groups;
		this.visits = visits;
		this.dubans = dubans;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		gaizhou(user("office-210881"), user("agency-210881"));
		laobian(user("office-210811"));
	}

	/** Each lagging project: its group, a September visit and a 督办 to the agency. */
	private void gaizhou(CurrentUser office, CurrentUser agency) {
		List<Projects.Row> lagging = this.projects.list(office, "210881", null)
			.stream()
			.filter(r -> r.status() == ProjectStatus.LAGGING || r.status() == ProjectStatus.STALLED)
			.filter(r -> this.visits.of(r.id()).isEmpty())
			.sorted(java.util.Comparator.comparingInt(Projects.Row::year).thenComparingLong(Projects.Row::id))
			.toList();
		LocalDate today = this.calendar.today();
		for (int i = 0; i < lagging.size(); i++) {
			Project project = this.projects.get(office, lagging.get(i).id());
			String[] cause = CAUSES.get(i % CAUSES.size());
			LocalDate visited = earlier(LocalDate.of(project.year(), 9, 16), today);
			visit(office, project, i, visited, "进度滞后，" + cause[0] + "。", List
				.of(new VisitQuestion("项目为什么滞后于计划？", cause[0] + "。"), new VisitQuestion("下一步怎么赶上进度？", cause[1] + "。")));
			boolean newest = i == lagging.size() - 1;
			boolean escalated = i == lagging.size() - 2;
			LocalDate issued = newest ? today : visited.plusDays(5);
			long duban = this.dubans.issue(office, project.id(), agency.scope().agencyId(),
					"实地察看发现" + project.title() + "进度滞后：" + cause[0] + "。请制定赶工计划，按期报告整改情况。", issued.plusDays(30),
					issued);
			if (!newest && !escalated) {
				this.dubans.answer(agency, duban, cause[1] + "；目前已完成计划量的八成，每月报告进度。", issued.plusDays(20));
			}
		}
	}

	/** The three projects at the July progress meeting: 问进度、查难点、找对策. */
	private void laobian(CurrentUser office) {
		List<Projects.Row> chosen = this.projects.list(office, "210811", 2025)
			.stream()
			.filter(r -> "CHOSEN".equals(r.state()))
			.filter(r -> this.visits.of(r.id()).isEmpty())
			.toList();
		LocalDate visited = earlier(LocalDate.of(2025, 7, 10), this.calendar.today());
		for (int i = 0; i < chosen.size(); i++) {
			Project project = this.projects.get(office, chosen.get(i).id());
			visit(office, project, i, visited, "年中推进会实地察看：工程进度与建设质量符合要求，现场问询了进度和难点。",
					List.of(new VisitQuestion("目前完成了多少？年底能否完工？", "已完成年度计划过半，按计划十一月底前完工。"),
							new VisitQuestion("推进中还有哪些难点？", "部分路段施工需要交通疏导，已与交警部门协调分时段施工。")));
		}
	}

	/** The project's supervision group (three serving deputies) and its visit. */
	private void visit(CurrentUser office, Project project, int index, LocalDate on, String findings,
			List<VisitQuestion> questions) {
		List<Long> serving = this.groups.candidates(project).stream().map(SupervisionGroups.Member::deputyId).toList();
		if (serving.size() < 3 || on.isBefore(project.startsOn())) {
			return;
		}
		List<Long> group = List.of(serving.get((3 * index) % serving.size()),
				serving.get((3 * index + 1) % serving.size()), serving.get((3 * index + 2) % serving.size()));
		this.groups.assign(office, project.id(), group);
		BigDecimal north = new BigDecimal("40.40").add(BigDecimal.valueOf(index, 3));
		BigDecimal east = new BigDecimal("122.35").add(BigDecimal.valueOf(index, 3));
		if (project.regionCode().equals("210811")) {
			north = new BigDecimal("40.66").add(BigDecimal.valueOf(index, 3));
			east = new BigDecimal("122.38").add(BigDecimal.valueOf(index, 3));
		}
		this.visits.record(office, project.id(), new NewSiteVisit(on,
				project.location() + " " + project.title() + "施工现场", north, east, findings, questions, group),
				List.of());
	}

	private static LocalDate earlier(LocalDate planned, LocalDate today) {
		return planned.isAfter(today) ? today : planned;
	}

	private CurrentUser user(String username) {
		return this.accounts.findByUsername(username).orElseThrow();
	}

}
