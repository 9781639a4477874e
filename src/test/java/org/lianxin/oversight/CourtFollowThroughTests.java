package org.lianxin.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.oversight.internal.CaseKind;
import org.lianxin.oversight.internal.CourtHearings;
import org.lianxin.oversight.internal.HearingSignUps;
import org.lianxin.oversight.internal.NewHearing;
import org.lianxin.oversight.internal.SeatState;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Court observation followed through: deputies sign themselves up for a hearing listed in
 * their region (within the seats, then a waiting list) and withdraw; the court's replies
 * to the discussion's opinions have a deadline the supervision watch follows until given.
 */
@LianxinTest
class CourtFollowThroughTests {

	static final String OFFICE = "office-210804";

	@Autowired
	CourtHearings hearings;

	@Autowired
	HearingSignUps signUps;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	Supervision supervision;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	CurrentUser office;

	long court;

	LocalDate today;

	@BeforeEach
	void division() {
		this.office = Staff.load(this.accounts, OFFICE);
		this.today = this.calendar.today();
		this.court = this.jdbc.sql("select id from agency_view where code = '210804-FY'").query(Long.class).single();
	}

	long hearing(int seats) {
		return this.hearings.schedule(this.office, new NewHearing(this.court, "某民间借贷纠纷案", CaseKind.CIVIL,
				this.today.plusDays(3), "鲅鱼圈区人民法院第三法庭", seats, "借贷纠纷，双方均有代理人"));
	}

	/** Deputies of the region who sign in with their own accounts. */
	List<CurrentUser> deputiesOf(String region, int count) {
		List<Long> ids = this.jdbc.sql("""
				select distinct deputy_id from deputy_seat_view where region_code like ? and ended_on is null
				  and deputy_id not in (select deputy_id from deputy_account_view)
				order by deputy_id desc limit ?""").params(region + "%", count).query(Long.class).list();
		List<CurrentUser> users = new ArrayList<>();
		for (long deputy : ids) {
			String username = "court-d-" + Long.toString(System.nanoTime(), 36);
			this.accounts.createIfAbsent(new NewStaffUser(username, "代表" + deputy, region, null,
					DataScopeKind.OWN_RECORDS, Set.of("DEPUTY")), Staff.DEMO_PASSWORD, true);
			CurrentUser signedIn = Staff.load(this.accounts, username);
			this.deputyAccounts.link(signedIn.id(), deputy);
			users.add(signedIn);
		}
		return users;
	}

	String placeOf(long hearing, CurrentUser deputy) {
		return this.signUps.openTo(deputy)
			.stream()
			.filter(h -> h.id() == hearing)
			.findFirst()
			.map(h -> String.valueOf(h.mine()))
			.orElse("not listed");
	}

