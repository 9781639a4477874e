package org.lianxin.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.lianxin.UploadServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real Tomcat makes of the request's forwarding headers and what it sends back,
 * where MockMvc (no container) cannot tell.
 */
@UploadServerTest
class ServedHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient client = HttpClient.newHttpClient();

	@Test
	void every_cookie_the_server_sets_is_same_site_lax() throws Exception {
		HttpResponse<String> login = this.client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="))
			.allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax").doesNotContain("Secure"));
		HttpResponse<String> failed = this.client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/console")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(failed.headers().allValues("Set-Cookie"))
			.allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax"));
	}

	@Test
	void a_client_on_the_same_host_cannot_name_its_own_address_with_x_forwarded_for() throws Exception {
		// 127/8 is one of Tomcat's default internal proxies
		String username = "xff-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> refused = this.client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-For", "203.0.113.77")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(this.jdbc.sql("select remote_address from operation_log where username = ?")
			.param(username)
			.query(String.class)
			.list()).isNotEmpty().allSatisfy(address -> assertThat(address).isNotEqualTo("203.0.113.77"));
	}

}
