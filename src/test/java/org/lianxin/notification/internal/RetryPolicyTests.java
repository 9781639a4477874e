package org.lianxin.notification.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 60,
			Duration.ofHours(48));

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(8));

	@Test
	void the_wait_doubles_from_a_minute_and_stops_at_an_hour() {
		assertThat(IntStream.rangeClosed(1, 9)
			.mapToObj(attempts -> Duration.between(NOW, POLICY.nextAttempt(NOW, attempts)).toMinutes()))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
		assertThat(POLICY.nextAttempt(NOW, 1000)).isEqualTo(NOW.plusHours(1));
	}

	@Test
	void a_message_is_given_up_after_its_last_attempt_or_two_days() {
		assertThat(POLICY.givesUp(59, NOW, NOW.plusHours(47))).isFalse();
		assertThat(POLICY.givesUp(60, NOW, NOW.plusMinutes(5))).isTrue();
		assertThat(POLICY.givesUp(3, NOW, NOW.plusHours(48))).isTrue();
	}

}
