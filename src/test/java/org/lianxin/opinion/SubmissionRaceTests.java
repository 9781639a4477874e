package org.lianxin.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lianxin.LianxinTest;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a submission relies on when many arrive at once: the same retried request makes
 * one case, and the regions it checks against are the administrator's latest word.
 */
@LianxinTest
class SubmissionRaceTests {

	@Autowired
	OpinionIntake intake;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_same_request_sent_eight_times_at_once_makes_one_case_and_one_answer() throws Exception {
		Submission submission = submission("210802001", "race-" + System.nanoTime());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Receipt>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.intake.submit(submission);
				}));
			}
			start.countDown();
			List<Long> ids = new ArrayList<>();
			for (Future<Receipt> answer : answers) {
				ids.add(answer.get().id());
			}
			assertThat(ids).as("every request answered with the same case").containsOnly(ids.get(0));
			assertThat(this.jdbc.sql("select count(*) from opinion where idempotency_key = ?")
				.param(submission.idempotencyKey())
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void a_region_the_administrator_disables_refuses_the_next_submission_on_the_spot() {
		Region street = this.regions.get("210802002");
		this.intake.submit(submission(street.code(), null));
		this.regions.update(street.code(), street.name(), false);
		try {
			assertThatThrownBy(() -> this.intake.submit(submission(street.code(), null)))
				.isInstanceOf(RuleViolationException.class);
		}
		finally {
			this.regions.update(street.code(), street.name(), true);
		}
		assertThat(this.intake.submit(submission(street.code(), null)).id()).isPositive();
	}

	private static Submission submission(String region, String idempotencyKey) {
		return new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", region, null, null, "并发：路灯不亮", null, null, null,
				null, "13904170013", null, false, false, List.of(), null, null, idempotencyKey, "fingerprint");
	}

}
