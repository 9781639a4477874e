package org.lianxin.platform;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With no connection to be had (every one taken, as under a leak or while PostgreSQL does
 * not answer), a request waits a few seconds, not thirty, and hears "try again shortly"
 * in its own form; once connections are back, everything serves again by itself.
 */
@LianxinTest
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	/** A well-formed private link that no case has: answering it takes the database. */
	static final String UNKNOWN_CASE = "/track/" + "x".repeat(43);

	final List<Connection> taken = new ArrayList<>();

	@Test
	void without_a_connection_every_caller_gets_a_quick_503_in_its_own_form_and_it_heals() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		assertThat(pool.getConnectionTimeout()).as("how long a request waits for a connection")
			.isLessThanOrEqualTo(5000);
		takeEveryConnection(pool);

		long started = System.nanoTime();
		MvcResult page = this.mvc.perform(get(UNKNOWN_CASE)).andReturn();
		long waitedMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(page.getResponse().getStatus()).isEqualTo(503);
		assertThat(page.getResponse().getHeader("Retry-After")).isEqualTo("10");
		assertThat(page.getResponse().getContentAsString()).contains("请稍等");
		assertThat(waitedMillis).as("ms waited").isLessThan(10_000);

		MvcResult api = this.mvc.perform(get("/api/v1/venues")).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(503);
		assertThat(api.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(api.getResponse().getContentAsString()).contains("\"error\":\"service_unavailable\"");

		MvcResult open311 = this.mvc
			.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("jurisdiction_id", "210802")
				.param("service_code", "URBAN_CONSTRUCTION")
				.param("lat", "40.666")
				.param("long", "122.235")
				.param("description", "停电时提交"))
			.andReturn();
		assertThat(open311.getResponse().getStatus()).isEqualTo(503);
		assertThat(open311.getResponse().getContentAsString()).startsWith("[{\"code\":503,\"description\":");

		MvcResult open311Xml = this.mvc.perform(get("/open311/v2/requests/1.xml")).andReturn();
		assertThat(open311Xml.getResponse().getStatus()).isEqualTo(503);
		assertThat(open311Xml.getResponse().getContentAsString()).contains("<errors><error><code>503</code>");

		// a signed-in user's cookie is looked up in the session store before any
		// controller
		Cookie session = new Cookie("SESSION", "ZmFrZQ==");
		MvcResult staffPage = this.mvc.perform(get("/console").cookie(session)).andReturn();
		assertThat(staffPage.getResponse().getStatus()).isEqualTo(503);
		assertThat(staffPage.getResponse().getHeader("Retry-After")).isEqualTo("10");
		assertThat(staffPage.getResponse().getContentAsString()).contains("请稍等");
		MvcResult staffApi = this.mvc.perform(get("/api/v1/opinions").cookie(session)).andReturn();
		assertThat(staffApi.getResponse().getStatus()).isEqualTo(503);
		assertThat(staffApi.getResponse().getContentAsString()).contains("\"error\":\"service_unavailable\"");
		MvcResult open311WithCookie = this.mvc.perform(get("/open311/v2/services.xml").cookie(session)).andReturn();
		assertThat(open311WithCookie.getResponse().getStatus()).isEqualTo(503);
		assertThat(open311WithCookie.getResponse().getContentAsString()).contains("<code>503</code>");

		MvcResult health = this.mvc.perform(get("/actuator/health")).andReturn();
		assertThat(health.getResponse().getStatus()).isEqualTo(503);

		giveConnectionsBack();
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get(UNKNOWN_CASE)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private void takeEveryConnection(HikariDataSource pool) throws Exception {
		for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
			this.taken.add(pool.getConnection());
		}
	}

	@AfterEach
	void giveConnectionsBack() throws Exception {
		for (Connection connection : this.taken) {
			connection.close();
		}
		this.taken.clear();
	}

}
