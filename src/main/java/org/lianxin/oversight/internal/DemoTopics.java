package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * 鲅鱼圈区's topics followed for years: the canteens of its 43 schools, inspected five years
 * running until the government built the "5+5" system; and the elderly-meal canteens, 4
 * canteens and 19 meal points built after the inspection.
 */
@Component
@Profile("demo")
class DemoTopics {

	static final int SCHOOLS = 43;

	static final int YEARS = 5;

	static final int ELDERLY_CANTEENS = 4;

	static final int MEAL_POINTS = 19;

	private static final String ORGANISER = "鲅鱼圈区人大常委会";

	private final OversightTopics topics;

	private final DemoActivities held;

	DemoTopics(OversightTopics topics, DemoActivities held) {
		this.topics = topics;
		this.held = held;
	}

	void follow(CurrentUser office, List<Long> deputies) {
		int last = DemoOversight.SOURCE_YEAR;
		long canteens = this.topics.open(office,
				new NewTopic("全区43所学校食堂管理跟踪监督",
						"连续五年跟踪监督，推动政府建立“5+5”工作体系：透明厨房保障、食安辽宁码全覆盖、健康厨房、营养食谱公示、清风热线监督夯实食品安全基础，" + "食堂零利润、亲友团进校园等提升管理水平。",
						last - YEARS + 1));
		for (int year = last - YEARS + 1; year <= last; year++) {
			LocalDate on = LocalDate.of(year, 5, 12);
			this.topics.follow(office, canteens,
					this.held.held(office, ActivityKind.INSPECTION, year + "年学校食堂食品安全管理视察", ORGANISER, on,
							on.plusDays(2), DemoActivities.three(deputies, year), SiteKind.CANTEEN, "辖区中小学校食堂",
							"实地察看学校食堂，听取教育、市场监管部门汇报，提出改进意见。"));
			this.topics.measure(office, canteens, "跟踪监督的学校食堂", SCHOOLS, "所", on.plusDays(2));
		}
		long elderly = this.topics.open(office, new NewTopic("助老食堂建设", "聚焦“一老一幼”，专题视察助老食堂建设，推动助老食堂、助餐点建成并投入服务。", last));
		LocalDate on = LocalDate.of(last, 6, 16);
		this.topics.follow(office, elderly, this.held.held(office, ActivityKind.INSPECTION, "助老食堂建设专题视察", ORGANISER, on,
				on.plusDays(1), DemoActivities.three(deputies, 1), SiteKind.CANTEEN, "辖区社区助老食堂", "推动加快助老食堂和助餐点建设。"));
		LocalDate counted = LocalDate.of(last, 12, 1);
		this.topics.measure(office, elderly, "建成助老食堂", ELDERLY_CANTEENS, "处", counted);
		this.topics.measure(office, elderly, "建成助餐点", MEAL_POINTS, "处", counted);
	}

}