	@Test
	void deputies_sign_themselves_up_within_the_seats_then_wait_and_a_withdrawal_moves_the_first_waiting_up() {
		long hearing = hearing(1);
		List<CurrentUser> deputies = deputiesOf("210804", 3);

		assertThat(this.signUps.signUp(deputies.get(0), hearing)).isEqualTo(SeatState.SIGNED_UP);
		assertThat(this.signUps.signUp(deputies.get(1), hearing)).isEqualTo(SeatState.WAITING);
		assertThatThrownBy(() -> this.signUps.signUp(deputies.get(1), hearing))
			.hasFieldOrPropertyWithValue("messageKey", "court.sign-up.twice");
		assertThat(placeOf(hearing, deputies.get(2))).isEqualTo("null");

		this.signUps.withdraw(deputies.get(0), hearing);
		assertThat(placeOf(hearing, deputies.get(1))).isEqualTo("SIGNED_UP");
		assertThat(placeOf(hearing, deputies.get(0))).isEqualTo("null");
		assertThat(this.jdbc.sql("select count(*) from court_hearing_history where hearing_id = ? and note like ?")
			.params(hearing, "WITHDRAWN%")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void a_hearing_the_city_lists_is_open_to_deputies_of_its_districts_too() {
		long cityCourt = this.jdbc.sql("select id from agency_view where code = '210800-ZY'")
			.query(Long.class)
			.single();
		long hearing = this.hearings.schedule(Staff.load(this.accounts, "admin"), new NewHearing(cityCourt,
				"某建设工程合同纠纷案", CaseKind.CIVIL, this.today.plusDays(4), "营口市中级人民法院第一法庭", 2, null));
		assertThat(placeOf(hearing, deputiesOf("210804", 1).get(0))).isEqualTo("null");
	}

	@Test
	void a_deputy_signs_up_on_the_page_and_through_the_api_and_another_regions_hearing_is_not_theirs()
			throws Exception {
		long hearing = hearing(1);
		List<CurrentUser> deputies = deputiesOf("210804", 2);
		this.mvc.perform(get("/court-observations/sign-up").with(user(deputies.get(0))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("某民间借贷纠纷案")))
			.andExpect(content().string(containsString("余1席（共1席），候补0人")));
		this.mvc.perform(post("/court-observations/sign-up/{id}", hearing).with(user(deputies.get(0))).with(csrf()))
			.andExpect(flash().attribute("notice", "court.sign-up.signed_up"));
		this.mvc
			.perform(post("/api/v1/court-observations/open/{id}/sign-up", hearing).with(user(deputies.get(1)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("WAITING"));
		this.mvc
			.perform(post("/api/v1/court-observations/open/{id}/sign-up", hearing).with(user(deputies.get(1)))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("该代表已报名")));

		CurrentUser elsewhere = deputiesOf("210811", 1).get(0);
		this.mvc
			.perform(post("/api/v1/court-observations/open/{id}/sign-up", hearing).with(user(elsewhere)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(placeOf(hearing, elsewhere)).isEqualTo("not listed");
		this.mvc.perform(get("/court-observations/sign-up").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本账号未关联代表")));
		assertThat(this.jdbc.sql("select count(*) from court_hearing_seat where hearing_id = ?")
			.param(hearing)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	long discussedHearing() {
		long hearing = this.hearings.schedule(this.office,
				new NewHearing(this.court, "某交通事故责任纠纷案", CaseKind.CIVIL, this.today, "第一法庭", 2, null));
		List<Long> deputies = this.jdbc.sql("""
				select distinct deputy_id from deputy_seat_view where region_code like '210804%' and ended_on is null
				order by deputy_id limit 1""").query(Long.class).list();
		this.hearings.signUp(this.office, hearing, deputies.get(0));
		this.hearings.held(this.office, hearing, deputies);
		return hearing;
	}

	@Test
	void a_reply_deadline_in_the_past_is_refused_and_nothing_is_sent() throws Exception {
		long hearing = discussedHearing();
		this.mvc
			.perform(post("/court-observations/{id}/discussion", hearing).param("discussion", "座谈评议")
				.param("opinions", "建议当庭释法")
				.param("replyBy", this.today.minusDays(1).toString())
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("法院答复期限")));
		assertThat(this.jdbc.sql("select state from court_hearing where id = ?")
			.param(hearing)
			.query(String.class)
			.single()).isEqualTo("HELD");
		assertThat(this.jdbc.sql("select count(*) from court_hearing_opinion where hearing_id = ?")
			.param(hearing)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void an_unanswered_opinion_is_reminded_then_supervised_once_and_the_watch_stops_when_the_court_replies() {
		long hearing = discussedHearing();
		LocalDate due = this.calendar.plusWorkingDays(this.today, 5);
		this.hearings.discuss(this.office, hearing, "座谈评议：庭审规范", List.of("建议加强庭前调解", "建议当庭释法"), due);

		this.supervision.run(this.calendar.plusWorkingDays(this.today, 4), "COURT_REPLY");
		this.hearings.reply(this.office, hearing, 1, "已增设庭前调解");
		this.supervision.run(this.calendar.plusWorkingDays(due, 2), "COURT_REPLY");
		this.supervision.run(this.calendar.plusWorkingDays(due, 2), "COURT_REPLY");

		assertThat(this.jdbc.sql("""
				select kind || ':' || level || ':' || agency_id from supervision_notice
				where subject = 'COURT_REPLY' and subject_id = ? order by id""")
			.param(hearing)
			.query(String.class)
			.list()).containsExactly("REMINDER:0:" + this.court, "SUPERVISION:1:" + this.court);
		assertThat(this.jdbc.sql("select count(*) from court_hearing_history where hearing_id = ? and note like ?")
			.params(hearing, "督办法院答复%")
			.query(Long.class)
			.single()).isOne();

		this.hearings.reply(this.office, hearing, 2, "已要求法官当庭释法");
		this.supervision.run(this.calendar.plusWorkingDays(due, 20), "COURT_REPLY");
		assertThat(this.jdbc
			.sql("select count(*) from supervision_notice where subject = 'COURT_REPLY' and subject_id = ?")
			.param(hearing)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
