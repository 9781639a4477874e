package org.lianxin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lianxin.notification.internal.OutboxRetention;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Submission;
import org.lianxin.opinion.internal.ContactRetention;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data is kept only as long as needed: a case closed longer ago than the
 * retention (two years by default) loses the citizen's name, phone and e-mail and keeps
 * everything it is counted by; sign-in records and settled outbox messages past theirs
 * are deleted; each run says in the operation log how many, and never whose.
 */
@LianxinTest
class RetentionTests {

	@Autowired
	OpinionIntake intake;

	@Autowired
	ContactRetention contacts;

	@Autowired
	OutboxRetention outbox;

	@Autowired
	JdbcClient jdbc;

	record Kept(String status, LocalDate closedOn, String regionCode, long categoryId, String resultClass,
			String rating, int history) {
	}

	@Test
	void a_case_closed_before_the_retention_loses_its_contact_and_keeps_its_figures() {
		long old = closedCase("保存期限：三年前办结的件", "13904170011", LocalDate.now().minusYears(3));
		long recent = closedCase("保存期限：上月办结的件", "13904170012", LocalDate.now().minusMonths(1));
		Kept before = kept(old);
		int version = this.jdbc.sql("select version from opinion where id = ?")
			.param(old)
			.query(Integer.class)
			.single();

		int erased = this.contacts.run();

		assertThat(erased).isPositive();
		assertThat(contact(old)).containsOnlyKeys("citizen_name", "phone_cipher", "phone_hash", "phone_last4",
				"phone_masked", "email", "contact_erased_on");
		assertThat(contact(old)).allSatisfy((column, value) -> {
			if (!column.equals("contact_erased_on")) {
				assertThat(value).as(column).isNull();
			}
		});
		assertThat(contact(old).get("contact_erased_on")).isNotNull();
		assertThat(kept(old)).isEqualTo(before);
		assertThat(this.jdbc.sql("select version from opinion where id = ?").param(old).query(Integer.class).single())
			.isEqualTo(version + 1);

		assertThat(contact(recent).get("citizen_name")).isEqualTo("李女士");
		assertThat(contact(recent).get("phone_last4")).isEqualTo("0012");
		assertThat(contact(recent).get("email")).isEqualTo("citizen@example.cn");
		assertThat(contact(recent).get("contact_erased_on")).isNull();

		String line = lastLogDetail("privacy.retention.contact");
		assertThat(line).contains("erased the contact of " + erased + " case(s)")
			.doesNotContain("李女士", "0011", "citizen@example.cn");
	}

	@Test
	void settled_messages_past_their_retention_are_deleted_and_waiting_ones_kept() {
		this.jdbc
			.sql("""
					insert into notification_outbox (channel, recipient, text, status, message_key, created_at) values
					    ('sms', '139****0001', 'old sent', 'SENT', 'retention-old-sent', now() - interval '200 days'),
					    ('sms', '139****0001', 'old failed', 'FAILED', 'retention-old-failed', now() - interval '200 days'),
					    ('sms', '139****0001', 'old pending', 'PENDING', 'retention-old-pending', now() - interval '200 days'),
					    ('sms', '139****0001', 'recent sent', 'SENT', 'retention-recent-sent', now() - interval '1 day')""")
			.update();

		int deleted = this.outbox.run();

		assertThat(deleted).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.sql("select message_key from notification_outbox where message_key like 'retention-%'")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("retention-old-pending", "retention-recent-sent");
		assertThat(lastLogDetail("privacy.retention.outbox")).contains("deleted " + deleted + " settled message(s)");
	}

	private long closedCase(String description, String phone, LocalDate closedOn) {
		long id = this.intake
			.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", "210802001", null, null, description,
					"胜利街口", null, null, "李女士", phone, "citizen@example.cn", false, false, List.of(), null, null, null,
					null))
			.id();
		this.jdbc.sql("""
				update opinion set status = 'CLOSED', closed_on = ?, result_class = 'A', rating = 'SATISFIED'
				where id = ?""").params(closedOn, id).update();
		return id;
	}

	private Map<String, Object> contact(long id) {
		return this.jdbc.sql("""
				select citizen_name, phone_cipher, phone_hash, phone_last4, phone_masked, email, contact_erased_on
				from opinion where id = ?""").param(id).query().singleRow();
	}

	private Kept kept(long id) {
		return this.jdbc.sql("""
				select status, closed_on, region_code, category_id, result_class, rating,
				       (select count(*) from opinion_history h where h.opinion_id = o.id) as history
				from opinion o where id = ?""").param(id).query(Kept.class).single();
	}

	private String lastLogDetail(String action) {
		return this.jdbc.sql("select detail from operation_log where action = ? order by id desc limit 1")
			.param(action)
			.query(String.class)
			.single();
	}

}
