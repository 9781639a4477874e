package org.lianxin.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.lianxin.LianxinTest;
import org.lianxin.ListenerRuns;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionReceived;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;
import org.lianxin.supervision.NoticeIssued;
import org.lianxin.supervision.NoticeKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flows from the opinion module to the notification module: a case received, a step
 * the citizen is told of, and a reminder to whoever must act each become one message in
 * the outbox (here on the log channel, the one every deployment has), however often the
 * event is delivered. Why the whole application and not {@code @ApplicationModuleTest}:
 * see {@code org.lianxin.duty.CollectedOpinionFlowTests}.
 */
@LianxinTest
@EnableScenarios
@ExtendWith(OutputCaptureExtension.class)
class OpinionMessageFlowTests {

	private static final String REGION = "210802001";

	/** What a log line in the outbox says about a message. */
	record Line(String channel, String reference, String subject, String text, String status) {
	}

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	ListenerRuns runs;

	@BeforeEach
	void readers() {
		this.runs = new ListenerRuns(this.jdbc);
	}

	@Test
	void a_citizen_who_left_a_phone_is_told_the_tracking_code_once_however_often_the_case_is_delivered(
			Scenario scenario) {
		AtomicReference<Receipt> receipt = new AtomicReference<>();
		scenario.stimulate(() -> receipt.set(this.intake.submit(citizens("场景：小区门口积水", "13804170032"))))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> lines("opinion " + receipt.get().id() + " received"))
			.andVerify(lines -> assertThat(lines).singleElement().satisfies(line -> {
				assertThat(line.channel()).isEqualTo("log");
				assertThat(line.reference()).isEqualTo("opinion " + receipt.get().id());
				assertThat(line.text()).contains("已受理").doesNotContain(receipt.get().trackingCode());
				assertThat(line.status()).isEqualTo("SENT");
			}));

		long id = receipt.get().id();
		scenario
			.publish(new OpinionReceived(id, receipt.get().trackingCode(), REGION, IntakeChannel.WEB, null,
					LocalDate.now(this.clock)))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.runs.completed("CitizenMessages", "opinionId", id), runs -> runs >= 2)
			.andVerify(runs -> assertThat(lines("opinion " + id + " received")).hasSize(1));
	}

	@Test
	void a_citizen_who_left_no_phone_nor_email_is_sent_nothing(Scenario scenario) {
		AtomicReference<Receipt> receipt = new AtomicReference<>();
		scenario.stimulate(() -> receipt.set(this.intake.submit(citizens("场景：匿名反映路面破损", null))))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.runs.completed("CitizenMessages", "opinionId", receipt.get().id()),
					runs -> runs >= 1)
			.andVerify(runs -> assertThat(this.jdbc.sql("select count(*) from notification_outbox where reference = ?")
				.param("opinion " + receipt.get().id())
				.query(Long.class)
				.single()).isZero());
	}

	@Test
	void a_citizen_whose_case_is_declined_is_told_why(Scenario scenario) {
		Receipt receipt = this.intake.submit(citizens("场景：邻居装修噪音", "13804170033"));
		scenario
			.stimulate(() -> this.workflow.decline(Staff.load(this.accounts, "office-210802"), receipt.id(),
					"属于民事纠纷，请向人民调解委员会申请调解"))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.jdbc.sql("""
					select channel, reference, subject, text, status from notification_outbox
					where message_key like ?""").param("opinion " + receipt.id() + " step %").query(Line.class).list())
			.andVerify(lines -> assertThat(lines).singleElement()
				.satisfies(line -> assertThat(line.text()).contains("属于民事纠纷").doesNotContain(receipt.trackingCode())));
	}

	@Test
	void a_reason_with_a_line_break_writes_one_log_line_and_the_log_keeps_no_tracking_code(Scenario scenario,
			CapturedOutput output) {
		Receipt receipt = this.intake.submit(citizens("场景：伪造日志的理由", "13804170034"));
		String forged = "2026-11-30T20:00:00.000+08:00  INFO 1 --- [lianxin] [main] o.l.Forged : forged";
		scenario
			.stimulate(() -> this.workflow.decline(Staff.load(this.accounts, "office-210802"), receipt.id(),
					"不属于受理范围\n" + forged))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.jdbc.sql("""
					select channel, reference, subject, text, status from notification_outbox
					where message_key like ? and status = 'SENT'""")
				.param("opinion " + receipt.id() + " step %")
				.query(Line.class)
				.list())
			.andVerify(lines -> {
				assertThat(output.getOut().lines().filter(line -> line.contains("不属于受理范围"))).singleElement()
					.satisfies(line -> assertThat(line).contains("不属于受理范围\\n" + forged));
				assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith(forged));
				assertThat(output.getOut()).contains("opinion " + receipt.id()).doesNotContain(receipt.trackingCode());
			});
	}

	@Test
	void a_reminder_reaches_the_office_once_however_often_it_is_delivered(Scenario scenario) {
		Receipt receipt = this.intake.submit(citizens("场景：催办的意见", null));
		long notice = 7_200_000 + receipt.id();
		NoticeIssued issued = new NoticeIssued(notice, "OPINION", receipt.id(), NoticeKind.REMINDER, 0,
				LocalDate.now(this.clock), REGION, null);

		scenario.publish(issued)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> lines("opinion notice " + notice))
			.andVerify(lines -> assertThat(lines).singleElement().satisfies(line -> {
				assertThat(line.reference()).isEqualTo("opinion " + receipt.id());
				assertThat(line.text()).contains("催办提醒", "人大工作机构").doesNotContain(receipt.trackingCode());
			}));

		scenario.publish(issued)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> this.runs.completed("AgencyMessages", "noticeId", notice), runs -> runs >= 2)
			.andVerify(runs -> assertThat(lines("opinion notice " + notice)).hasSize(1));
	}

	private List<Line> lines(String messageKey) {
		return this.jdbc.sql("""
				select channel, reference, subject, text, status from notification_outbox where message_key = ?""")
			.param(messageKey)
			.query(Line.class)
			.list();
	}

	/** A citizen's own case; of a kind that may come in anonymously. */
	private static Submission citizens(String description, String phone) {
		return new Submission(IntakeChannel.WEB, "ENVIRONMENT", REGION, null, null, description, null, null, null,
				"钱先生", phone, null, false, false, List.of(), null, null, null, null);
	}

}
