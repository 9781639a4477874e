package org.lianxin.duty;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.duty.internal.VoterReports;

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
class VoterReportTests {

	@Autowired
	VoterReports reports;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void an_office_schedules_a_report_ahead_and_the_meeting_held_gives_the_deputy_one_duty_record() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long deputy = deputyNamed("王秀英");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		VoterReports.RegionCount before = countOf(office, today);

		this.mvc
			.perform(post("/duty/voter-reports").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("deputyId", String.valueOf(deputy))
				.param("scheduledOn", today.plusDays(7).toString())
				.param("place", "八田地街道某社区会议室"))
			.andExpect(flash().attribute("notice", "voter-report.scheduled"));
		VoterReports.VoterReport report = this.reports.forDeputy(deputy).get(0);
		// the district of the deputy's seat, since the office named none
		assertThat(report.electoralDistrict()).isEqualTo("八田地街道第一选区");
		assertThat(report.held()).isFalse();

		this.mvc
			.perform(post("/duty/voter-reports/{id}/held", report.id()).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("heldOn", today.toString())
				.param("votersAttending", "40")
				.param("satisfied", "30")
				.param("basicallySatisfied", "8")
				.param("unsatisfied", "2")
				.param("notes", "选民提问三个"))
			.andExpect(flash().attribute("notice", "voter-report.held.saved"));
		// corrected the same day: still one duty record
		this.reports.recordHeld(office, report.id(), new VoterReports.Meeting(today, 45, 33, 9, 2, "补登五名选民"));
		assertThat(this.jdbc.sql("""
				select t.code from duty_record r join duty_record_type t on t.id = r.type_id
				join duty_record_deputy x on x.record_id = r.id where r.source_ref = ? and x.deputy_id = ?""")
			.params("voter-report:" + report.id(), deputy)
			.query(String.class)
			.list()).containsExactly("REPORTING_TO_VOTERS");
		// corrected to the day before: the record moves with it
		this.reports.recordHeld(office, report.id(),
				new VoterReports.Meeting(today.minusDays(1), 45, 33, 9, 2, "补登五名选民"));
		assertThat(this.jdbc.sql("select occurred_on from duty_record where source_ref = ?")
			.param("voter-report:" + report.id())
			.query(java.time.LocalDate.class)
			.single()).isEqualTo(today.minusDays(1));
		this.reports.recordHeld(office, report.id(), new VoterReports.Meeting(today, 45, 33, 9, 2, "补登五名选民"));

