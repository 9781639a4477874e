package org.lianxin.project;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's supervision of projects (issue 14 item 3): 盖州市's lagging projects each get a
 * site visit of their group with questions asked on site and a 督办, most answered, one
 * left for the watch to escalate; 老边区's three projects get the July meeting's visit.
 */
@LianxinTest
class DemoSiteVisitsTests {

	@Autowired
	Supervision supervision;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void gaizhous_lagging_projects_are_visited_and_followed_by_a_duban_one_of_which_the_watch_escalates() {
		List<Long> visited = this.jdbc.sql("""
				select distinct p.id from project p join project_visit v on v.project_id = p.id
				where p.region_code = '210881' order by p.id""").query(Long.class).list();
		assertThat(visited).hasSizeGreaterThanOrEqualTo(4);
		assertThat(this.jdbc.sql("""
				select count(*) from project_visit v where v.project_id in (:ids)
				  and (select count(*) from project_visit_question q where q.visit_id = v.id) = 2
				  and (select count(*) from project_visit_deputy d where d.visit_id = v.id) = 3""")
			.param("ids", visited)
			.query(Long.class)
			.single()).isEqualTo(visited.size());
		List<String> states = this.jdbc.sql("select state from project_duban where project_id in (:ids) order by id")
			.param("ids", visited)
			.query(String.class)
			.list();
		assertThat(states).hasSize(visited.size());
		assertThat(states.subList(0, states.size() - 2)).containsOnly("ANSWERED");
		assertThat(states.subList(states.size() - 2, states.size())).containsOnly("ISSUED");

		LocalDate today = this.calendar.today();
		this.supervision.run(today, "PROJECT_DUBAN");
		List<Open> open = this.jdbc
			.sql("select due_on, level from project_duban where project_id in (:ids) and state = 'ISSUED' order by id")
			.param("ids", visited)
			.query(Open.class)
			.list();
		// the one past its deadline is escalated by the watch; the newest is within it
		assertThat(open.get(0).dueOn()).isBefore(today);
		assertThat(open.get(0).level()).isPositive();
		assertThat(open.get(1).dueOn()).isAfter(today);
	}

	record Open(LocalDate dueOn, int level) {
	}

	@Test
	void laobians_three_projects_are_visited_at_the_july_progress_meeting() {
		assertThat(this.jdbc.sql("""
				select count(distinct p.id) from project p join project_visit v on v.project_id = p.id
				where p.region_code = '210811' and p.year = 2025 and v.visited_on = ?""")
			.param(LocalDate.of(2025, 7, 10))
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
