package org.lianxin.deputy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.Workbooks;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DeputyImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_filled_in_template_imports_once_and_the_same_file_again_changes_nothing() throws Exception {
		byte[] template = download("/deputies/template.xlsx", "office-210881");
		byte[] filled = Workbooks.fill(template,
				List.of(row("何立新", "男", "汉族", "1971", "中共党员", "村党支部书记", "盖州市九寨镇某村", "13904179901", "", "盖州市人民代表大会",
						"九寨镇选区", "九寨镇代表小组", "2021-11-19"),
						row("马桂芝", "女", "汉族", "1965", "中共党员", "农民", "盖州市九寨镇某村", "139****0111", "", "盖州市人民代表大会", "九寨镇选区",
								"九寨镇代表小组", "2021-11-19")));
		this.mvc.perform(upload("/api/v1/deputies/import", filled, "office-210881"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.unchanged").value(1))
			.andExpect(jsonPath("$.errors.length()").value(0));
		this.mvc.perform(upload("/api/v1/deputies/import", filled, "office-210881"))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(this.jdbc.sql("select count(*) from deputy where name = '何立新'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void an_export_imports_back_with_nothing_changed() throws Exception {
		byte[] exported = download("/deputies/export.xlsx", "office-210803");
		assertThat(importThroughPage(exported, "office-210803")).contains("新增 0 人，更新 0 人，未变化 ").contains("有误 0 行");
	}

	@Test
	void the_page_saves_in_the_background_and_counts_every_row_it_saved() throws Exception {
		byte[] exported = download("/deputies/export.xlsx", "office-210882");
		String jobPage = this.mvc.perform(upload("/deputies/import", exported, "office-210882"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = finished(jobPage, "office-210882");
		assertThat(page).contains("新增 0 人").doesNotContain("import-progress");
		var progress = this.jdbc.sql("select done, total from deputy_import_job where id = cast(? as uuid)")
			.param(jobPage.substring(jobPage.lastIndexOf('/') + 1))
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single();
		assertThat(progress.get(1)).isGreaterThan(10);
		assertThat(progress.get(0)).isEqualTo(progress.get(1));
		// someone else's import is not theirs to look at
		this.mvc.perform(get(jobPage).with(Staff.as(this.accounts, "office-210881"))).andExpect(status().isNotFound());
	}

	@Test
	void a_running_import_shows_a_progress_bar_that_refreshes_itself_and_an_interrupted_one_says_so() throws Exception {
		long userId = Staff.load(this.accounts, "office-210802").id();
		this.jdbc.sql("""
				insert into deputy_import_job (id, user_id, state, done, total)
				values ('00000000-0000-0000-0000-0000000000a1', ?, 'RUNNING', 250, 1000)""").param(userId).update();
		this.jdbc
			.sql("""
					insert into deputy_import_job (id, user_id, state, done, total, updated_at)
					values ('00000000-0000-0000-0000-0000000000a2', ?, 'RUNNING', 10, 1000, now() - interval '5 minutes')""")
			.param(userId)
			.update();
		this.mvc
			.perform(get("/deputies/import/00000000-0000-0000-0000-0000000000a1")
				.with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已处理 250 / 1,000 行")))
			.andExpect(content().string(containsString("width: 25%")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
		this.mvc
			.perform(get("/deputies/import/00000000-0000-0000-0000-0000000000a2")
				.with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入中断了")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
	}

	@Test
	void one_wrong_row_keeps_the_whole_file_out_unless_valid_rows_are_asked_for() throws Exception {
		byte[] filled = Workbooks.fill(download("/deputies/template.xlsx", "office-210811"),
				List.of(row("韩立军", "男", "汉族", "1969", "", "", "", "", "", "老边区人民代表大会", "", "", "2021-11-17"),
						row("", "不详", "", "18xx", "", "", "", "12345", "", "西市区人民代表大会", "", "", "去年")));
		this.mvc.perform(upload("/api/v1/deputies/import", filled, "office-210811"))
			.andExpect(jsonPath("$.saved").value(false))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '姓名')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '手机号码')].message").value("请输入有效的手机或固定电话号码"))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '人民代表大会')]").exists());
		assertThat(this.jdbc.sql("select count(*) from deputy where name = '韩立军'").query(Long.class).single()).isZero();
		this.mvc.perform(upload("/api/v1/deputies/import", filled, "office-210811").param("mode", "valid-rows"))
			.andExpect(jsonPath("$.saved").value(true))
			.andExpect(jsonPath("$.imported").value(1));
	}

	@Test
	void hostile_or_wrong_files_get_one_clear_message_and_change_nothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from deputy").query(Long.class).single();
		byte[] csv = "姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(upload("/api/v1/deputies/import", csv, "office-210802"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("这不是 Excel")));
		this.mvc.perform(upload("/deputies/import", csv, "office-210802"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("这不是 Excel")));
		this.mvc
			.perform(upload("/api/v1/deputies/import", encrypted(download("/deputies/template.xlsx", "office-210802")),
					"office-210802"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("密码")));
		this.mvc.perform(upload("/api/v1/deputies/import", otherHeader(), "office-210802"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("表头与模板不一致")));
		this.mvc.perform(upload("/api/v1/deputies/import", mergedHeader(), "office-210802"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(upload("/api/v1/deputies/import",
					manyEmptyRows(download("/deputies/template.xlsx", "office-210802")), "office-210802"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("文件中没有填写任何代表"));
		this.mvc.perform(upload("/api/v1/deputies/import", new byte[0], "office-210802"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("select count(*) from deputy").query(Long.class).single()).isEqualTo(before);
	}

	/** Uploads through the page and waits for the background save to finish. */
	private String importThroughPage(byte[] file, String user) throws Exception {
		String jobPage = this.mvc.perform(upload("/deputies/import", file, user))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return finished(jobPage, user);
	}

	private String finished(String jobPage, String user) throws Exception {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			String page = this.mvc.perform(get(jobPage).with(Staff.as(this.accounts, user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			return page.contains("id=\"import-report\"") ? page : null;
		}, java.util.Objects::nonNull);
	}

	private MockMultipartHttpServletRequestBuilder upload(String path, byte[] file, String user) {
		return (MockMultipartHttpServletRequestBuilder) multipart(path)
			.file(new MockMultipartFile("file", "代表.xlsx", "application/octet-stream", file))
			.with(Staff.as(this.accounts, user))
			.with(csrf());
	}

	private byte[] download(String path, String user) throws Exception {
		return this.mvc.perform(get(path).with(Staff.as(this.accounts, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> row(String... cells) {
		return List.of(cells);
	}

	private static byte[] manyEmptyRows(byte[] template) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.removeRow(sheet.getRow(1));
			for (int r = 1; r < 3000; r++) {
				sheet.createRow(r).createCell(0).setCellValue("");
			}
			return Workbooks.bytes(workbook);
		}
	}

	private static byte[] otherHeader() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Row header = workbook.createSheet("Sheet1").createRow(0);
			header.createCell(0).setCellValue("姓名");
			header.createCell(1).setCellValue("身份证号");
			return Workbooks.bytes(workbook);
		}
	}

	private static byte[] mergedHeader() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("人大代表");
			sheet.createRow(0).createCell(0).setCellValue("人大代表名册");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
			return Workbooks.bytes(workbook);
		}
	}

	private static byte[] encrypted(byte[] xlsx) throws Exception {
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(container)) {
				out.write(xlsx);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			container.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
	}

}
