package org.lianxin.legislation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.station.VenueRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class ConsultationTests {

	static final String FIRST_DRAFT = """
			辽宁省职业教育条例（草案）
			第一章　总则
			第一条　为了推动职业教育发展，制定本条例。
			第二条　本省行政区域内的职业教育活动，适用本条例。
			第二章　保障
			第三条　职业学校应当建立健全学生资助制度。
			第四条　本条例自公布之日起施行。""";

	static final String REVISED_DRAFT = """
			第一章　总则
			第一条　为了推动职业教育高质量发展，制定本条例。
			第二条　县级以上人民政府应当将职业教育纳入国民经济和社会发展规划。
			第三条　本省行政区域内的职业教育活动，适用本条例。
			第二章　保障
			第四条　本条例自公布之日起施行。""";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_draft_pasted_in_is_read_article_by_article_and_a_revised_one_shows_its_changes() throws Exception {
		long id = receive("辽宁省职业教育条例（草案）");
		importText(id, FIRST_DRAFT).andExpect(flash().attribute("notice", "consultation.draft.imported"));
		this.mvc.perform(get("/legislation/consultations/{id}", id).with(office()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("第二章 保障"), containsString("第三条"), containsString("职业学校应当建立健全学生资助制度。"))));
		importText(id, REVISED_DRAFT).andExpect(flash().attribute("notice", "consultation.draft.imported"));
		assertThat(currentVersion(id)).isEqualTo(2);
		this.mvc.perform(get("/legislation/consultations/{id}/changes", id).param("from", "1").with(office()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-kind=\"AMENDED\""),
					containsString("data-kind=\"ADDED\""), containsString("data-kind=\"REMOVED\""),
					containsString("纳入国民经济和社会发展规划"), containsString("条号变化"))));
	}

	@Test
	void a_draft_uploaded_as_docx_is_read_like_a_pasted_one() throws Exception {
		long id = receive("营口市人才发展促进条例（草案）");
		this.mvc.perform(multipart("/legislation/consultations/{id}/drafts", id)
			.file(new MockMultipartFile("file", "draft.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(FIRST_DRAFT)))
			.with(office())
			.with(csrf())).andExpect(flash().attribute("notice", "consultation.draft.imported"));
		assertThat(this.jdbc.sql("""
				select count(*) from legislation_draft_article a join legislation_draft_version v on v.id = a.version_id
				where v.consultation_id = ?""").param(id).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void a_numbering_that_cannot_be_read_a_broken_docx_and_an_old_doc_are_refused_and_write_nothing() throws Exception {
		long id = receive("某条例（草案）");
		importText(id, "第一条　甲。\n第二条　乙。\n第四条　丁。").andExpect(flash().attribute("problem", "第 3 行“第四条　丁。”的条号不连续：这里应为第三条"));
		this.mvc
			.perform(multipart("/legislation/consultations/{id}/drafts", id)
				.file(new MockMultipartFile("file", "draft.docx", "application/octet-stream",
						"PK\u0003\u0004 not really a zip".getBytes()))
				.with(office())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("无法读取这个文件")));
		this.mvc
			.perform(multipart("/legislation/consultations/{id}/drafts", id)
				.file(new MockMultipartFile("file", "draft.doc", "application/msword",
						new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
								(byte) 0xE1, 0, 0, 0, 0 }))
				.with(office())
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("旧版 .doc")));
		assertThat(currentVersion(id)).isZero();
		assertThat(this.jdbc.sql("select count(*) from legislation_draft_version where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void each_step_is_kept_in_an_append_only_hash_chained_history() throws Exception {
		long id = receive("辽宁省某条例（草案）");
		this.mvc.perform(post("/legislation/consultations/{id}/publish", id).with(office()).with(csrf()))
			.andExpect(flash().attribute("problem", containsString("请先导入草案")));
		importText(id, FIRST_DRAFT);
		this.mvc.perform(post("/legislation/consultations/{id}/publish", id).with(office()).with(csrf()))
			.andExpect(flash().attribute("notice", "consultation.published"));
		assertThat(this.jdbc
			.sql("""
					select to_stage || ':' || chain_seq || ':' || (row_hash is not null) from legislation_consultation_history
					where consultation_id = ? order by chain_seq""")
			.param(id)
			.query(String.class)
			.list()).containsExactly("RECEIVED:1:true", "RECEIVED:2:true", "GATHERING:3:true");
		assertThatThrownBy(() -> this.jdbc
			.sql("update legislation_consultation_history set reason = 'x' where consultation_id = ?")
			.param(id)
			.update()).hasMessageContaining("append-only");
	}

	@Test
	void another_divisions_office_cannot_open_the_consultation() throws Exception {
		long id = receive("西市区的征询");
		this.mvc.perform(get("/legislation/consultations/{id}", id).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/legislation/consultations/{id}/drafts", id).param("text", FIRST_DRAFT)
				.with(Staff.as(this.accounts, "office-210802"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(currentVersion(id)).isZero();
	}

	private long receive(String title) throws Exception {
		long point = LegislativeFixtures.contactPoint(this.venues);
		MvcResult result = this.mvc
			.perform(post("/legislation/consultations").with(office())
				.with(csrf())
				.param("pointId", String.valueOf(point))
				.param("sourceLevel", "PROVINCIAL")
				.param("sourceBody", "辽宁省人大常委会法制工作委员会")
				.param("title", title)
				.param("answerDueOn", LocalDate.now().plusDays(30).toString()))
			.andExpect(flash().attribute("notice", "consultation.received"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions importText(long id, String text) throws Exception {
		return this.mvc.perform(
				post("/legislation/consultations/{id}/drafts", id).param("text", text).with(office()).with(csrf()));
	}

	private int currentVersion(long id) {
		return this.jdbc.sql("select current_version from legislation_consultation where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor office() {
		return Staff.as(this.accounts, "office-210803");
	}

	static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

}
