package org.lianxin.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.InspectionMethod;
import org.lianxin.oversight.internal.NewActivity;
import org.lianxin.oversight.internal.NewTopic;
import org.lianxin.oversight.internal.NewVisit;
import org.lianxin.oversight.internal.OversightActivities;
import org.lianxin.oversight.internal.OversightTopics;
import org.lianxin.oversight.internal.ParticipantRole;
import org.lianxin.oversight.internal.SiteKind;
import org.lianxin.oversight.internal.TopicQueries;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A topic followed for years, as 鲅鱼圈区 followed its schools' canteens five years running:
 * each year's inspection follows the topic, its measures of progress are counted, and the
 * whole is one page and one API answer; what breaks a rule changes nothing.
 */
@LianxinTest
class OversightTopicTests {

	static final String OFFICE = "office-210804";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	OversightActivities activities;

	@Autowired
	OversightTopics topics;

	@Autowired
	TopicQueries queries;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	CurrentUser office;

	LocalDate today;

	@BeforeEach
	void division() {
		this.office = Staff.load(this.accounts, OFFICE);
		this.today = this.calendar.today();
	}

	long inspection(CurrentUser by, String region, LocalDate on) {
		long deputy = this.jdbc.sql("""
				select min(deputy_id) from deputy_seat_view where region_code like ? and ended_on is null""")
			.param(region + "%")
			.query(Long.class)
			.single();
		long id = this.activities.plan(by,
				new NewActivity(ActivityKind.INSPECTION, on.getYear() + "年校园食堂食品安全视察", "区人大常委会", null, null, on,
						on.plusDays(2), null, Set.of(InspectionMethod.SURPRISE),
						List.of(new NewActivity.Participant(ParticipantRole.DEPUTY, deputy, null))));
		this.activities.visit(by, id, new NewVisit(on, "某小学食堂", SiteKind.CANTEEN, true, null));
		this.activities.complete(by, id, "食堂管理总体规范");
		return id;
	}

	long history(long topic) {
		return this.jdbc.sql("select count(*) from oversight_topic_history where topic_id = ?")
			.param(topic)
			.query(Long.class)
			.single();
	}

	MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user)).with(csrf());
	}

	@Test
	void five_years_of_inspections_and_the_measures_of_progress_read_as_one_page() throws Exception {
		long topic = this.topics.open(this.office,
				new NewTopic("全区43所学校食堂管理跟踪监督", "推动建立“5+5”工作体系", this.today.getYear() - 4));
		for (int year = 4; year >= 0; year--) {
			this.topics.follow(this.office, topic,
					inspection(this.office, "210804", LocalDate.of(this.today.getYear() - year, 5, 10)));
		}
		this.topics.measure(this.office, topic, "助老食堂", 2, "处", this.today.minusYears(1));
		this.topics.measure(this.office, topic, "助老食堂", 4, "处", this.today);
		this.topics.measure(this.office, topic, "助餐点", 19, "处", this.today);

		TopicQueries.TopicPage page = this.queries.page(this.office, topic).orElseThrow();
		assertThat(page.row().yearsFollowed()).isEqualTo(5);
		assertThat(page.years()).extracting(TopicQueries.TopicYear::year)
			.containsExactly(this.today.getYear(), this.today.getYear() - 1, this.today.getYear() - 2,
					this.today.getYear() - 3, this.today.getYear() - 4);
		assertThat(page.latest()).extracting(TopicQueries.MeasureRow::value).containsExactly(4, 19);
		assertThat(page.measures()).hasSize(3);
		this.mvc.perform(get("/oversight/topics/{id}", topic).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已连续5年开展监督活动5次")))
			.andExpect(content().string(containsString("4 处")))
			.andExpect(content().string(containsString("19 处")));
		this.mvc.perform(get("/api/v1/oversight/topics/{id}", topic).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(jsonPath("$.topic.years.length()").value(5))
			.andExpect(jsonPath("$.topic.row.yearsFollowed").value(5))
			.andExpect(jsonPath("$.history.length()").value(9));
		assertThat(this.jdbc
			.sql("""
					select count(*) from oversight_topic_history_chain_view where chain_key = ? and computed_hash <> row_hash""")
			.param(String.valueOf(topic))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void another_divisions_activity_a_second_follow_or_a_bad_measure_is_refused_and_changes_nothing() throws Exception {
		long topic = this.topics.open(this.office, new NewTopic("助老食堂建设运营", null, this.today.getYear()));
		long ours = inspection(this.office, "210804", this.today);
		this.topics.follow(this.office, topic, ours);
		long written = history(topic);
		long theirs = inspection(Staff.load(this.accounts, "office-210881"), "210881", this.today);

		assertThatThrownBy(() -> this.topics.follow(this.office, topic, ours))
			.isInstanceOf(RuleViolationException.class);
		// another division's activity is not even found from here
		assertThatThrownBy(() -> this.topics.follow(this.office, topic, theirs))
			.isInstanceOf(org.lianxin.platform.web.NotFoundException.class);
		this.mvc
			.perform(as(OFFICE, post("/oversight/topics/{id}/measures", topic)).param("name", "助餐点")
				.param("value", "-1")
				.param("unit", "")
				.param("measuredOn", this.today.plusDays(1).toString()))
			.andExpect(flash().attribute("problem", containsString("请填写单位")));
		assertThatThrownBy(() -> this.topics.measure(this.office, topic, "助餐点", -1, "处", this.today.plusDays(1)))
			.isInstanceOf(RuleViolationException.class);
		this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/topics")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"\",\"sinceYear\":1990}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("专题名称")));
		assertThat(history(topic)).isEqualTo(written);
		assertThat(this.queries.page(this.office, topic).orElseThrow().measures()).isEmpty();
		this.mvc.perform(get("/oversight/topics/{id}", topic).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_topics_page_shows_fifty_at_a_time_with_links_to_the_next_and_the_previous_page() throws Exception {
		for (int i = this.queries.topics(this.office, 0, 1000).size(); i < 51; i++) {
			this.topics.open(this.office, new NewTopic("分页专题 " + i, "", this.today.getYear()));
		}
		String first = this.mvc.perform(get("/oversight/topics").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first.split("<tr data-id=", -1)).hasSize(51);
		assertThat(first).contains("href=\"/oversight/topics?page=1\" rel=\"next\"").doesNotContain("rel=\"prev\"");
		this.mvc.perform(get("/oversight/topics").param("page", "1").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/oversight/topics\" rel=\"prev\"")));
	}

}
