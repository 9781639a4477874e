package org.lianxin.duty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.duty.internal.DutyRecords;
import org.lianxin.duty.internal.Trainings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class TrainingTests {

	// a day no other test trains on, so that the period's totals are this test's alone
	private static final LocalDate TRAINING_DAY = LocalDate.of(2024, 5, 17);

	@Autowired
	Trainings trainings;

	@Autowired
	DutyRecords records;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void each_attending_deputy_gets_one_duty_record_and_a_deputy_taken_off_the_list_loses_the_unverified_one()
			throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long wang = deputyNamed("王秀英");
		long zhang = deputyNamed("张国庆");
		this.mvc
			.perform(post("/duty/trainings").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("title", "代表履职能力专题培训")
				.param("heldOn", TRAINING_DAY.toString())
				.param("hours", "3.5")
				.param("organiser", "站前区人大常委会")
				.param("place", "站前区人大代表之家"))
			.andExpect(flash().attribute("notice", "training.saved"));
		long session = this.trainings.list(office, null, TRAINING_DAY, TRAINING_DAY).get(0).id();

		this.mvc
			.perform(post("/duty/trainings/{id}/attendance", session).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("deputyIds", String.valueOf(wang), String.valueOf(zhang)))
			.andExpect(flash().attribute("notice", "training.attendance.saved"));
		this.trainings.recordAttendance(office, session, List.of(wang, zhang));
		assertThat(recordsOf(session, wang)).isEqualTo(1);
		assertThat(recordsOf(session, zhang)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select t.code from duty_record r join duty_record_type t on t.id = r.type_id"
					+ " where r.source_ref = ?")
			.param(source(session, wang))
			.query(String.class)
			.single()).isEqualTo("TRAINING");

		this.trainings.recordAttendance(office, session, List.of(wang));
		assertThat(recordsOf(session, zhang)).isZero();
		assertThat(this.trainings.attendees(office, session)).extracting(Trainings.Attendee::name)
			.containsExactly("王秀英");
		// once the office has verified a record, a correction leaves it to the office
		long verified = this.jdbc.sql("select id from duty_record where source_ref = ?")
			.param(source(session, wang))
			.query(Long.class)
			.single();
		this.records.verify(office, verified);
		this.trainings.recordAttendance(office, session, List.of());
		assertThat(recordsOf(session, wang)).isEqualTo(1);
		this.trainings.recordAttendance(office, session, List.of(wang, zhang));

		// a title of the longest kind still gives the record (cut to fit), not nothing
		long longTitle = this.trainings.create(office,
				new Trainings.NewSession("长".repeat(100), TRAINING_DAY.minusDays(1), null, null, BigDecimal.ONE));
		this.trainings.recordAttendance(office, longTitle, List.of(wang));
		assertThat(this.jdbc.sql("select length(title) from duty_record where source_ref = ?")
			.param(source(longTitle, wang))
			.query(Integer.class)
			.single()).isEqualTo(100);

		Trainings.Totals totals = this.trainings.totals(office, "210802", TRAINING_DAY, TRAINING_DAY);
		assertThat(totals).isEqualTo(new Trainings.Totals(1, 2, 2, new BigDecimal("7.0")));
		this.mvc
			.perform(get("/duty/trainings").param("from", TRAINING_DAY.toString())
				.param("to", TRAINING_DAY.toString())
				.with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("代表履职能力专题培训")))
			.andExpect(content().string(containsString("代表参训 2 人次（2 人），合计 7 学时")));
		this.mvc.perform(get("/duty/trainings/{id}", session).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("张国庆")));
	}

	@Test
	void bad_sessions_and_attendance_before_the_day_or_outside_the_scope_are_refused_and_nothing_is_written() {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long sessionsBefore = this.jdbc.sql("select count(*) from training_session").query(Long.class).single();
		assertThatThrownBy(
				() -> this.trainings.create(office, new Trainings.NewSession(" ", today, null, null, BigDecimal.ONE)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("training.title.invalid");
		assertThatThrownBy(
				() -> this.trainings.create(office, new Trainings.NewSession("培训", null, null, null, BigDecimal.ONE)))
			.hasMessage("training.held-on.required");
		assertThatThrownBy(
				() -> this.trainings.create(office, new Trainings.NewSession("培训", today, null, null, BigDecimal.ZERO)))
			.hasMessage("training.hours.invalid");
		assertThatThrownBy(() -> this.trainings.create(office,
				new Trainings.NewSession("培训", today, null, null, new BigDecimal("1.25"))))
			.hasMessage("training.hours.invalid");
		assertThat(this.jdbc.sql("select count(*) from training_session").query(Long.class).single())
			.isEqualTo(sessionsBefore);

		// a session may be planned ahead, but nobody has attended it yet
		long planned = this.trainings.create(office,
				new Trainings.NewSession("下月的培训", today.plusDays(30), null, null, BigDecimal.ONE));
		long wang = deputyNamed("王秀英");
		assertThatThrownBy(() -> this.trainings.recordAttendance(office, planned, List.of(wang)))
			.hasMessage("training.attendance.future");
		long held = this.trainings.create(office,
				new Trainings.NewSession("昨天的培训", today.minusDays(1), null, null, BigDecimal.ONE));
		long elsewhere = deputyNamed("徐海波");
		assertThatThrownBy(() -> this.trainings.recordAttendance(office, held, List.of(wang, elsewhere)))
			.hasMessage("duty.deputy.outside-scope");
		assertThat(this.trainings.attendees(office, planned)).isEmpty();
		assertThat(this.trainings.attendees(office, held)).isEmpty();
		assertThat(recordsOf(held, wang)).isZero();
	}

	@Test
	void an_office_of_another_district_neither_sees_nor_corrects_the_session() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		CurrentUser other = Staff.load(this.accounts, "office-210804");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long session = this.trainings.create(office,
				new Trainings.NewSession("站前区代表培训", today, null, null, BigDecimal.ONE));
		long wang = deputyNamed("王秀英");
		this.trainings.recordAttendance(office, session, List.of(wang));

		assertThat(this.trainings.find(other, session)).isEmpty();
		assertThat(this.trainings.list(other, null, today, today)).extracting(Trainings.Session::id)
			.doesNotContain(session);
		assertThatThrownBy(() -> this.trainings.recordAttendance(other, session, List.of()))
			.isInstanceOf(NotFoundException.class);
		this.mvc.perform(get("/duty/trainings/{id}", session).with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/duty/trainings").with(Staff.as(this.accounts, "deputy-demo")))
			.andExpect(status().isForbidden());
		assertThat(recordsOf(session, wang)).isEqualTo(1);
	}

	private long recordsOf(long session, long deputy) {
		return this.jdbc.sql("select count(*) from duty_record where source_ref = ?")
			.param(source(session, deputy))
			.query(Long.class)
			.single();
	}

	private static String source(long session, long deputy) {
		return "training:" + session + ":" + deputy;
	}

	@Test
	void an_attendee_who_has_left_office_stays_on_the_attendance_form() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long former = this.jdbc.sql("insert into deputy (name) values ('已离任的参训代表') returning id")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into deputy_membership (deputy_id, congress_id, region_code, started_on, ended_on, end_reason)
				select ?, congress_id, region_code, date '2021-11-15', date '2024-12-31', '辞职'
				from deputy_membership where deputy_id = ? limit 1""").params(former, deputyNamed("王秀英")).update();
		long session = this.trainings.create(office,
				new Trainings.NewSession("离任前参加的培训", LocalDate.of(2024, 3, 8), null, null, BigDecimal.ONE));
		this.trainings.recordAttendance(office, session, List.of(former));
		this.mvc.perform(get("/duty/trainings/{id}", session).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("value=\"" + former + "\" id=\"attended-" + former + "\" checked")));
	}

	private long deputyNamed(String name) {
		return this.jdbc.sql("select id from deputy where name = ?").param(name).query(Long.class).single();
	}

}
