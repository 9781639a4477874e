package org.lianxin.suggestion;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.suggestion.internal.SuggestionWorkbooks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session's paper suggestions imported from the template (row and column named for
 * every refused row, all or nothing or the valid rows, the same file again changes
 * nothing), and a list exported with its filters.
 */
@LianxinTest
class SuggestionWorkbookTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyAccounts deputies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_sessions_suggestions_come_in_with_their_co_signers_and_the_same_file_again_changes_nothing()
			throws Exception {
		Seat seat = seat();
		byte[] file = SuggestionWorkbooks.SESSION
			.export(List.of(List.of("A-1", "导入：关于修缮学校操场的建议", "操场破损。", "教育科技", seat.lead(), seat.coSigner(), "大会期间"),
					List.of("A-2", "导入：关于增设公交站的建议", "出行不便。", "城乡建设", seat.lead(), "", "闭会期间")));
		this.mvc.perform(upload(seat.congress(), 7, file, "ALL_OR_NOTHING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新增 2 件")));
		assertThat(imported(seat.congress(), 7)).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select count(*) from suggestion_co_signer c join suggestion s on s.id = c.suggestion_id
				where s.idempotency_key = ? and c.confirmed_on is not null""")
			.param("import:" + seat.congress() + ":7:A-1")
			.query(Long.class)
			.single()).isEqualTo(1);

		this.mvc.perform(upload(seat.congress(), 7, file, "ALL_OR_NOTHING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新增 0 件，已导入过未变化 2 件")));
		assertThat(imported(seat.congress(), 7)).isEqualTo(2);
	}

	@Test
	void a_refused_row_is_named_by_row_and_column_and_all_or_nothing_writes_nothing_while_valid_rows_saves_the_rest()
			throws Exception {
		Seat seat = seat();
		byte[] file = SuggestionWorkbooks.SESSION
			.export(List.of(List.of("B-1", "导入：关于路灯的建议", "路灯不亮。", "城乡建设", seat.lead(), "", "闭会期间"),
					List.of("B-2", "导入：关于绿化的建议", "缺少绿地。", "生态环境", "查无此人", "", "闭会期间")));
		this.mvc.perform(upload(seat.congress(), 8, file, "ALL_OR_NOTHING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本届人大没有名为“查无此人”的在任代表")))
			.andExpect(content().string(containsString("<td>3</td><td>领衔代表</td>")));
		assertThat(imported(seat.congress(), 8)).isZero();

		this.mvc
			.perform(multipart("/api/v1/suggestions/import")
				.file(new MockMultipartFile("file", "建议.xlsx", "application/octet-stream", file))
				.param("congress", String.valueOf(seat.congress()))
				.param("session", "8")
				.param("mode", "valid-rows")
				.with(Staff.as(this.accounts, "office-210802"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("领衔代表"));
		assertThat(imported(seat.congress(), 8)).isEqualTo(1);
	}

	@Test
	void a_file_that_is_not_a_workbook_and_another_divisions_congress_are_refused_with_nothing_written()
			throws Exception {
		Seat seat = seat();
		this.mvc.perform(upload(seat.congress(), 9, "标题,内容".getBytes(), "ALL_OR_NOTHING"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("这不是 Excel（.xlsx）文件")));
		byte[] file = SuggestionWorkbooks.SESSION
			.export(List.of(List.of("C-1", "导入：越权", "内容。", "其他", seat.lead(), "", "闭会期间")));
		this.mvc
			.perform(multipart("/suggestions/import").file(new MockMultipartFile("file", "建议.xlsx", null, file))
				.param("congress", String.valueOf(seat.congress()))
				.param("session", "9")
				.with(Staff.as(this.accounts, "office-210803"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择您数据范围内的人民代表大会")));
		assertThat(imported(seat.congress(), 9)).isZero();
	}

	@Test
	void the_template_downloads_and_a_list_exports_with_its_filters() throws Exception {
		this.mvc.perform(as("office-210802", get("/suggestions/template.xlsx")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
		this.mvc
			.perform(as("deputy-demo", post("/suggestions")).param("title", "导出：关于增设垃圾分类点的建议")
				.param("body", "小区缺少分类点。")
				.param("category", "URBAN")
				.param("period", "RECESS"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as("office-210802", get("/suggestions")))
			.andExpect(content().string(containsString("/suggestions/export.xlsx")));
		assertThat(sheetText(this.mvc.perform(as("office-210802", get("/suggestions/export.xlsx?status=FILED")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains("导出：关于增设垃圾分类点的建议").contains("已提出");
		assertThat(sheetText(this.mvc.perform(as("office-210802", get("/suggestions/export.xlsx?status=CLOSED")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).doesNotContain("导出：关于增设垃圾分类点的建议");
		this.mvc.perform(as("office-210803", get("/suggestions/export.xlsx?status=FILED")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("垃圾分类点"))));
	}

	private record Seat(long congress, String lead, String coSigner) {
	}

	/** deputy-demo's congress, the deputy's name and another serving deputy's. */
	private Seat seat() {
		long deputy = this.deputies.deputyOf(Staff.load(this.accounts, "deputy-demo").id()).orElseThrow();
		long congress = this.jdbc
			.sql("select congress_id from deputy_seat_view where deputy_id = ? and ended_on is null")
			.param(deputy)
			.query(Long.class)
			.list()
			.get(0);
		List<String> names = this.jdbc.sql("""
				select d.name from deputy_view d join deputy_seat_view s on s.deputy_id = d.id and s.ended_on is null
				where s.congress_id = ? and d.name in (select name from deputy_view group by name having count(*) = 1)
				order by d.id = ? desc, d.id limit 2""").param(congress).param(deputy).query(String.class).list();
		return new Seat(congress, names.get(0), names.get(1));
	}

	private long imported(long congress, int session) {
		return this.jdbc.sql("select count(*) from suggestion where idempotency_key like ?")
			.param("import:" + congress + ":" + session + ":%")
			.query(Long.class)
			.single();
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(long congress, int session, byte[] file,
			String mode) {
		return multipart("/suggestions/import").file(new MockMultipartFile("file", "建议.xlsx", null, file))
			.param("congress", String.valueOf(congress))
			.param("session", String.valueOf(session))
			.param("mode", mode)
			.with(Staff.as(this.accounts, "office-210802"))
			.with(csrf());
	}

	private static String sheetText(byte[] xlsx) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder text = new StringBuilder();
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
			return text.toString();
		}
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user)).with(csrf());
	}

}
