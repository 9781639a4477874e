package org.lianxin.opinion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
class OpinionWorkbookTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_backlog_imports_once_and_the_same_file_again_adds_nothing() throws Exception {
		byte[] filled = Workbooks.fill(download("/opinions/template.xlsx"),
				List.of(row("2026-01-10", "热线电话", "城市建设", "210804002", "台账：海星街道某小区外墙脱落", "某小区 3 号楼", "刘女士",
						"13904171111", "是"),
						row("2026/1/12", "来信", "交通出行", "210804", "台账：鲅鱼圈区某路口信号灯配时不合理", "", "", "13904172222", "")));
		this.mvc.perform(upload("/api/v1/opinions/import", filled))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.saved").value(true));
		this.mvc.perform(upload("/api/v1/opinions/import", filled))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		assertThat(this.jdbc.sql("""
				select channel || ' ' || late_entry || ' ' || urgent from opinion
				where description = '台账：海星街道某小区外墙脱落'""").query(String.class).list())
			.containsExactly("HOTLINE true true");
	}

	@Test
	void one_bad_row_stops_everything_unless_only_the_valid_rows_are_wanted() throws Exception {
		byte[] filled = Workbooks.fill(download("/opinions/template.xlsx"),
				List.of(row("2026-02-03", "代表收集", "教育", "210804", "台账：学校门口缺少减速带", "", "", "13904173333", ""),
						row("某天", "朋友说的", "不存在的分类", "210804", "台账：这一行有错", "", "", "13904174444", "也许"),
						row("2026-02-04", "代表收集", "教育", "210802", "台账：别区的件", "", "", "13904175555", "")));
		this.mvc.perform(upload("/api/v1/opinions/import", filled))
			.andExpect(jsonPath("$.saved").value(false))
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '收集日期')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '来源')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == '分类')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == '区划代码')].message")
				.value(org.hamcrest.Matchers.hasItem("请选择您数据范围内的区划")));
		assertThat(count("台账：学校门口缺少减速带")).isZero();
		this.mvc.perform(upload("/api/v1/opinions/import", filled).param("mode", "valid-rows"))
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.errors.length()").value(5));
		assertThat(count("台账：学校门口缺少减速带")).isEqualTo(1);
		assertThat(count("台账：别区的件")).isZero();
	}

	@Test
	void a_file_that_is_not_the_template_gets_one_clear_message() throws Exception {
		this.mvc.perform(upload("/api/v1/opinions/import", "收集日期,来源\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("这不是 Excel")));
		this.mvc.perform(upload("/opinions/import", "收集日期,来源\n".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("这不是 Excel")));
	}

	@Test
	void the_case_list_exports_with_its_filters() throws Exception {
		byte[] filled = Workbooks.fill(download("/opinions/template.xlsx"),
				List.of(row("2026-03-01", "联络站接待", "生态环境", "210804002", "台账：导出用的件", "", "", "13904176666", "")));
		this.mvc.perform(upload("/api/v1/opinions/import", filled)).andExpect(jsonPath("$.imported").value(1));
		String code = this.jdbc.sql("select tracking_code from opinion where description = '台账：导出用的件'")
			.query(String.class)
			.single();
		byte[] exported = this.mvc
			.perform(get("/opinions/export.xlsx").param("region", "210804002")
				.with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("查询码");
			List<String> codes = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					codes.add(row.getCell(0).getStringCellValue());
					assertThat(row.getCell(5).getStringCellValue()).isEqualTo("海星街道");
				}
			}
			assertThat(codes).contains(code);
		}
	}

	private long count(String description) {
		return this.jdbc.sql("select count(*) from opinion where description = ?")
			.param(description)
			.query(Long.class)
			.single();
	}

	private MockMultipartHttpServletRequestBuilder upload(String path, byte[] file) {
		return (MockMultipartHttpServletRequestBuilder) multipart(path)
			.file(new MockMultipartFile("file", "台账.xlsx", "application/octet-stream", file))
			.with(Staff.as(this.accounts, "office-210804"))
			.with(csrf());
	}

	private byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path).with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> row(String... cells) {
		return List.of(cells);
	}

}
