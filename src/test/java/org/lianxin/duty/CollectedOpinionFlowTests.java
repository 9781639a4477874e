package org.lianxin.duty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.duty.internal.RecordState;
import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionReceived;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flow from the opinion module to the duty module: a case a deputy collected and
 * recorded ({@code OpinionReceived}, recorded by the deputy's own account) is a duty done
 * (联系选民), kept once however often the event is delivered.
 * <p>
 * Run on the whole application (the context every {@link LianxinTest} shares, with
 * {@link EnableScenarios}) rather than under {@code @ApplicationModuleTest}. A module
 * test of duty with all its dependencies does boot (tried: 12 s), but as a context of its
 * own, so each module tested this way would add another start, and without the demo
 * module (no module depends on it) its database holds no deputies, seats, accounts or
 * categories: each test would have to build them through four other modules' APIs. The
 * flow under test, an event crossing a module line to a listener, is the same either way.
 */
@LianxinTest
@EnableScenarios
class CollectedOpinionFlowTests {

	private static final String REGION = "210802001";

	@Autowired
	OpinionIntake intake;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyAccounts deputyAccounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	EventMadeRecords records;

	ListenerRuns runs;

	@BeforeEach
	void readers() {
		this.records = new EventMadeRecords(this.jdbc);
		this.runs = new ListenerRuns(this.jdbc);
	}

	@Test
	void a_case_a_deputy_recorded_becomes_one_submitted_contact_record_of_theirs_on_the_day_collected(
			Scenario scenario) {
		CurrentUser deputyUser = Staff.load(this.accounts, "deputy-demo");
		long wang = this.deputyAccounts.deputyOf(deputyUser.id()).orElseThrow();
		LocalDate collected = LocalDate.now(this.clock).minusDays(2);
		AtomicReference<Receipt> receipt = new AtomicReference<>();

		scenario.stimulate(() -> receipt.set(this.intake.record(deputyUser, collectedBy("场景：走访中群众反映路灯不亮", collected))))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.records.from("opinion:" + receipt.get().id()))
			.andVerify(rows -> assertThat(rows).containsExactly(new EventMadeRecords.Row(wang, "CONTACTING_VOTERS",
					collected, null, "收集群众意见（查询码 " + receipt.get().trackingCode() + "）", RecordState.SUBMITTED)));
	}

	@Test
	void the_same_case_delivered_again_leaves_the_deputy_one_record(Scenario scenario) {
		CurrentUser deputyUser = Staff.load(this.accounts, "deputy-demo");
		long wang = this.deputyAccounts.deputyOf(deputyUser.id()).orElseThrow();
		LocalDate collected = LocalDate.now(this.clock).minusDays(1);
		Receipt receipt = this.intake.record(deputyUser, collectedBy("场景：重投的意见", collected));
		String title = "收集群众意见（查询码 " + receipt.trackingCode() + "）";
		OpinionReceived again = new OpinionReceived(receipt.id(), receipt.trackingCode(), REGION, IntakeChannel.DEPUTY,
				deputyUser.id(), collected);

		scenario.publish(again)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.runs.completed("OpinionsAsDutyRecords", "opinionId", receipt.id()),
					runs -> runs >= 2)
			.andVerify(runs -> {
				assertThat(this.records.titled(wang, collected, title)).isOne();
				assertThat(this.records.from("opinion:" + receipt.id())).hasSize(1);
			});
	}

	@Test
	void a_case_no_deputy_collected_makes_no_duty_record(Scenario scenario) {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		AtomicReference<Receipt> citizens = new AtomicReference<>();
		AtomicReference<Receipt> hotline = new AtomicReference<>();

		scenario.stimulate(() -> {
			citizens.set(this.intake.submit(submission(IntakeChannel.WEB, "场景：群众自己提交的意见", null)));
			hotline.set(this.intake.record(office,
					submission(IntakeChannel.HOTLINE, "场景：热线电话记录的意见", LocalDate.now(this.clock))));
		})
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(
					() -> this.runs.completed("OpinionsAsDutyRecords", "opinionId", citizens.get().id())
							+ this.runs.completed("OpinionsAsDutyRecords", "opinionId", hotline.get().id()),
					runs -> runs == 2)
			.andVerify(runs -> {
				for (Receipt receipt : List.of(citizens.get(), hotline.get())) {
					assertThat(this.records.from("opinion:" + receipt.id())).isEmpty();
					assertThat(this.jdbc.sql("select count(*) from duty_record where title like ?")
						.param("%" + receipt.trackingCode() + "%")
						.query(Long.class)
						.single()).isZero();
				}
			});
	}

	private static Submission collectedBy(String description, LocalDate collectedOn) {
		return submission(IntakeChannel.DEPUTY, description, collectedOn);
	}

	private static Submission submission(IntakeChannel channel, String description, LocalDate collectedOn) {
		return new Submission(channel, "TRAFFIC", REGION, null, null, description, null, null, null, "赵女士",
				"13804170031", null, false, false, List.of(), null, collectedOn, null, null);
	}

}
