package org.lianxin.oversight;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.CaseKind;
import org.lianxin.oversight.internal.CourtHearing;
import org.lianxin.oversight.internal.CourtHearings;
import org.lianxin.oversight.internal.CourtQueries;
import org.lianxin.oversight.internal.EvaluationItem;
import org.lianxin.oversight.internal.NewHearing;
import org.lianxin.oversight.internal.SeatState;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

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
 * Court-hearing observation as 鲅鱼圈 runs it: deputies sign up within the seats (the rest
 * wait and move up), those who came each get one duty record, fill the six-item form, and
 * the discussion's opinions are answered by the court; the year's attendances are the
 * seats behind them.
 */
@LianxinTest
@EnableScenarios
class CourtObservationTests {

	static final String OFFICE = "office-210804";

	@Autowired
	CourtHearings hearings;

	@Autowired
	CourtQueries queries;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser office;

	List<Long> deputies;

	long court;

	LocalDate today;

	@BeforeEach
	void division() {
		this.office = Staff.load(this.accounts, OFFICE);
		this.today = this.calendar.today();
		this.deputies = this.jdbc.sql("""
				select distinct deputy_id from deputy_seat_view where region_code like '210804%' and ended_on is null
				order by deputy_id limit 3""").query(Long.class).list();
		this.court = this.jdbc.sql("select id from agency_view where code = '210804-FY'").query(Long.class).single();
	}

	long hearing(int seats) {
		return this.hearings.schedule(this.office,
				new NewHearing(this.court, "某买卖合同纠纷案", CaseKind.CIVIL, this.today, "鲅鱼圈区人民法院第一法庭", seats, "合同纠纷"));
	}

	String seatOf(long hearing, long deputy) {
		return this.jdbc.sql("select state from court_hearing_seat where hearing_id = ? and deputy_id = ?")
			.params(hearing, deputy)
			.query(String.class)
			.single();
	}

	@Test
	void a_sign_up_past_the_seats_waits_and_moves_up_when_a_seat_frees() {
		long hearing = hearing(2);
		assertThat(this.hearings.signUp(this.office, hearing, this.deputies.get(0))).isEqualTo(SeatState.SIGNED_UP);
		assertThat(this.hearings.signUp(this.office, hearing, this.deputies.get(1))).isEqualTo(SeatState.SIGNED_UP);
		assertThat(this.hearings.signUp(this.office, hearing, this.deputies.get(2))).isEqualTo(SeatState.WAITING);
		assertThatThrownBy(() -> this.hearings.signUp(this.office, hearing, this.deputies.get(2)))
			.hasFieldOrPropertyWithValue("messageKey", "court.sign-up.twice");

		this.hearings.withdraw(this.office, hearing, this.deputies.get(0));
		assertThat(seatOf(hearing, this.deputies.get(2))).isEqualTo("SIGNED_UP");
	}

	@Test
	void attendance_past_the_seats_is_refused_and_nothing_changes() {
		long hearing = hearing(1);
		this.hearings.signUp(this.office, hearing, this.deputies.get(0));
		this.hearings.signUp(this.office, hearing, this.deputies.get(1));
		assertThatThrownBy(() -> this.hearings.held(this.office, hearing, this.deputies.subList(0, 2)))
			.hasFieldOrPropertyWithValue("messageKey", "court.attendance.over-seats");
		assertThat(seatOf(hearing, this.deputies.get(1))).isEqualTo("WAITING");
		assertThat(this.jdbc.sql("select state from court_hearing where id = ?")
			.param(hearing)
			.query(String.class)
			.single()).isEqualTo("SCHEDULED");
	}

