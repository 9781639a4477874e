package org.lianxin.opinion;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.SheetColumns;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case list's export streams: more cases than the old 50,000-row limit all arrive,
 * and the office's data scope holds over every one of them.
 */
@LianxinTest
class OpinionExportTests {

	/** More than the 50,000 rows an export used to stop at. */
	private static final int MANY = 60_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * Gone again before the next test: nothing refers to these cases, so the foreign
	 * keys' checks (a scan of every referring table per case) are switched off for the
	 * delete.
	 */
	@AfterEach
	void removeTheGeneratedCases() {
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("delete from opinion where tracking_code like 'X%'").update();
		});
	}

	@Test
	void an_export_longer_than_the_old_limit_holds_every_case_of_the_scope_and_none_beyond_it() throws Exception {
		generate(MANY, "210804002", 0);
		generate(3, "210802001", MANY);
		byte[] exported = this.mvc.perform(get("/opinions/export.xlsx").with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> codes = SheetColumns.column(exported, 0);
		long inScope = this.jdbc.sql("select count(*) from opinion where region_code like '210804%'")
			.query(Long.class)
			.single();
		assertThat(codes).hasSize((int) inScope).doesNotHaveDuplicates();
		assertThat(codes.stream().filter(code -> code.startsWith("X"))).hasSize(MANY)
			.contains(code(0), code(MANY - 1))
			.doesNotContain(code(MANY), code(MANY + 2));
		// newest first, as the list shows them
		assertThat(codes.indexOf(code(MANY - 1))).isLessThan(codes.indexOf(code(0)));
	}

	@Test
	void an_export_keeps_the_lists_filters() throws Exception {
		generate(5, "210804002", 0);
		generate(2, "210804003", 5);
		byte[] exported = this.mvc
			.perform(get("/opinions/export.xlsx").param("region", "210804002")
				.param("status", "RECEIVED")
				.with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(SheetColumns.column(exported, 7)).containsOnly("待交办");
		assertThat(SheetColumns.column(exported, 5)).containsOnly("海星街道");
		assertThat(SheetColumns.column(exported, 0)).contains(code(0), code(4)).doesNotContain(code(5), code(6));
	}

	@Test
	void a_bad_filter_gets_the_usual_clear_message_and_no_download() throws Exception {
		this.mvc
			.perform(get("/opinions/export.xlsx").param("status", "NO_SUCH_STATE")
				.with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("status")));
	}

	/** Cases received one a second, oldest first, straight into the table. */
	private void generate(int count, String town, int from) {
		this.jdbc.sql("""
				insert into opinion (tracking_code, link_token, region_code, category_id, channel, description,
				                     collected_on, received_at, status, stage_started_on, stage_due_on)
				select 'X' || lpad(i::text, 9, '0'), 'export-test-' || i, :town,
				       (select min(id) from opinion_category), 'WEB', '导出测试的件 ' || i, current_date,
				       now() - interval '1 day' + i * interval '1 second', 'RECEIVED', current_date, current_date + 5
				from generate_series(:from, :from + :count - 1) as i""")
			.param("town", town)
			.param("from", from)
			.param("count", count)
			.update();
	}

	private static String code(int i) {
		return "X" + "%09d".formatted(i);
	}

}
