package org.lianxin.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen hears of their case through a real HTTP gateway and a real SMTP server: when
 * it is received and when it is answered, after the step is committed.
 */
@SpringBootTest(properties = "lianxin.scheduler.enabled=false")
@ActiveProfiles("demo")
class CitizenNotificationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static HttpServer gateway;

	static final List<String> posted = new CopyOnWriteArrayList<>();

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startGateway() throws IOException {
		gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/sms", exchange -> {
			posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		gateway.start();
	}

	@AfterAll
	static void stopGateway() {
		gateway.stop(0);
	}

	@DynamicPropertySource
	static void endpoints(DynamicPropertyRegistry registry) {
		registry.add("lianxin.notification.webhook.url",
				() -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
	}

	@Test
	void the_citizen_is_told_the_tracking_code_and_later_the_answer_by_sms_gateway_and_email() throws Exception {
		Receipt receipt = this.intake.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null,
				null, "通知：小区路灯不亮", null, null, null, "周女士", "13904170011", "zhou@example.cn", false, false, List.of(),
				null, null, null, null));
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> posted.stream()
				.anyMatch(body -> body.contains(receipt.trackingCode()) && body.contains("已受理")));
		assertThat(posted).anySatisfy(body -> assertThat(body).contains("\"phone\":\"13904170011\"")
			.contains("/track/" + receipt.linkToken()));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> smtp.getReceivedMessages().length >= 1);
		MimeMessage email = smtp.getReceivedMessages()[0];
		assertThat(email.getAllRecipients()[0].toString()).isEqualTo("zhou@example.cn");
		assertThat(email.getSubject()).contains(receipt.trackingCode());

		this.workflow.answerDirectly(Staff.load(this.accounts, "office-210802"), receipt.id(), "已联系供电部门修复");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> posted.stream().anyMatch(body -> body.contains("已有答复") && body.contains("已联系供电部门修复")));

		// each channel's row is marked the moment its channel took the message
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql("""
					select channel || ' ' || status || ' ' || recipient from notification_outbox
					where reference = ? order by id""").param("opinion " + receipt.id()).query(String.class).list())
				.containsOnly("log SENT 139****0011 z***@example.cn", "webhook SENT 139****0011 z***@example.cn",
						"email SENT 139****0011 z***@example.cn"));
	}

}