	@Test
	void each_deputy_who_came_gets_one_court_observation_record_and_counts_as_one_attendance(Scenario scenario) {
		long hearing = hearing(3);
		this.deputies.forEach(deputy -> this.hearings.signUp(this.office, hearing, deputy));
		int year = this.today.getYear();
		long before = attendances(year);

		scenario.stimulate(() -> this.hearings.held(this.office, hearing, this.deputies.subList(0, 2)))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.jdbc.sql("""
					select t.code from duty_record r join duty_record_type t on t.id = r.type_id
					where r.source_ref like ?""").param("court-hearing:" + hearing + ":%").query(String.class).list(),
					rows -> rows.size() == 2)
			.andVerify(rows -> assertThat(rows).containsOnly("COURT_OBSERVATION"));
		assertThat(seatOf(hearing, this.deputies.get(2))).isEqualTo("ABSENT");
		assertThat(attendances(year)).isEqualTo(before + 2);
		assertThat(attendances(year)).isEqualTo(this.jdbc.sql("""
				select count(*) from court_hearing_seat s join court_hearing h on h.id = s.hearing_id
				where s.state = 'ATTENDED' and h.court_id = ? and extract(year from h.held_on) = ?""")
			.params(this.court, year)
			.query(Long.class)
			.single());
	}

	long attendances(int year) {
		return this.queries.countsOf(this.office, year)
			.stream()
			.filter(c -> c.courtId() == this.court)
			.mapToLong(CourtQueries.CourtCount::attendances)
			.sum();
	}

	@Test
	void an_evaluation_form_with_items_missing_names_each_and_keeps_nothing() throws Exception {
		long hearing = hearing(2);
		long deputy = this.deputies.get(0);
		this.hearings.signUp(this.office, hearing, deputy);
		this.hearings.held(this.office, hearing, List.of(deputy));
		Map<EvaluationItem, CourtHearing.Rating> half = new EnumMap<>(EvaluationItem.class);
		half.put(EvaluationItem.ETIQUETTE, new CourtHearing.Rating(5, "着装规范"));
		half.put(EvaluationItem.CONDUCT, new CourtHearing.Rating(4, null));
		assertThatThrownBy(() -> this.hearings.evaluate(this.office, hearing, deputy, half))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.each()).hasSize(4));
		this.mvc
			.perform(post("/court-observations/{id}/evaluations", hearing).param("deputyId", String.valueOf(deputy))
				.param("rating_ETIQUETTE", "5")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("司法作风")));
		assertThat(this.jdbc.sql("select count(*) from court_hearing_evaluation where hearing_id = ?")
			.param(hearing)
			.query(Long.class)
			.single()).isZero();

		Map<EvaluationItem, CourtHearing.Rating> whole = new EnumMap<>(EvaluationItem.class);
		for (EvaluationItem item : EvaluationItem.values()) {
			whole.put(item, new CourtHearing.Rating(4, null));
		}
		this.hearings.evaluate(this.office, hearing, deputy, whole);
		this.hearings.discuss(this.office, hearing, "座谈评议：庭审规范", List.of("建议加强庭前调解", " "));
		this.hearings.reply(this.office, hearing, 1, "已在庭前增设调解环节");
		this.mvc.perform(get("/court-observations/{id}", hearing).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已在庭前增设调解环节")))
			.andExpect(content().string(containsString("座谈评议（已评议）")));
		this.mvc.perform(get("/court-observations/{id}", hearing).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_api_takes_each_step_and_answers_409_for_one_out_of_turn() throws Exception {
		String created = this.mvc
			.perform(post("/api/v1/court-observations").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"courtId":%d,"caseTitle":"某劳动争议案","caseKind":"CIVIL","heldOn":"%s","place":"第二法庭","seats":1}"""
					.formatted(this.court, this.today))
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long hearing = Long.parseLong(created.replaceAll("(?s).*?\\{\"row\":\\{\"id\":(\\d+).*", "$1"));
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/api/v1/court-observations/{id}/sign-ups", hearing)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"deputyId\":" + this.deputies.get(i) + "}")
					.with(Staff.as(this.accounts, OFFICE))
					.with(csrf()))
				.andExpect(jsonPath("$.state").value((i == 0) ? "SIGNED_UP" : "WAITING"));
		}
		this.mvc
			.perform(post("/api/v1/court-observations/{id}/discussion", hearing).contentType(MediaType.APPLICATION_JSON)
				.content("{\"summary\":\"太早了\"}")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/court-observations/{id}/attendance", hearing).contentType(MediaType.APPLICATION_JSON)
				.content("{\"deputyIds\":[" + this.deputies.get(0) + "]}")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hearing.row.state").value("HELD"));
		this.mvc.perform(get("/api/v1/court-observations").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(jsonPath("$.hearings[?(@.id == " + hearing + ")].attended").value(1));
	}

}
