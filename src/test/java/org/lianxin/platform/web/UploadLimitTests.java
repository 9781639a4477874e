package org.lianxin.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.Photos;
import org.lianxin.UploadServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone's upload meets in the real server: Tomcat's limits, the filter before the
 * body is read, and the form after it. MockMvc would not exercise the container's limits.
 */
@UploadServerTest
class UploadLimitTests {

	private static final String BOUNDARY = "lianxin-test-boundary";

	private static final int MB = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpClient client;

	@BeforeEach
	void newBrowser() {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@Test
	void a_26_mb_phone_photo_is_taken_by_the_citizen_form() throws Exception {
		Form form = openForm();
		byte[] photo = Photos.paddedTo(Photos.jpeg(1200, 900), 26 * MB);

		HttpResponse<String> response = post("/opinion/new",
				form.fields("上传测试：26 MB 的照片，路灯不亮", "upload-26mb").file("photos", "IMG_0001.jpg", photo).publisher());

		assertThat(response.statusCode()).as(() -> feedbackIn(response.body())).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/track/");
		assertThat(this.jdbc.sql("""
				select count(*) from opinion_file f join opinion o on o.id = f.opinion_id
				where o.idempotency_key = ?""").param("form:" + form.token).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_photo_over_its_own_limit_brings_the_form_back_with_what_was_typed_and_what_to_do() throws Exception {
		Form form = openForm();
		byte[] photo = Photos.paddedTo(Photos.jpeg(400, 300), 40 * MB);

		HttpResponse<String> response = post("/opinion/new",
				form.fields("上传测试：40 MB 的照片，井盖缺失", "upload-40mb").file("photos", "IMG_0002.jpg", photo).publisher());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("上传测试：40 MB 的照片，井盖缺失")
			.contains("照片太大（最大 30 MB），请在手机上选择较小的照片或压缩后重新上传")
			.contains("13904178888")
			.contains("id=\"opinion-form\"");
		assertThat(stored(form)).isZero();
	}

	@Test
	void a_body_declared_over_the_request_limit_is_refused_unread_with_a_chinese_page_that_says_go_back()
			throws Exception {
		Form form = openForm();
		long size = 200L * MB;

		HttpResponse<String> response = post("/opinion/new",
				BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> multipartOfSize(form, size)), size));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(response.body()).contains("上传的内容太大")
			.contains("每张照片最大 30 MB")
			.contains("返回上一页")
			.doesNotContain("HTTP Status 413 –")
			.doesNotContain("Tomcat");
		assertThat(stored(form)).isZero();
	}

	@Test
	void a_body_without_a_declared_length_that_runs_past_the_limit_gets_the_same_chinese_page() throws Exception {
		Form form = openForm();

		// no length: sent chunked, so only reading tells how long it is
		HttpResponse<String> response = post("/opinion/new",
				BodyPublishers.ofInputStream(() -> multipartOfSize(form, 150L * MB)));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("上传的内容太大").contains("返回上一页").doesNotContain("Tomcat");
		assertThat(stored(form)).isZero();
	}

	@Test
	void the_api_answers_an_oversized_body_with_a_json_error() throws Exception {
		long size = 200L * MB;
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(url("/api/v1/duty/records"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept-Language", "zh-CN")
			.POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> zeros(size)), size))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(response.body()).contains("\"error\":\"payload_too_large\"").contains("上传的内容太大");
	}

