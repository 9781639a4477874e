package org.lianxin.platform.web;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

@LianxinTest
class PublicRateLimitTests {

	@Autowired
	ApiErrors errors;

	@Autowired
	MessageSource messages;

	@Autowired
	LocaleResolver locales;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_flood_from_one_address_gets_429_with_retry_after_and_never_reaches_the_application() throws Exception {
		PublicRateLimit.Limiter limiter = new PublicRateLimit.Limiter(
				new RateLimitBuckets(this.dataSource, 6, 2, TimeMeter.SYSTEM_MILLISECONDS), this.errors, this.messages,
				this.locales);
		assertThat(post(limiter, "/opinion/new", "10.0.0.1").getStatus()).isEqualTo(200);
		assertThat(post(limiter, "/opinion/new", "10.0.0.1").getStatus()).isEqualTo(200);
		MockHttpServletResponse refused = post(limiter, "/opinion/new", "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		// six a minute: the next one is ten seconds away
		assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
		assertThat(refused.getContentAsString()).contains("提交过于频繁");
		// another address has its own allowance
		assertThat(post(limiter, "/opinion/new", "10.0.0.2").getStatus()).isEqualTo(200);
		// the spec's error form for Open311 clients, ApiError for the JSON API
		assertThat(post(limiter, "/open311/v2/requests.json", "10.0.0.1").getContentAsString())
			.startsWith("[{\"code\":429,");
		assertThat(post(limiter, "/api/v1/auth/token", "10.0.0.1").getContentAsString())
			.contains("\"error\":\"too_many_requests\"");
	}

	@Test
	void the_allowance_comes_back_with_time() {
		ManualClock clock = new ManualClock();
		RateLimitBuckets buckets = new RateLimitBuckets(this.dataSource, 60, 1, clock);
		assertThat(buckets.take("10.0.0.3")).isZero();
		assertThat(buckets.take("10.0.0.3")).isEqualTo(1);
		clock.advanceSeconds(1);
		assertThat(buckets.take("10.0.0.3")).isZero();
	}

	@Test
	void the_allowance_is_kept_in_the_database_so_every_node_counts_the_same_requests() {
		ManualClock clock = new ManualClock();
		RateLimitBuckets nodeA = new RateLimitBuckets(this.dataSource, 60, 2, clock);
		RateLimitBuckets nodeB = new RateLimitBuckets(this.dataSource, 60, 2, clock);
		assertThat(nodeA.take("10.0.0.4")).isZero();
		assertThat(nodeB.take("10.0.0.4")).isZero();
		assertThat(nodeA.take("10.0.0.4")).isEqualTo(1);
		assertThat(nodeB.take("10.0.0.4")).isEqualTo(1);
	}

	@Test
	void a_bucket_that_is_full_again_is_deleted_by_the_cleanup() {
		RateLimitBuckets buckets = new RateLimitBuckets(this.dataSource, 60, 1, TimeMeter.SYSTEM_MILLISECONDS);
		buckets.take("10.0.0.5");
		String id = "60/1 10.0.0.5";
		assertThat(this.jdbc.sql("select expires_at > 0 and lock_id is not null from rate_limit_bucket where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).as("when it may go, and the lock the cleanup takes").isTrue();
		// as if a minute had passed
		this.jdbc.sql("update rate_limit_bucket set expires_at = expires_at - 60000 where id = ?").param(id).update();
		assertThat(buckets.removeFull(1000)).isPositive();
		assertThat(this.jdbc.sql("select count(*) from rate_limit_bucket where id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void an_ipv6_client_is_counted_by_its_64_network() {
		assertThat(ClientKey.of("2001:db8:1:2:aaaa::1"))
			.isEqualTo(ClientKey.of("2001:0db8:0001:0002:bbbb:cccc:dddd:eeee"))
			.isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientKey.of("2001:db8:1:3::1")).isNotEqualTo(ClientKey.of("2001:db8:1:2::1"));
		assertThat(ClientKey.of("::ffff:10.0.0.9")).isEqualTo("10.0.0.9");
		assertThat(ClientKey.of("10.0.0.9")).isEqualTo("10.0.0.9");
	}

	@Test
	void addresses_in_one_ipv6_64_share_one_allowance() throws Exception {
		PublicRateLimit.Limiter limiter = new PublicRateLimit.Limiter(
				new RateLimitBuckets(this.dataSource, 6, 1, TimeMeter.SYSTEM_MILLISECONDS), this.errors, this.messages,
				this.locales);
		assertThat(post(limiter, "/opinion/new", "2001:db8:7:7::1").getStatus()).isEqualTo(200);
		assertThat(post(limiter, "/opinion/new", "2001:db8:7:7:ffff::2").getStatus()).isEqualTo(429);
		assertThat(post(limiter, "/opinion/new", "2001:db8:7:8::1").getStatus()).isEqualTo(200);
	}

	/** A wall clock the test moves by hand. */
	static final class ManualClock implements TimeMeter {

		private final AtomicLong nanos = new AtomicLong(System.currentTimeMillis() * 1_000_000L);

		void advanceSeconds(long seconds) {
			this.nanos.addAndGet(seconds * 1_000_000_000L);
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

	private static MockHttpServletResponse post(PublicRateLimit.Limiter limiter, String uri, String address)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		limiter.doFilter(request, response, chain);
		if (chain.getRequest() != null) {
			response.setStatus(200);
		}
		return response;
	}

}
