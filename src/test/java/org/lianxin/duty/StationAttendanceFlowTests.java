package org.lianxin.duty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.duty.internal.RecordState;
import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.station.ReceptionHeld;
import org.lianxin.station.StationActivityHeld;
import org.lianxin.station.StationActivityKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flows from the station module to the duty module: a reception session
 * ({@code ReceptionHeld}) or another station activity ({@code StationActivityHeld}) gives
 * each deputy who came one duty record (联系选民), and a correction that takes a deputy off
 * takes back theirs. The events are published as the station module publishes them (they
 * are its API); the duty module does not look the session up, so the session and venue
 * ids here need not exist. Why the whole application and not
 * {@code @ApplicationModuleTest}: see {@link CollectedOpinionFlowTests}.
 */
@LianxinTest
@EnableScenarios
class StationAttendanceFlowTests {

	private static final String VENUE = "场景测试联络站";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	EventMadeRecords records;

	ListenerRuns runs;

	long wang;

	long zhang;

	@BeforeEach
	void deputies() {
		this.records = new EventMadeRecords(this.jdbc);
		this.runs = new ListenerRuns(this.jdbc);
		this.wang = deputyNamed("王秀英");
		this.zhang = deputyNamed("张国庆");
	}

	@Test
	void each_deputy_who_came_to_a_reception_gets_one_record_however_often_it_is_delivered(Scenario scenario) {
		long session = 7_100_001;
		LocalDate day = LocalDate.now(this.clock).minusDays(3);
		ReceptionHeld held = new ReceptionHeld(session, 7_100_000, VENUE, day, List.of(this.wang, this.zhang),
				List.of());
		String title = "在" + VENUE + "接待群众";

		scenario.publish(held)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.records.from("reception:" + session + ":" + this.zhang))
			.andVerify(rows -> {
				assertThat(this.records.from("reception:" + session + ":" + this.wang))
					.containsExactly(new EventMadeRecords.Row(this.wang, "CONTACTING_VOTERS", day, VENUE, title,
							RecordState.SUBMITTED));
				assertThat(rows).containsExactly(new EventMadeRecords.Row(this.zhang, "CONTACTING_VOTERS", day, VENUE,
						title, RecordState.SUBMITTED));
			});

		scenario.publish(held)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.runs.completed("ReceptionsAsDutyRecords", "sessionId", session),
					runs -> runs >= 2)
			.andVerify(runs -> {
				assertThat(this.records.titled(this.wang, day, title)).isOne();
				assertThat(this.records.titled(this.zhang, day, title)).isOne();
			});
	}

	@Test
	void a_correction_that_takes_a_deputy_off_a_reception_takes_back_their_record_only(Scenario scenario) {
		long session = 7_100_002;
		LocalDate day = LocalDate.now(this.clock).minusDays(2);
		scenario.publish(new ReceptionHeld(session, 7_100_000, VENUE, day, List.of(this.wang, this.zhang), List.of()))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.records.from("reception:" + session + ":" + this.zhang))
			.andVerify(rows -> assertThat(this.records.from("reception:" + session + ":" + this.wang)).hasSize(1));

		scenario.publish(new ReceptionHeld(session, 7_100_000, VENUE, day, List.of(this.wang), List.of(this.zhang)))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.records.from("reception:" + session + ":" + this.zhang), List::isEmpty)
			.andVerify(rows -> assertThat(this.records.from("reception:" + session + ":" + this.wang)).hasSize(1));
	}

	@Test
	void a_village_visit_gives_each_deputy_a_record_named_after_the_village_however_often_it_is_delivered(
			Scenario scenario) {
		long activity = 7_100_003;
		LocalDate day = LocalDate.now(this.clock).minusDays(1);
		StationActivityHeld held = new StationActivityHeld(activity, 7_100_000, VENUE,
				StationActivityKind.VILLAGE_VISIT, day, "八田地街道场景村", List.of(this.wang, this.zhang), List.of());
		String title = VENUE + "走访村居（八田地街道场景村）";

		scenario.publish(held)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.records.from("station-activity:" + activity + ":" + this.zhang))
			.andVerify(rows -> {
				assertThat(rows).containsExactly(new EventMadeRecords.Row(this.zhang, "CONTACTING_VOTERS", day,
						"八田地街道场景村", title, RecordState.SUBMITTED));
				assertThat(this.records.from("station-activity:" + activity + ":" + this.wang)).hasSize(1);
			});

		scenario.publish(held)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.runs.completed("ReceptionsAsDutyRecords", "activityId", activity),
					runs -> runs >= 2)
			.andVerify(runs -> {
				assertThat(this.records.titled(this.wang, day, title)).isOne();
				assertThat(this.records.titled(this.zhang, day, title)).isOne();
			});
	}

	@Test
	void a_legal_consultation_gives_the_deputy_a_record_named_after_where_it_was_held(Scenario scenario) {
		long activity = 7_100_004;
		LocalDate day = LocalDate.now(this.clock);
		scenario
			.publish(new StationActivityHeld(activity, 7_100_000, VENUE, StationActivityKind.LEGAL_CONSULTATION, day,
					null, List.of(this.wang), List.of()))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.records.from("station-activity:" + activity + ":" + this.wang))
			.andVerify(rows -> assertThat(rows).containsExactly(new EventMadeRecords.Row(this.wang, "CONTACTING_VOTERS",
					day, VENUE, "在" + VENUE + "开展法律咨询", RecordState.SUBMITTED)));
	}

	private long deputyNamed(String name) {
		return this.jdbc.sql("select id from deputy_view where name = ?").param(name).query(Long.class).single();
	}

}
