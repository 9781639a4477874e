package org.lianxin.notification;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.notification.internal.OutboxDelivery;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionReceived;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A gateway outage delays messages but loses none and doubles none: the retry job is run
 * by hand at chosen times, as the scheduler would run it once their back-off is over.
 */
@SpringBootTest(properties = { "lianxin.scheduler.enabled=false", "lianxin.notification.retry.max-attempts=3" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class MessageRetryTests {

	static GatewayStub gateway;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	OpinionIntake intake;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void startGateway() throws IOException {
		gateway = new GatewayStub();
	}

	@AfterAll
	static void stopGateway() {
		gateway.stop();
	}

	@DynamicPropertySource
	static void endpoints(DynamicPropertyRegistry registry) {
		registry.add("lianxin.notification.webhook.url", () -> gateway.url());
	}

	record Row(long id, String status, int attempts, String error, OffsetDateTime lastAttemptAt,
			OffsetDateTime nextAttemptAt, String recipient, String phoneCipher, String sealedMessage) {
	}

	@Test
	void a_message_the_gateway_refuses_twice_goes_out_once_when_it_recovers_and_never_again() {
		String key = "retry test 1";
		gateway.refuse(key, 2);
		Message message = message(key, "13904170021");
		assertThat(this.notifications.send(message)).isEqualTo(2); // log and webhook

		// the first attempt right after queueing fails; the log channel is not held up
		Row first = attempted(key);
		assertThat(first.status()).isEqualTo("PENDING");
		assertThat(first.error()).contains("503");
		assertThat(first.nextAttemptAt()).isEqualTo(first.lastAttemptAt().plusMinutes(1));
		assertThat(row(key, "log").status()).isEqualTo("SENT");
		// the number waits encrypted, and masked where it is shown
		assertThat(first.recipient()).isEqualTo("139****0021");
		assertThat(first.phoneCipher()).startsWith("v1:").doesNotContain("13904170021");
		assertThat(first.sealedMessage()).doesNotContain("网关");

		// not due yet: nothing is sent
		this.delivery.retryDue(first.lastAttemptAt().plusSeconds(30));
		assertThat(row(key, "webhook").attempts()).isEqualTo(1);

		// a minute on, the second attempt fails too and the wait doubles
		this.delivery.retryDue(first.nextAttemptAt());
		Row second = row(key, "webhook");
		assertThat(second.attempts()).isEqualTo(2);
		assertThat(second.status()).isEqualTo("PENDING");
		assertThat(second.nextAttemptAt()).isEqualTo(second.lastAttemptAt().plusMinutes(2));
		assertThat(gateway.acceptedWith(key)).isZero();

		// the gateway is back: the third attempt delivers it
		this.delivery.retryDue(second.nextAttemptAt());
		assertThat(row(key, "webhook").status()).isEqualTo("SENT");
		assertThat(gateway.acceptedWith(key)).isEqualTo(1);

		// later runs of the job, and the same message sent again (its event delivered
		// again after a restart), send nothing more
		this.delivery.retryDue(second.nextAttemptAt().plusHours(5));
		assertThat(this.notifications.send(message)).isZero();
		this.delivery.retryDue(second.nextAttemptAt().plusHours(6));
		assertThat(gateway.acceptedWith(key)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from notification_outbox where message_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void a_citizens_receipt_event_delivered_again_after_a_restart_does_not_text_them_twice() {
		Receipt receipt = this.intake
			.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null, null, "重发：路灯不亮", null,
					null, null, "吴先生", "13904170022", null, false, false, List.of(), null, null, null, null));
		String key = "opinion " + receipt.id() + " received";
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(statusOf(key, "webhook")));

		OpinionReceived again = new OpinionReceived(receipt.id(), receipt.trackingCode(), "210802001",
				IntakeChannel.WEB, null, null);
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(again));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> completedReceipts(receipt.id()) >= 2);

		this.delivery.retryDue(OffsetDateTime.now().plusHours(1));
		assertThat(gateway.acceptedWith(receipt.trackingCode())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from notification_outbox where message_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void a_message_whose_attempt_is_under_way_is_not_taken_up_again_by_a_click_or_the_job() throws Exception {
		String key = "retry test 4";
		gateway.refuse(key, 1);
		this.notifications.send(message(key, "13904170024"));
		Row first = attempted(key);
		// another node (or a first click) has claimed it and is talking to the gateway
		this.jdbc.sql("update notification_outbox set sending_until = now() + interval '5 minutes' where id = ?")
			.param(first.id())
			.update();

		this.mvc
			.perform(post("/admin/notifications/" + first.id() + "/retry").with(Staff.as(this.accounts, "admin"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.delivery.retryDue(first.nextAttemptAt());
		assertThat(gateway.acceptedWith(key)).isZero();
		assertThat(row(key, "webhook").attempts()).isEqualTo(1);

		// the lease over (its node died), the job takes it up and it goes out once
		this.delivery.retryDue(OffsetDateTime.now().plusMinutes(6));
		assertThat(row(key, "webhook").status()).isEqualTo("SENT");
		assertThat(gateway.acceptedWith(key)).isEqualTo(1);
	}

	@Test
	void an_administrator_sees_a_message_given_up_and_sends_it_again_with_one_click() throws Exception {
		String key = "retry test 3";
		gateway.refuse(key, 3);
		this.notifications.send(message(key, "13904170023"));
		Row first = attempted(key);
		this.delivery.retryDue(first.nextAttemptAt());
		this.delivery.retryDue(row(key, "webhook").nextAttemptAt());
		Row givenUp = row(key, "webhook");
		assertThat(givenUp.status()).isEqualTo("FAILED");
		assertThat(givenUp.attempts()).isEqualTo(3);
		assertThat(givenUp.nextAttemptAt()).isNull();

		this.mvc.perform(get("/admin/notifications").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发送失败")))
			.andExpect(content().string(containsString("retry reference 3")))
			.andExpect(content().string(containsString("139****0023")))
			.andExpect(content().string(containsString("gateway answered 503")))
			.andExpect(content().string(containsString("/admin/notifications/" + givenUp.id() + "/retry")));
		this.mvc.perform(get("/admin/notifications").with(Staff.as(this.accounts, "agency-210802")))
			.andExpect(status().isForbidden());

		// the gateway is back
		this.mvc
			.perform(post("/admin/notifications/" + givenUp.id() + "/retry").with(Staff.as(this.accounts, "admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "outbox.retry.sent"));
		assertThat(row(key, "webhook").status()).isEqualTo("SENT");
		assertThat(gateway.acceptedWith(key)).isEqualTo(1);
		// a sent message cannot be sent again
		this.mvc
			.perform(post("/admin/notifications/" + givenUp.id() + "/retry").with(Staff.as(this.accounts, "admin"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(gateway.acceptedWith(key)).isEqualTo(1);
	}

	private static Message message(String key, String phone) {
		String number = key.substring(key.length() - 1);
		return new Message(new Recipient("网关测试", phone, null), "重试测试", "网关测试 " + key, "retry reference " + number,
				"网关测试 " + key, key);
	}

	/** The webhook row once its first attempt has come back. */
	private Row attempted(String key) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> row(key, "webhook") != null && row(key, "webhook").error() != null);
		return row(key, "webhook");
	}

	private String statusOf(String key, String channel) {
		Row row = row(key, channel);
		return (row != null) ? row.status() : null;
	}

	private Row row(String key, String channel) {
		return this.jdbc.sql("""
				select id, status, attempts, error, last_attempt_at, next_attempt_at, recipient, phone_cipher,
				       sealed_message
				from notification_outbox where message_key = ? and channel = ?""")
			.params(key, channel)
			.query(Row.class)
			.optional()
			.orElse(null);
	}

	private long completedReceipts(long opinionId) {
		return this.jdbc
			.sql("""
					select count(*) from event_publication
					where listener_id like '%CitizenMessages%' and serialized_event like ? and completion_date is not null""")
			.param("%\"opinionId\":" + opinionId + ",%")
			.query(Long.class)
			.single();
	}

}
