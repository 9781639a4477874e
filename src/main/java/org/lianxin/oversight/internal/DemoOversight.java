package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Oversight for the demo city as the source reports it, each record walked through the
 * module's own steps (so histories, duty records and clocks are the real ones): 西市区's
 * Work Safety Law inspection with an issue list in every state ({@link DemoIssueList}),
 * 盖州市's 28 and 大石桥市's 33 activities of the source's year, 鲅鱼圈区's topics followed for
 * years ({@link DemoTopics}) and its 30 court-observation attendances
 * ({@link DemoCourtObservation}). Runs after the demo data; a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(2)
class DemoOversight implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOversight.class);

	/** The year the source text reports. */
	static final int SOURCE_YEAR = 2025;

	/** 盖州市: "开展视察调研28次". */
	static final int GAIZHOU_ACTIVITIES = 28;

	/** 大石桥市: "开展各类监督活动33次". */
	static final int DASHIQIAO_ACTIVITIES = 33;

	private static final List<String> GAIZHOU_NAMED = List.of("三年以来10类22项重点民生实事项目推进情况集中视察", "校园食堂食品安全情况视察",
			"助老食堂建设运营情况调研", "与营口市人大常委会联动开展《营口市地热水资源管理条例》执法检查");

	/**
	 * The joint inspection with the city congress, after which 盖州 sent its 9 supervision
	 * opinions.
	 */
	static final int GAIZHOU_JOINT_INSPECTION = 3;

	private static final List<String> DASHIQIAO_NAMED = List.of("政府债务风险防控情况专题调研", "菱镁行业绿色转型情况专题调研", "乡村全面振兴情况视察",
			"集团化办学情况视察", "县域医共体建设情况调研", "养老服务设施建设情况视察", "《中华人民共和国安全生产法》联动执法检查");

	private static final List<String> SUBJECTS = List.of("国民经济和社会发展计划执行情况", "优化营商环境工作", "农村人居环境整治", "城市燃气安全",
			"基层医疗卫生服务", "义务教育均衡发展", "河长制落实情况", "食品药品安全", "就业创业工作", "文化旅游融合发展", "道路交通安全", "住房保障工作");

	private final DemoActivities held;

	private final DemoIssueList issueList;

	private final DemoTopics topics;

	private final DemoCourtObservation courts;

	private final DemoSupervisionOpinions supervisionOpinions;

	private final WorkdayCalendar calendar;

	private final StaffAccounts accounts;

	private final JdbcClient jdbc;

	DemoOversight(DemoActivities held, DemoIssueList issueList, DemoTopics topics, DemoCourtObservation courts,
			DemoSupervisionOpinions supervisionOpinions, WorkdayCalendar calendar, StaffAccounts accounts,
			JdbcClient jdbc) {
		this.held = held;
		this.issueList = issueList;
		this.topics = topics;
		this.courts = courts;
		this.supervisionOpinions = supervisionOpinions;
		this.calendar = calendar;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from oversight_topic").query(Long.class).single() > 0
				|| deputies("210803", 1).isEmpty()) {
			return;
		}
		this.issueList.walk(office("210803"), deputies("210803", 8));
		List<Long> gaizhou = year(office("210881"), "盖州市人大常委会", deputies("210881", 12), GAIZHOU_NAMED,
				GAIZHOU_ACTIVITIES);
		this.supervisionOpinions.send(office("210881"), gaizhou.get(GAIZHOU_JOINT_INSPECTION),
				GAIZHOU_NAMED.get(GAIZHOU_JOINT_INSPECTION), this.calendar.today());
		year(office("210882"), "大石桥市人大常委会", deputies("210882", 12), DASHIQIAO_NAMED, DASHIQIAO_ACTIVITIES);
		this.topics.follow(office("210804"), deputies("210804", 8));
		this.courts.observe(office("210804"), deputies("210804", 6));
		log.info("Demo oversight: 西市区's issue list, {} + {} activities of {}, 鲅鱼圈区's topics and hearings",
				GAIZHOU_ACTIVITIES, DASHIQIAO_ACTIVITIES, SOURCE_YEAR);
	}

	/**
	 * A division's year of activities: the ones the source names, then others, spread
	 * over the year, each visited and completed.
	 */
	private List<Long> year(CurrentUser office, String organiser, List<Long> deputies, List<String> named, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String title = (i < named.size()) ? named.get(i) : SUBJECTS.get(i % SUBJECTS.size()) + "视察";
			ActivityKind kind = title.contains("执法检查") ? ActivityKind.LAW_ENFORCEMENT
					: title.contains("调研") ? ActivityKind.RESEARCH : ActivityKind.INSPECTION;
			LocalDate on = LocalDate.of(SOURCE_YEAR, 1 + (i * 11 / count), 5 + (i % 3) * 7);
			ids.add(this.held.held(office, kind, title, organiser, on, on.plusDays(1),
					DemoActivities.three(deputies, i), SiteKind.OTHER, "听取汇报并实地察看", "形成视察报告，提出意见建议"));
		}
		return ids;
	}

	private CurrentUser office(String division) {
		return this.accounts.findByUsername("office-" + division).orElseThrow();
	}

	/** Serving deputies of the division's congress, the first {@code limit}. */
	private List<Long> deputies(String division, int limit) {
		return this.jdbc.sql("""
				select distinct deputy_id from deputy_seat_view where region_code like ? || '%' and ended_on is null
				order by deputy_id limit ?""").params(division, limit).query(Long.class).list();
	}

}
