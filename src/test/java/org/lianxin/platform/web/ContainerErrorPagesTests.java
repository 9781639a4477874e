package org.lianxin.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.lianxin.UploadServerTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before the application sees it is still answered in the reader's
 * language and the caller's form, through a real server (MockMvc has no container).
 */
@UploadServerTest
class ContainerErrorPagesTests {

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newHttpClient();

	@Test
	void a_path_tomcat_refuses_is_answered_in_chinese_in_the_callers_form() throws Exception {
		HttpResponse<String> page = get("/%00");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("请求有误").doesNotContain("Tomcat");

		HttpResponse<String> api = get("/api/v1/%00");
		assertThat(api.statusCode()).isEqualTo(400);
		assertThat(api.body()).contains("\"error\":\"bad_request\"");

		HttpResponse<String> open311 = get("/open311/v2/%00.xml");
		assertThat(open311.statusCode()).isEqualTo(400);
		assertThat(open311.body()).contains("<errors><error><code>400</code>");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept-Language", "zh-CN")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
