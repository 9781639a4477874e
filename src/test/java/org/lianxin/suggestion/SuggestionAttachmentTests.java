package org.lianxin.suggestion;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.files.UploadLimits;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A deputy files with documents attached; an oversized file or a non-document renamed
 * .pdf is refused with its reason and nothing is written; an attachment opens only within
 * the suggestion's scope.
 */
@LianxinTest
class SuggestionAttachmentTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_suggestion_filed_with_a_pdf_keeps_it_and_opens_it_only_within_its_scope() throws Exception {
		String location = file("附件：关于增设充电桩的建议",
				new MockMultipartFile("attachments", "调研报告.pdf", "application/pdf", PDF))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/suggestions/".length()));
		long attachment = this.jdbc.sql("select id from suggestion_attachment where suggestion_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.mvc.perform(get(location).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("调研报告.pdf")));
		this.mvc.perform(get(location + "/attachments/" + attachment).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		this.mvc.perform(get(location + "/attachments/" + attachment).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_text_file_renamed_pdf_is_refused_and_nothing_is_written() throws Exception {
		long before = count();
		file("附件：改名",
				new MockMultipartFile("attachments", "报告.pdf", "application/pdf",
						"这是一段文字，不是 PDF".getBytes(StandardCharsets.UTF_8)))
			.andExpect(flash().attribute("problem", "“报告.pdf”不是真正的 PDF 文件（可能是改了扩展名），请上传原文件"));
		file("附件：程序", new MockMultipartFile("attachments", "工具.exe", null, new byte[] { 'M', 'Z', 0, 0 }))
			.andExpect(flash().attribute("problem", containsString("不是可以上传的附件类型")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void an_oversized_attachment_is_refused_with_the_limit_and_nothing_is_written() throws Exception {
		long before = count();
		byte[] large = new byte[(int) UploadLimits.MAX_FILE_BYTES + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		file("附件：太大", new MockMultipartFile("attachments", "扫描件.pdf", "application/pdf", large)).andExpect(
				flash().attribute("problem", "附件太大（每个最大 " + UploadLimits.MAX_FILE_MEGABYTES + " MB），请压缩或删去不需要的页面后再上传"));
		assertThat(count()).isEqualTo(before);
	}

	private ResultActions file(String title, MockMultipartFile attachment) throws Exception {
		return this.mvc.perform(multipart("/suggestions").file(attachment)
			.param("title", title)
			.param("body", "内容。")
			.param("category", "URBAN")
			.param("period", "RECESS")
			.with(Staff.as(this.accounts, "deputy-demo"))
			.with(csrf()));
	}

	private long count() {
		return this.jdbc.sql("select (select count(*) from suggestion) + (select count(*) from suggestion_attachment)")
			.query(Long.class)
			.single();
	}

}