	@Test
	void a_json_body_sent_in_chunks_is_read_no_further_than_the_request_limit() throws Exception {
		// no declared length and not a form: only reading tells how long it is; the
		// padding
		// is an array of small numbers, which the parser reads past (a long string it
		// would
		// stop at on its own)
		byte[] head = "{\"username\":\"x\",\"password\":\"y\",\"pad\":[0"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(url("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(BodyPublishers.ofInputStream(
					() -> new SequenceInputStream(new java.io.ByteArrayInputStream(head), padding(140L * MB))))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"error\":\"payload_too_large\"");
	}

	@Test
	void open311_answers_an_oversized_body_in_its_own_error_format() throws Exception {
		String tooLong = "jurisdiction_id=210802&service_code=URBAN_CONSTRUCTION&lat=40.66&long=122.23&description="
				+ "a".repeat(3 * MB);
		HttpResponse<String> json = this.client.send(HttpRequest.newBuilder(url("/open311/v2/requests.json"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(tooLong))
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> xml = this.client.send(HttpRequest.newBuilder(url("/open311/v2/requests.xml"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> zeros(200L * MB)), 200L * MB))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(json.statusCode()).isEqualTo(413);
		assertThat(json.body()).startsWith("[{\"code\":413,\"description\":\"");
		assertThat(xml.statusCode()).isEqualTo(413);
		assertThat(xml.body()).contains("<errors><error><code>413</code><description>");
	}

	/** The messages a re-rendered form shows, to say why it was refused. */
	private static String feedbackIn(String page) {
		Matcher matcher = Pattern.compile("(?s)class=\"(?:invalid-feedback|alert alert-danger)[^\"]*\"[^>]*>([^<]+)<")
			.matcher(page);
		StringBuilder messages = new StringBuilder();
		while (matcher.find()) {
			messages.append(matcher.group(1).strip()).append("; ");
		}
		return messages.toString();
	}

	private long stored(Form form) {
		return this.jdbc.sql("select count(*) from opinion where idempotency_key = ?")
			.param("form:" + form.token)
			.query(Long.class)
			.single();
	}

	/** The citizen's form as a phone gets it: a session, its CSRF token, a form token. */
	private Form openForm() throws Exception {
		String page = this.client
			.send(HttpRequest.newBuilder(url("/opinion/new")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return new Form(valueOf(page, "_csrf"), valueOf(page, "formToken"));
	}

	private HttpResponse<String> post(String path, BodyPublisher body) throws Exception {
		return this.client.send(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String valueOf(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("form field " + name).isTrue();
		return matcher.group(1);
	}

	/** A form whose photo part is as long as needed to make the body {@code size}. */
	private static InputStream multipartOfSize(Form form, long size) {
		byte[] head = form.fields("上传测试：过大的请求", "too-large").fileHead("photos", "huge.jpg");
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		return new SequenceInputStream(new SequenceInputStream(new java.io.ByteArrayInputStream(head),
				zeros(size - head.length - tail.length)), new java.io.ByteArrayInputStream(tail));
	}

	/** {@code ,0,0,0…}: the inside of a long JSON array. */
	private static InputStream padding(long size) {
		return repeating(new byte[] { ',', '0' }, size);
	}

	private static InputStream zeros(long size) {
		return repeating(new byte[] { 0 }, size);
	}

	/** {@code size} bytes of the pattern over and over, made as they are read. */
	private static InputStream repeating(byte[] pattern, long size) {
		return new InputStream() {

			long position;

			@Override
			public int read() {
				if (this.position == size) {
					return -1;
				}
				return pattern[(int) (this.position++ % pattern.length)];
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.position == size) {
					return -1;
				}
				int count = (int) Math.min(length, size - this.position);
				for (int i = 0; i < count; i++) {
					buffer[offset + i] = pattern[(int) (this.position++ % pattern.length)];
				}
				return count;
			}

		};
	}

	private record Form(String csrf, String token) {

		Multipart fields(String description, String name) {
			return new Multipart().field("_csrf", this.csrf)
				.field("formToken", this.token)
				.field("categoryCode", "URBAN_CONSTRUCTION")
				.field("regionCode", "210802001")
				.field("description", description)
				.field("citizenName", name)
				.field("phone", "13904178888");
		}

	}

	private static final class Multipart {

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		Multipart file(String name, String filename, byte[] content) {
			fileHead(name, filename);
			this.body.writeBytes(content);
			write("\r\n--" + BOUNDARY + "--\r\n");
			return this;
		}

		/** Starts a file part; the body so far, up to where the file's bytes go. */
		byte[] fileHead(String name, String filename) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
					+ "\"\r\nContent-Type: image/jpeg\r\n\r\n");
			return this.body.toByteArray();
		}

		BodyPublisher publisher() {
			return BodyPublishers.ofByteArray(this.body.toByteArray());
		}

		private void write(String text) {
			this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
