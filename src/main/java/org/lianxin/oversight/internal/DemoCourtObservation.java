package org.lianxin.oversight.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 鲅鱼圈区's court-hearing observation this year, 30 attendances in all, each hearing in the
 * three steps of its method: the briefing beforehand (提前了解), the hearing with its
 * mediation (合力调解), the discussion with its opinions to the court (座谈评议). The model lists
 * a hearing only for a day to come and records it held only on or after its day, so the
 * demo's hearings are today's.
 */
@Component
@Profile("demo")
class DemoCourtObservation {

	static final int ATTENDANCES = 30;

	private static final List<String> CASES = List.of("买卖合同纠纷案", "民间借贷纠纷案", "物业服务合同纠纷案", "劳动争议案", "机动车交通事故责任纠纷案");

	private final CourtHearings hearings;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	DemoCourtObservation(CourtHearings hearings, WorkdayCalendar calendar, JdbcClient jdbc) {
		this.hearings = hearings;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	void observe(CurrentUser office, List<Long> deputies) {
		long court = this.jdbc.sql("select id from agency_view where code = '210804-FY'").query(Long.class).single();
		int perHearing = deputies.size();
		for (int i = 0; i < ATTENDANCES / perHearing; i++) {
			long hearing = this.hearings.schedule(office,
					new NewHearing(court, CASES.get(i % CASES.size()), CaseKind.CIVIL, this.calendar.today(),
							"鲅鱼圈区人民法院第" + (i + 1) + "审判庭", perHearing, "庭前向代表介绍案情和争议焦点（提前了解）"));
			deputies.forEach(deputy -> this.hearings.signUp(office, hearing, deputy));
			this.hearings.held(office, hearing, deputies);
			if (i == 0) {
				Map<EvaluationItem, CourtHearing.Rating> form = new EnumMap<>(EvaluationItem.class);
				for (EvaluationItem item : EvaluationItem.values()) {
					form.put(item, new CourtHearing.Rating(5, null));
				}
				this.hearings.evaluate(office, hearing, deputies.get(0), form);
				this.hearings.discuss(office, hearing, "庭后座谈：代表认为庭审程序规范，调解工作耐心细致（合力调解）",
						List.of("建议进一步加强庭前调解与诉源治理的衔接"));
			}
		}
	}

}