		VoterReports.RegionCount after = countOf(office, today);
		assertThat(after.scheduled() - before.scheduled()).isZero();
		assertThat(after.held() - before.held()).isEqualTo(1);
		assertThat(after.voters() - before.voters()).isEqualTo(45);
		assertThat(after.satisfied() - before.satisfied()).isEqualTo(33);
		assertThat(after.basicallySatisfied() - before.basicallySatisfied()).isEqualTo(9);
		assertThat(after.unsatisfied() - before.unsatisfied()).isEqualTo(2);
		this.mvc.perform(get("/duty/voter-reports").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("八田地街道某社区会议室")));
		this.mvc.perform(get("/duty/voter-reports/{id}", report.id()).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("补登五名选民")));
	}

	@Test
	void a_report_not_yet_held_moves_or_is_cancelled_and_a_held_one_stays() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long deputy = deputyNamed("张国庆");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long id = this.reports.schedule(office, deputy, "跃进街道第三选区", today.plusDays(10), "跃进街道文化站");
		this.mvc
			.perform(post("/duty/voter-reports/{id}/reschedule", id).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("scheduledOn", today.plusDays(17).toString())
				.param("place", "跃进街道社区服务中心"))
			.andExpect(flash().attribute("notice", "voter-report.rescheduled"));
		VoterReports.VoterReport moved = this.reports.find(office, id).orElseThrow();
		assertThat(moved.scheduledOn()).isEqualTo(today.plusDays(17));
		assertThat(moved.place()).isEqualTo("跃进街道社区服务中心");
		this.mvc
			.perform(post("/duty/voter-reports/{id}/cancel", id).with(Staff.as(this.accounts, "office-210804"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/duty/voter-reports/{id}/cancel", id).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "voter-report.cancelled"));
		assertThat(this.reports.find(office, id)).isEmpty();

		long held = this.reports.schedule(office, deputy, "跃进街道第三选区", today, "跃进街道文化站");
		this.reports.recordHeld(office, held, new VoterReports.Meeting(today, 20, 15, 5, 0, null));
		this.mvc
			.perform(post("/duty/voter-reports/{id}/cancel", held).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", "述职会议已召开，不能再改期或取消"));
		assertThat(this.reports.find(office, held)).isPresent();
	}

	@Test
	void a_meeting_not_yet_held_or_with_more_votes_than_voters_is_refused_and_nothing_is_written() {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long deputy = deputyNamed("张国庆");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long id = this.reports.schedule(office, deputy, "跃进街道第二选区（补选）", today, "跃进街道某社区");

		assertThatThrownBy(() -> this.reports.recordHeld(office, id,
				new VoterReports.Meeting(today.plusDays(1), 10, 5, 0, 0, null)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("voter-report.held-on.invalid");
		assertThatThrownBy(
				() -> this.reports.recordHeld(office, id, new VoterReports.Meeting(today, 10, 8, 2, 1, null)))
			.hasMessage("voter-report.evaluation.too-many");
		assertThatThrownBy(
				() -> this.reports.recordHeld(office, id, new VoterReports.Meeting(today, 10, -1, 0, 0, null)))
			.hasMessage("voter-report.evaluation.negative");
		assertThatThrownBy(
				() -> this.reports.recordHeld(office, id, new VoterReports.Meeting(today, -1, 0, 0, 0, null)))
			.hasMessage("voter-report.voters.invalid");
		assertThat(this.reports.find(office, id).orElseThrow().held()).isFalse();
		assertThat(this.jdbc.sql("select count(*) from duty_record where source_ref = ?")
			.param("voter-report:" + id)
			.query(Long.class)
			.single()).isZero();

		assertThatThrownBy(() -> this.reports.schedule(office, deputy, "", null, "某地"))
			.hasMessage("voter-report.scheduled-on.required");
		assertThatThrownBy(() -> this.reports.schedule(office, deputy, "", today, " "))
			.hasMessage("voter-report.place.invalid");
		assertThatThrownBy(() -> this.reports.schedule(office, deputy, "", LocalDate.of(2020, 1, 6), "某地"))
			.hasMessage("duty.deputy.not-serving");
	}

	@Test
	void an_office_of_another_district_neither_sees_nor_records_nor_schedules_the_report() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		CurrentUser elsewhere = Staff.load(this.accounts, "office-210804");
		long deputy = deputyNamed("王秀英");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long id = this.reports.schedule(office, deputy, null, today, "站前区人大代表之家");

		assertThat(this.reports.find(elsewhere, id)).isEmpty();
		assertThat(this.reports.list(elsewhere, null, today, today)).extracting(VoterReports.VoterReport::id)
			.doesNotContain(id);
		assertThatThrownBy(
				() -> this.reports.recordHeld(elsewhere, id, new VoterReports.Meeting(today, 10, 5, 0, 0, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reports.schedule(elsewhere, deputy, null, today, "鲅鱼圈"))
			.hasMessage("duty.deputy.outside-scope");
		this.mvc.perform(get("/duty/voter-reports/{id}", id).with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/duty/voter-reports").with(Staff.as(this.accounts, "agency-210802")))
			.andExpect(status().isForbidden());
		assertThat(this.reports.find(office, id).orElseThrow().held()).isFalse();
	}

	private VoterReports.RegionCount countOf(CurrentUser user, LocalDate today) {
		return this.reports.counts(user, "210802", today.minusDays(1), today.plusDays(1))
			.stream()
			.filter(c -> c.regionCode().equals("210802"))
			.findFirst()
			.orElse(new VoterReports.RegionCount("210802", "", 0, 0, 0, 0, 0, 0));
	}

	private long deputyNamed(String name) {
		return this.jdbc.sql("select id from deputy where name = ?").param(name).query(Long.class).single();
	}

}
