package org.lianxin.duty;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Duty records with evidence photos through the API, as a phone app sends them. */
@LianxinTest
class DutyApiMultipartTests {

	@Autowired
	MockMvc mvc;

	/**
	 * The deployment's clock: "today" is Beijing's, which is not the JVM's near midnight.
	 */
	@Autowired
	Clock clock;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_record_with_a_photo_is_entered_once_with_its_photo() throws Exception {
		String created = this.mvc
			.perform(record("deputy-demo", "证据：走访独居老人").file(photo("visit.jpg", jpeg()))
				.header("Idempotency-Key", "multipart-1"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.deputyNames").value("王秀英"))
			.andExpect(jsonPath("$.place").value("八田地街道某社区"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		assertThat(photosOf(id)).isEqualTo(1);

		this.mvc
			.perform(record("deputy-demo", "证据：走访独居老人").file(photo("visit.jpg", jpeg()))
				.header("Idempotency-Key", "multipart-1"))
			.andExpect(jsonPath("$.id").value(id));
		assertThat(
				this.jdbc.sql("select count(*) from duty_record where title = '证据：走访独居老人'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(photosOf(id)).isEqualTo(1);
	}

	@Test
	void a_pdf_document_is_kept_as_evidence_and_only_those_who_see_the_record_get_it() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		String created = this.mvc
			.perform(record("deputy-demo", "证据：会议通知").file(photo("notice.pdf", pdf)).file(photo("visit.jpg", jpeg())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evidenceCount").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc.perform(get("/duty/records/" + id + "/evidence/1").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().bytes(pdf));
		this.mvc.perform(get("/duty/records/" + id + "/evidence/2").with(Staff.as(this.accounts, "deputy-demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		this.mvc.perform(get("/duty/records/" + id + "/evidence/1").with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/duty/records/" + id + "/evidence/3").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_office_names_the_deputies_as_repeated_fields() throws Exception {
		long deputy = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		this.mvc
			.perform(record("office-210802", "证据：办公室代为登记").param("deputyIds", String.valueOf(deputy))
				.param("deputyIds", String.valueOf(deputy)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deputyNames").value("王秀英"));
	}

	@Test
	void a_file_that_is_not_a_photo_is_refused_and_nothing_is_written() throws Exception {
		long records = count("duty_record");
		long files = count("duty_record_file");
		this.mvc
			.perform(record("deputy-demo", "证据：附件不是照片").file(photo("visit.jpg", jpeg()))
				.file(photo("notes.jpg", "这不是照片".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.photos").value("证据只能是 JPG、PNG 照片或 PDF 文件"));
		this.mvc
			.perform(record("deputy-demo", "证据：半个 PDF")
				.file(photo("notice.pdf", "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.photos").value("PDF 文件不完整，请重新导出后上传"));
		this.mvc
			.perform(record("deputy-demo", "证据：照片太多").file(photo("1.jpg", jpeg()))
				.file(photo("2.jpg", jpeg()))
				.file(photo("3.jpg", jpeg()))
				.file(photo("4.jpg", jpeg()))
				.file(photo("5.jpg", jpeg())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.photos").value("最多上传 4 张照片"));
		this.mvc.perform(record("deputy-demo", "").file(photo("visit.jpg", jpeg())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("validation_failed"))
			.andExpect(jsonPath("$.fields.title").isString());
		this.mvc.perform(record("deputy-demo", "证据：日期不对", "昨天"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.date").value("格式不正确"));
		assertThat(count("duty_record")).isEqualTo(records);
		assertThat(count("duty_record_file")).isEqualTo(files);
	}

	private MockMultipartHttpServletRequestBuilder record(String user, String title) {
		return record(user, title, LocalDate.now(this.clock).minusDays(1).toString());
	}

	private MockMultipartHttpServletRequestBuilder record(String user, String title, String date) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/duty/records");
		request.param("type", "CONTACTING_VOTERS")
			.param("date", date)
			.param("title", title)
			.param("place", "八田地街道某社区")
			.with(Staff.as(this.accounts, user));
		return request;
	}

	private static MockMultipartFile photo(String name, byte[] content) {
		return new MockMultipartFile("photos", name, "image/jpeg", content);
	}

	private static byte[] jpeg() throws Exception {
		BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, 320, 240);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	private long photosOf(int record) {
		return this.jdbc.sql("select count(*) from duty_record_file where record_id = ?")
			.param(record)
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
