package org.lianxin.project;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.internal.Projects;
import org.lianxin.survey.internal.Surveys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The project and survey lists, as their pages filter them, download as workbooks. */
@LianxinTest
class ListExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Projects projects;

	@Autowired
	Surveys surveys;

	@Test
	void the_project_list_of_a_region_and_year_downloads_with_one_row_per_project() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		List<List<String>> rows = download(office, "/projects/export?region=210811&year=2025");
		assertThat(rows.get(0)).startsWith("年度", "项目名称", "类别");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1))
			.containsExactlyElementsOf(this.projects.list(office, "210811", 2025).stream().map(p -> p.title()).toList())
			.isNotEmpty();
	}

	@Test
	void the_survey_list_downloads_with_one_row_per_survey() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		List<List<String>> rows = download(office, "/surveys/export?region=210811");
		assertThat(rows.get(0)).startsWith("年度", "测评名称", "系列");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1))
			.containsExactlyElementsOf(this.surveys.list(office, "210811").stream().map(s -> s.title()).toList())
			.isNotEmpty();
	}

	private List<List<String>> download(CurrentUser office, String uri) throws Exception {
		byte[] bytes = this.mvc.perform(get(uri).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(cell.getStringCellValue()));
				rows.add(cells);
			}
		}
		return rows;
	}

}
