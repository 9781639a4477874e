package org.lianxin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.NewProject;
import org.lianxin.project.ProjectManagement;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.SurveyManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 盖州市's 22 livelihood projects of three years in ten categories (三年以来10类22项), some
 * lagging, and 老边区's three projects of the mid-year meeting with their quantities (14.1
 * 公里农村公路, 1200余户有线电视, 渤海大街中央分割带): proposed, voted on paper by the deputies (two clerks
 * typing each sheet), counted, and reported month by month through the modules' own
 * steps.
 */
@Component
@Profile("demo")
@Order(11)
class DemoProjects implements ApplicationRunner {

	/** 盖州's projects, year by year: title, category, target, quantity, unit. */
	private static final String[][][] GAIZHOU = {
			{ { "城区中小学校舍维修改造", "教育", "校舍改造", "12", "所" }, { "乡镇卫生院标准化建设", "医疗卫生", "卫生院", "6", "个" },
					{ "社区助老食堂建设", "养老托育", "助老食堂", "10", "个" }, { "农村公路提档升级", "交通道路", "农村公路", "45", "公里" },
					{ "老旧供热管网改造", "供水供暖供气", "供热管网", "18", "公里" }, { "老旧小区改造", "住房与老旧小区改造", "老旧小区", "15", "个" },
					{ "零工市场建设", "就业与社会保障", "零工市场", "1", "个" } },
			{ { "全民健身场地建设", "文化体育", "健身场地", "20", "处" }, { "农村生活污水治理", "生态环境", "治理村屯", "25", "个" },
					{ "校园食堂明厨亮灶", "便民服务与公共安全", "学校食堂", "60", "所" }, { "农村饮水安全巩固提升", "供水供暖供气", "受益人口", "3.2", "万人" },
					{ "普惠托育园建设", "养老托育", "托位", "300", "个" }, { "城区背街小巷整治", "住房与老旧小区改造", "背街小巷", "40", "条" },
					{ "县域医共体远程会诊", "医疗卫生", "远程会诊点", "22", "个" } },
			{ { "乡村学校少年宫建设", "教育", "少年宫", "8", "所" }, { "城乡公交线路优化", "交通道路", "公交线路", "12", "条" },
					{ "农贸市场升级改造", "便民服务与公共安全", "农贸市场", "4", "个" }, { "河道综合治理", "生态环境", "治理河道", "9.5", "公里" },
					{ "农家书屋提质", "文化体育", "农家书屋", "120", "个" }, { "就业见习基地建设", "就业与社会保障", "见习岗位", "500", "个" },
					{ "居家养老服务站建设", "养老托育", "服务站", "15", "个" }, { "燃气管道老化更新", "供水供暖供气", "燃气管道", "26", "公里" } } };

	private final ProjectManagement projects;

	private final SurveyManagement surveys;

	private final RegionManagement regions;

	private final StaffAccounts accounts;

	private final WorkdayCalendar calendar;

	private final Clock clock;

	DemoProjects(ProjectManagement projects, SurveyManagement surveys, RegionManagement regions, StaffAccounts accounts,
			WorkdayCalendar calendar, Clock clock) {
		this.clock = clock;
		this.projects = projects;
		this.surveys = surveys;
		this.regions = regions;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (int i = 0; i < GAIZHOU.length; i++) {
			List<String[]> chosen = List.of(GAIZHOU[i]);
			List<String[]> candidates = new ArrayList<>(chosen);
			// two more candidates each year, which the deputies did not choose
			candidates.add(new String[] { "城区停车场建设（" + (2023 + i) + "年候选）", "交通道路", "停车泊位", "800", "个" });
			candidates.add(new String[] { "公园景观提升（" + (2023 + i) + "年候选）", "生态环境", "公园", "3", "个" });
			year("210881", 2023 + i, candidates, chosen.size());
		}
		List<String[]> laobian = List.of(new String[] { "14.1公里农村公路维修改造", "交通道路", "农村公路维修改造", "14.1", "公里" },
				new String[] { "1200余户有线电视高清化升级", "便民服务与公共安全", "有线电视高清化", "1200", "户" },
				new String[] { "渤海大街（新新路至庄林路段）中央分割带建设", "交通道路", "中央分割带", "1", "段" });
		year("210811", 2025, laobian, laobian.size());
	}

	private void year(String region, int year, List<String[]> candidates, int seats) {
		CurrentUser office = this.accounts.findByUsername("office-" + region).orElseThrow();
		CurrentUser secondClerk = this.accounts.findByUsername("admin").orElseThrow();
		long congress = this.regions.congressesOf(region).get(0).id();
		if (this.projects.hasCandidates(congress, year)) {
			return;
		}
		LocalDate start = LocalDate.of(year, 3, 1);
		List<Long> ids = new ArrayList<>();
		for (String[] c : candidates) {
			ids.add(this.projects.propose(office,
					new NewProject(congress, year, c[0], this.projects.category(c[1]).orElseThrow(), null,
							new BigDecimal(200 + 37 * c[0].length()), region.equals("210811") ? "老边区" : "盖州市", start,
							LocalDate.of(year, 11, 30),
							List.of(new NewProject.Target(c[2], c[4], new BigDecimal(c[3]))),
							List.of(new NewProject.Milestone("完成招标", LocalDate.of(year, 5, 31)),
									new NewProject.Milestone("主体完工", LocalDate.of(year, 10, 31))))));
		}
		OffsetDateTime session = LocalDate.of(year, 1, 15).atTime(9, 0).atZone(this.clock.getZone()).toOffsetDateTime();
		long survey = this.projects.startVote(office, congress, year, seats, session, session.plusHours(2));
		this.surveys.open(office, survey);
		Random ballots = new Random(year * 31L + region.hashCode());
		int sheet = 0;
		for (long deputy : this.surveys.electorate(office, survey)) {
			this.surveys.handOutPaper(office, survey, deputy);
			short[] answers = new short[candidates.size()];
			for (int i = 0; i < seats; i++) {
				answers[i] = 1;
			}
			if (seats < candidates.size() && ballots.nextInt(4) == 0) {
				// now and then a deputy prefers one of the others
				answers[ballots.nextInt(seats)] = 0;
				answers[seats + ballots.nextInt(candidates.size() - seats)] = 1;
			}
			sheet++;
			this.surveys.enterPaper(office, survey, sheet, 1, answers);
			this.surveys.enterPaper(secondClerk, survey, sheet, 2, answers);
		}
		this.surveys.close(office, survey);
		this.projects.count(office, congress, year);
		for (int i = 0; i < seats; i++) {
			report(office, ids.get(i), candidates.get(i), year, i);
		}
	}

	/**
	 * Monthly reports from March: most projects finish by November; every third lags, its
	 * reports stopping at 40% in July.
	 */
	private void report(CurrentUser office, long id, String[] project, int year, int index) {
		boolean lagging = index % 3 == 2;
		BigDecimal planned = new BigDecimal(project[3]);
		YearMonth last = YearMonth.of(year, lagging ? 7 : 11);
		YearMonth now = YearMonth.from(this.calendar.today());
		for (YearMonth month = YearMonth.of(year, 3); !month.isAfter(last)
				&& !month.isAfter(now); month = month.plusMonths(1)) {
			double share = (month.getMonthValue() - 2) / 9.0 * (lagging ? 0.8 : 1.0);
			BigDecimal done = planned.multiply(BigDecimal.valueOf(Math.min(1.0, share)))
				.setScale(2, RoundingMode.HALF_UP);
			this.projects.report(office, id, month, List.of(done), month.getMonthValue() + "月进展");
		}
	}

}
