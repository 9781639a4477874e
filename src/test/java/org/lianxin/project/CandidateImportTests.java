package org.lianxin.project;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.Workbooks;
import org.lianxin.account.StaffAccounts;
import org.lianxin.project.internal.CandidateImport;
import org.lianxin.region.RegionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class CandidateImportTests {

	private static final String GAIZHOU = "office-210881";

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateImport imports;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	RegionManagement regions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_governments_list_is_imported_whole_or_not_at_all_with_each_refused_row_named() throws Exception {
		long congress = this.regions.congressesOf("210811").get(0).id();
		List<String> road = List.of("14.1公里农村公路维修改造", "交通道路", "", "860", "老边区", "2036-03-01", "2036-11-30",
				"农村公路维修改造 14.1 公里", "2036-05-31 完成招标；2036-10-31 主体完工");
		List<String> broken = List.of("有线电视高清化升级", "没有的类别", "", "120", "", "2036-03-01", "2036-11-30", "有线电视 户", "");
		this.mvc.perform(get("/projects/import/template").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(status().isOk());

		this.mvc.perform(upload(congress, Workbooks.fill(this.imports.template(), List.of(road, broken))))
			.andExpect(flash().attribute("problem", containsString("第 3 行 类别：请选择项目类别")));
		assertThat(candidates(congress)).isZero();

		this.mvc
			.perform(upload(congress,
					Workbooks.fill(this.imports.template(),
							List.of(road,
									List.of("1200余户有线电视高清化升级", "便民服务与公共安全", "", "120", "", "2036-03-01", "2036-11-30",
											"有线电视高清化 1,200 户", "")))))
			.andExpect(flash().attribute("notice", "project.import.done"));
		assertThat(candidates(congress)).isEqualTo(2);
		assertThat(this.jdbc
			.sql("select planned from project_target t join project p on p.id = t.project_id"
					+ " where p.congress_id = ? and p.year = 2036 order by p.proposed_order")
			.param(congress)
			.query(String.class)
			.list()).containsExactly("14.10", "1200.00");
	}

	@Test
	void monthly_reports_of_several_projects_are_taken_all_through_the_forms_rules_or_none() throws Exception {
		long congress = this.regions.congressesOf("210881").get(0).id();
		List<String> road = List.of("农村公路（月报导入）", "交通道路", "", "860", "", "2026-03-01", "2026-11-30", "农村公路 14.1 公里",
				"");
		List<String> other = List.of("备选（月报导入）", "交通道路", "", "1", "", "2026-03-01", "2026-11-30", "道路 1 公里", "");
		this.mvc
			.perform(upload(congress, Workbooks.fill(this.imports.template(), List.of(road, other)), "2026", GAIZHOU))
			.andExpect(flash().attribute("notice", "project.import.done"));
		long id = this.jdbc.sql("select id from project where title = '农村公路（月报导入）'").query(Long.class).single();
		this.jdbc.sql("update project set state = 'CHOSEN' where id = ?").param(id).update();
		byte[] template = this.mvc
			.perform(get("/projects/import/reports/template").with(Staff.as(this.accounts, GAIZHOU)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		this.mvc
			.perform(reports(Workbooks.fill(template,
					List.of(List.of(String.valueOf(id), "2026-04", "3.5", "300", "100", "路基", ""),
							List.of(String.valueOf(id), "2026-05", "2", "", "", "", "")))))
			.andExpect(flash().attribute("problem", containsString("第 3 行")));
		assertThat(this.jdbc.sql("select count(*) from project_report where project_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();

		this.mvc
			.perform(reports(Workbooks.fill(template,
					List.of(List.of(String.valueOf(id), "2026-04", "3.5", "300", "100", "路基", ""),
							List.of(String.valueOf(id), "2026-05", "7.05", "", "", "", "")))))
			.andExpect(flash().attribute("notice", "project.import.reports-done"));
		assertThat(this.jdbc.sql("select done from project_target where project_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("7.05");
	}

	private org.springframework.test.web.servlet.RequestBuilder reports(byte[] workbook) {
		return multipart("/projects/import/reports").file(new MockMultipartFile("file", "月报.xlsx", null, workbook))
			.with(Staff.as(this.accounts, GAIZHOU))
			.with(csrf());
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(long congress, byte[] workbook) {
		return upload(congress, workbook, "2036", "office-210811");
	}

	private org.springframework.test.web.servlet.RequestBuilder upload(long congress, byte[] workbook, String year,
			String username) {
		return multipart("/projects/import").file(new MockMultipartFile("file", "候选项目.xlsx", null, workbook))
			.param("congressId", String.valueOf(congress))
			.param("year", year)
			.with(Staff.as(this.accounts, username))
			.with(csrf());
	}

	private long candidates(long congress) {
		return this.jdbc.sql("select count(*) from project where congress_id = ? and year = 2036")
			.param(congress)
			.query(Long.class)
			.single();
	}

}
