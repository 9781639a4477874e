package org.lianxin.station;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.lianxin.station.internal.ReceptionLedger;
import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Submission;
import org.lianxin.platform.web.RuleViolationException;

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

@LianxinTest
class ReceptionLedgerTests {

	@Autowired
	ReceptionLedger ledger;

	@Autowired
	VenueRegistry venues;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OpinionIntake intake;

	@Autowired
	MockMvc mvc;

	@Test
	void a_session_counts_its_people_its_deputies_and_the_cases_filed_there_and_each_deputy_gets_one_duty_record()
			throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long venue = this.venues.createAsSystemIfAbsent(new VenueInput(VenueKind.LIAISON_STATION, "台账测试联络站", null,
				"210802001", "站前区某社区", new BigDecimal("40.66"), new BigDecimal("122.23"), null, null, true, null));
		long deputy = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		this.venues.stationAsSystem(venue, deputy, StationedRole.MEMBER);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		this.intake.submit(
				new Submission(IntakeChannel.QR_CODE, "URBAN_CONSTRUCTION", "210802001", null, venue, "台账：接待日群众扫码反映",
						null, null, null, null, "13904170077", null, false, false, List.of(), null, null, null, null));

		this.mvc
			.perform(post("/venues/{id}/receptions", venue).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("heldOn", today.toString())
				.param("peopleReceived", "12")
				.param("deputyIds", String.valueOf(deputy)))
			.andExpect(flash().attribute("notice", "reception.saved"));
		// corrected the same day: one session, one duty record
		long session = this.ledger.record(office, venue, today, 15, List.of(deputy), "下午加开一场");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from duty_record where source_ref = ?")
				.param("reception:" + session + ":" + deputy)
				.query(Long.class)
				.single() == 1);

		ReceptionLedger.VenueCount count = this.ledger.counts(office, "210802001", today, today)
			.stream()
			.filter(c -> c.venueId() == venue)
			.findFirst()
			.orElseThrow();
		assertThat(count.sessions()).isEqualTo(1);
		assertThat(count.people()).isEqualTo(15);
		assertThat(count.deputyVisits()).isEqualTo(1);
		assertThat(count.opinions()).isEqualTo(1);
		this.mvc.perform(get("/venues/{id}", venue).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("下午加开一场")));
		// a correction that takes the deputy off the session takes back their record too
		this.ledger.record(office, venue, today, 15, List.of(), "王秀英当天未到");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from duty_record where source_ref = ?")
				.param("reception:" + session + ":" + deputy)
				.query(Long.class)
				.single() == 0);
		assertThat(this.ledger.attendance(venue, today)).isEmpty();
		this.ledger.record(office, venue, today, 15, List.of(deputy), "王秀英到了");
		this.mvc.perform(get("/venues/ledger").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("台账测试联络站")));
	}

	@Test
	void a_session_in_the_future_or_with_a_deputy_from_elsewhere_is_refused() {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long venue = this.venues.createAsSystemIfAbsent(new VenueInput(VenueKind.LIAISON_STATION, "台账测试联络站二", null,
				"210802001", null, null, null, null, null, true, null));
		long stranger = this.jdbc.sql("select id from deputy where name <> '王秀英' order by id limit 1")
			.query(Long.class)
			.single();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThatThrownBy(() -> this.ledger.record(office, venue, today.plusDays(1), 3, List.of(), null))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("reception.date.invalid");
		assertThatThrownBy(() -> this.ledger.record(office, venue, today, 3, List.of(stranger), null))
			.hasMessage("reception.deputy.not-here");
		assertThat(this.jdbc.sql("select count(*) from reception_session where venue_id = ?")
			.param(venue)
			.query(Long.class)
			.single()).isZero();
	}

}
