package org.lianxin.station;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.lianxin.station.internal.StationActivities;
import org.lianxin.station.internal.ReceptionLedger;
import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.NotFoundException;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class StationActivityTests {

	@Autowired
	StationActivities activities;

	@Autowired
	ReceptionLedger ledger;

	@Autowired
	VenueRegistry venues;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void visits_and_consultations_count_on_the_ledger_and_each_deputy_who_took_part_gets_one_duty_record()
			throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long venue = venue("活动测试联络站", "210802001");
		long wang = deputyNamed("王秀英");
		long zhang = deputyNamed("张国庆");
		this.venues.stationAsSystem(venue, wang, StationedRole.MEMBER);
		this.venues.stationAsSystem(venue, zhang, StationedRole.MEMBER);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

		this.mvc
			.perform(post("/venues/{id}/activities", venue).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("kind", "VILLAGE_VISIT")
				.param("heldOn", today.toString())
				.param("place", "八田地街道某村")
				.param("peopleServed", "20")
				.param("deputyIds", String.valueOf(wang), String.valueOf(zhang)))
			.andExpect(flash().attribute("notice", "station-activity.saved"));
		long visit = this.activities.activities(office, venue).get(0).id();
		awaitRecords(visit, wang, 1);
		awaitRecords(visit, zhang, 1);
		assertThat(this.jdbc.sql("select title from duty_record where source_ref = ?")
			.param("station-activity:" + visit + ":" + wang)
			.query(String.class)
			.single()).isEqualTo("活动测试联络站走访村居（八田地街道某村）");

		// a correction takes 张国庆 off: his record goes, 王秀英's stays one
		this.activities.correct(office, visit, new StationActivities.NewActivity(StationActivityKind.VILLAGE_VISIT,
				today, "八田地街道某村", 22, List.of(wang), "张国庆当天未到"));
		awaitRecords(visit, zhang, 0);
		assertThat(this.activities.deputyIds(visit)).containsExactly(wang);
		this.activities.record(office, venue, new StationActivities.NewActivity(StationActivityKind.LEGAL_CONSULTATION,
				today, null, 5, List.of(), "律师坐班"));
		awaitRecords(visit, wang, 1);

		ReceptionLedger.VenueCount count = this.ledger.counts(office, "210802001", today, today)
			.stream()
			.filter(c -> c.venueId() == venue)
			.findFirst()
			.orElseThrow();
		assertThat(count.villageVisits()).isEqualTo(1);
		assertThat(count.legalConsultations()).isEqualTo(1);
		assertThat(count.peopleServed()).isEqualTo(27);
		assertThat(count.sessions()).isZero();
		this.mvc.perform(get("/venues/ledger").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("法律咨询（场）")));
		this.mvc.perform(get("/venues/{id}", venue).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("律师坐班")));
		this.mvc
			.perform(get("/venues/{id}/activities/{a}", venue, visit).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("张国庆当天未到")));
	}

	@Test
	void an_activity_in_the_future_without_a_kind_or_with_a_deputy_from_elsewhere_is_refused_and_nothing_is_written() {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long venue = venue("活动测试联络站二", "210802001");
		long stranger = deputyNamed("徐海波");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThatThrownBy(() -> this.activities.record(office, venue,
				new StationActivities.NewActivity(StationActivityKind.VILLAGE_VISIT, today.plusDays(1), null, 3,
						List.of(), null)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("station-activity.date.invalid");
		assertThatThrownBy(() -> this.activities.record(office, venue,
				new StationActivities.NewActivity(null, today, null, 3, List.of(), null)))
			.hasMessage("station-activity.kind.required");
		assertThatThrownBy(() -> this.activities.record(office, venue, new StationActivities.NewActivity(
				StationActivityKind.LEGAL_CONSULTATION, today, null, -1, List.of(), null)))
			.hasMessage("station-activity.people.invalid");
		assertThatThrownBy(() -> this.activities.record(office, venue, new StationActivities.NewActivity(
				StationActivityKind.LEGAL_CONSULTATION, today, null, 3, List.of(stranger), null)))
			.hasMessage("station-activity.deputy.not-here");
		assertThat(this.jdbc.sql("select count(*) from station_activity where venue_id = ?")
			.param(venue)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_station_records_its_own_activities_but_not_another_districts() throws Exception {
		CurrentUser station = Staff.load(this.accounts, "station-demo");
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		CurrentUser otherOffice = Staff.load(this.accounts, "office-210804");
		long own = venue("海星街道活动测试站", "210804002");
		long elsewhere = venue("站前区活动测试站", "210802001");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		StationActivities.NewActivity consultation = new StationActivities.NewActivity(
				StationActivityKind.LEGAL_CONSULTATION, today, null, 8, List.of(), null);

		this.activities.record(station, own, consultation);
		assertThatThrownBy(() -> this.activities.record(station, elsewhere, consultation))
			.isInstanceOf(NotFoundException.class);
		long theirs = this.activities.record(office, elsewhere, consultation);
		assertThatThrownBy(() -> this.activities.correct(otherOffice, theirs, consultation))
			.isInstanceOf(NotFoundException.class);
		this.mvc
			.perform(post("/venues/{id}/activities", elsewhere).with(Staff.as(this.accounts, "agency-210802"))
				.with(csrf())
				.param("kind", "LEGAL_CONSULTATION")
				.param("heldOn", today.toString())
				.param("peopleServed", "1"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from station_activity where venue_id = ?")
			.param(elsewhere)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long venue(String name, String region) {
		return this.venues.createAsSystemIfAbsent(new VenueInput(VenueKind.LIAISON_STATION, name, null, region, null,
				null, null, null, null, true, null));
	}

	private void awaitRecords(long activity, long deputy, long expected) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from duty_record where source_ref = ?")
				.param("station-activity:" + activity + ":" + deputy)
				.query(Long.class)
				.single() == expected);
	}

	private long deputyNamed(String name) {
		return this.jdbc.sql("select id from deputy where name = ?").param(name).query(Long.class).single();
	}

}
