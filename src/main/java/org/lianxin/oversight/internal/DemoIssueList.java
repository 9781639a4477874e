package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 西市区's law-enforcement inspection of the Work Safety Law, early March to mid-May: the
 * deputies study the law first, legal experts and trade representatives come along,
 * random and surprise checks at a harbour, a building site, a hospital, a supermarket, a
 * street and a firm; its issue list has an item in every state — being rectified,
 * reported, sent back, closed with the follow-up visit (回头看) to come, closed with it due
 * tomorrow, and followed up.
 */
@Component
@Profile("demo")
class DemoIssueList {

	private static final String LAWS = "《中华人民共和国安全生产法》《辽宁省安全生产条例》";

	private final OversightActivities activities;

	private final IssueItems items;

	private final StaffAccounts accounts;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	DemoIssueList(OversightActivities activities, IssueItems items, StaffAccounts accounts, WorkdayCalendar calendar,
			JdbcClient jdbc) {
		this.activities = activities;
		this.items = items;
		this.accounts = accounts;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** A place checked, what was found there, and how far its item has gone. */
	private record Finding(LocalDate on, String place, SiteKind site, boolean surprise, String found, String required,
			IssueState reached, int followUpDays) {
	}

	void walk(CurrentUser office, List<Long> deputies) {
		int year = DemoOversight.SOURCE_YEAR;
		List<NewActivity.Participant> people = new ArrayList<>();
		deputies.forEach(id -> people.add(new NewActivity.Participant(ParticipantRole.DEPUTY, id, null)));
		people.add(new NewActivity.Participant(ParticipantRole.EXPERT, null, "区司法局法律顾问"));
		people.add(new NewActivity.Participant(ParticipantRole.EXPERT, null, "律师事务所执业律师"));
		people.add(new NewActivity.Participant(ParticipantRole.TRADE, null, "建筑施工行业协会代表"));
		people.add(new NewActivity.Participant(ParticipantRole.TRADE, null, "危险化学品经营企业代表"));
		long activity = this.activities.plan(office,
				new NewActivity(ActivityKind.LAW_ENFORCEMENT, "安全生产法律法规执法检查", "西市区人大常委会执法检查组", null, LAWS,
						LocalDate.of(year, 3, 3), LocalDate.of(year, 5, 16), "检查前组织代表学习安全生产相关法律法规和政策文件",
						Set.of(InspectionMethod.RANDOM, InspectionMethod.SURPRISE, InspectionMethod.ON_SITE_QUESTIONING,
								InspectionMethod.HEARING_REPORTS),
						people));
		List<Finding> findings = List.of(
				new Finding(LocalDate.of(year, 3, 18), "渔港码头", SiteKind.HARBOUR, false, "部分渔船消防器材过期未更换",
						"更换过期消防器材并建立检查台账", IssueState.ASSIGNED, 30),
				new Finding(LocalDate.of(year, 3, 27), "某建筑工地", SiteKind.BUILDING_SITE, true, "脚手架外侧缺少防护网",
						"补设防护网，开展高处作业安全培训", IssueState.REPORTED, 30),
				new Finding(LocalDate.of(year, 4, 9), "某医院", SiteKind.HOSPITAL, false, "消防通道堆放杂物", "清理消防通道并落实日常巡查",
						IssueState.SENT_BACK, 30),
				new Finding(LocalDate.of(year, 4, 22), "某商超", SiteKind.SUPERMARKET, true, "安全出口指示灯损坏", "更换损坏的安全出口指示灯",
						IssueState.CLOSED, 60),
				new Finding(LocalDate.of(year, 5, 7), "某街道沿街商铺", SiteKind.STREET, false, "燃气管道缺少警示标识",
						"设置燃气管道警示标识并检查报警装置", IssueState.CLOSED, 1),
				new Finding(LocalDate.of(year, 5, 14), "某化工企业", SiteKind.FIRM, true, "危险化学品未按规定分区存放", "按规定分区分类存放并完善台账",
						IssueState.FOLLOWED_UP, 30));
		findings.forEach(f -> this.activities.visit(office, activity,
				new NewVisit(f.on(), f.place(), f.site(), f.surprise(), f.found())));
		this.activities.complete(office, activity, "检查组采取随机抽查、突击检查、现场询问、听取汇报等方式，排查问题隐患，形成问题清单，明确整改责任和时限，实行跟踪督办。");
		CurrentUser unit = this.accounts.findByUsername("agency-210803").orElseThrow();
		LocalDate today = this.calendar.today();
		findings.forEach(f -> walk(office, unit, activity, f, today));
	}

	/** One finding listed for the unit and taken as far as it has gone. */
	private void walk(CurrentUser office, CurrentUser unit, long activity, Finding f, LocalDate today) {
		long item = this.items.list(office, activity, new NewIssueItem(f.place(), f.found(), "现场检查发现", LAWS,
				unit.scope().agencyId(), f.required(), today.plusDays(30), f.followUpDays()), List.of());
		if (f.reached() == IssueState.ASSIGNED) {
			return;
		}
		this.items.reportRectification(unit, item, "已按要求整改：" + f.required(), List.of());
		if (f.reached() == IssueState.REPORTED) {
			return;
		}
		if (f.reached() == IssueState.SENT_BACK) {
			this.items.review(office, item, ReviewMethod.ON_SITE, false, "现场复查仍有杂物堆放，请彻底清理", today.plusDays(15));
			return;
		}
		this.items.review(office, item, ReviewMethod.ON_SITE, true, "现场复查整改到位，予以销号", null);
		if (f.reached() == IssueState.FOLLOWED_UP) {
			this.items.followUp(office, item, true, "回头看：整改成果保持良好", null);
		}
	}

}
