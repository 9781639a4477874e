package org.lianxin.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A crowd, not a clerk: every GET route the application maps, as anonymous and as each
 * demo role, more times than the pool has connections. No request may keep a connection,
 * none may answer 5xx, and the platform is still healthy at the end.
 */
@LianxinTest
class SoakTests {

	static final List<String> ROLES = List.of("", "admin", "office-210802", "agency-210802", "station-demo",
			"deputy-demo", "liaison-demo");

	/**
	 * Each staff role's visits to a route; together with the crowd's, past the pool's
	 * size.
	 */
	static final int STAFF_VISITS = 4;

	static final long SETTLE_NANOS = 3_000_000_000L;

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void every_route_opened_by_a_crowd_keeps_no_connection_and_the_platform_stays_up() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		int crowd = pool.getMaximumPoolSize() + 1;
		RouteSamples samples = new RouteSamples(this.jdbc);
		Map<String, Integer> leaks = new LinkedHashMap<>();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (String pattern : RouteSamples.getPatterns(this.mapping)) {
			List<String> paths = samples.paths(pattern, crowd);
			for (String role : ROLES) {
				int visits = role.isEmpty() ? crowd : STAFF_VISITS;
				for (int i = 0; i < visits; i++) {
					String path = paths.get(i % paths.size());
					int before = pool.getHikariPoolMXBean().getActiveConnections();
					MockHttpServletResponse response = this.mvc.perform(as(role, get(path))).andReturn().getResponse();
					requests++;
					int leaked = keptAfter(pool, before);
					if (leaked > 0) {
						leaks.merge(pattern + " as " + describe(role), leaked, Integer::sum);
					}
					if (response.getStatus() >= 500) {
						failures.add(response.getStatus() + " " + path + " as " + describe(role));
					}
					if (i == 2 && refused(response)) {
						break; // a refusal does no work worth repeating more times
					}
				}
			}
		}
		assertThat(requests).as("requests made").isGreaterThan(2000);
		assertThat(leaks).as("connections kept after a request (route → connections)").isEmpty();
		assertThat(failures).as("server errors").isEmpty();
		assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
		this.mvc.perform(get("/actuator/health"))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("\"UP\""));
		assertThat(samples.unknownVariables()).as("path variables with no real sample").isEmpty();
	}

	/**
	 * Connections still out after a request, beyond those out before it. Work the request
	 * or an earlier test set off in the background may hold one for a moment; a leaked
	 * one stays, so only what is still out after a short while counts.
	 */
	private static int keptAfter(HikariDataSource pool, int before) throws InterruptedException {
		long deadline = System.nanoTime() + SETTLE_NANOS;
		int active = pool.getHikariPoolMXBean().getActiveConnections();
		while (active > before && System.nanoTime() < deadline) {
			Thread.sleep(20);
			active = pool.getHikariPoolMXBean().getActiveConnections();
		}
		return active - before;
	}

	private MockHttpServletRequestBuilder as(String role, MockHttpServletRequestBuilder request) {
		return role.isEmpty() ? request : request.with(Staff.as(this.accounts, role));
	}

	private static boolean refused(MockHttpServletResponse response) {
		int status = response.getStatus();
		return status == 401 || status == 403 || status == 404 || status == 302;
	}

	private static String describe(String role) {
		return role.isEmpty() ? "anonymous" : role;
	}

}
