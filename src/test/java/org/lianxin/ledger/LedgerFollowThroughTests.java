package org.lianxin.ledger;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.ledger.internal.Appointment;
import org.lianxin.ledger.internal.Article;
import org.lianxin.ledger.internal.ArticleLevel;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.NomineeRecords;
import org.lianxin.region.RegionManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger followed across years: a nominee's appointments and removals across terms as
 * one record, and the publicity register as a public news page anyone opens without
 * signing in.
 */
@LianxinTest
class LedgerFollowThroughTests {

	static final String OFFICE = "office-210802";

	@Autowired
	LedgerBook book;

	@Autowired
	NomineeRecords records;

	@Autowired
	RegionManagement regions;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MockMvc mvc;

	void decide(CurrentUser office, Appointment.Action action, String name, String position, LocalDate on) {
		this.book.record(office, new Appointment.NewAppointment(action, name, position, on, 25, 24, 0, 1,
				action == Appointment.Action.APPOINT, action == Appointment.Action.APPOINT));
	}

	@Test
	void a_nominees_appointments_and_removals_are_one_record_across_terms() throws Exception {
		this.regions.addCongressTerm("210802", "站前区人民代表大会", 17, LocalDate.of(2016, 10, 1), LocalDate.of(2021, 9, 30));
		CurrentUser office = Staff.load(this.accounts, OFFICE);
		String name = "任免" + Long.toString(System.nanoTime() % 100000, 36);
		decide(office, Appointment.Action.APPOINT, name, "区人民法院副院长", LocalDate.of(2020, 3, 2));
		decide(office, Appointment.Action.REMOVE, name, "区人民法院副院长", LocalDate.of(2022, 5, 6));
		decide(office, Appointment.Action.APPOINT, name, "区人民检察院检察长", LocalDate.of(2023, 6, 8));
		decide(office, Appointment.Action.APPOINT, name + "乙", "区审计局局长", LocalDate.of(2023, 6, 8));

		NomineeRecords.NomineeRecord record = this.records.of("210802", name).orElseThrow();
		assertThat(record.steps()).extracting(NomineeRecords.Step::termNumber).containsExactly(17, 18, 18);
		assertThat(record.steps()).extracting(NomineeRecords.Step::positionTitle)
			.containsExactly("区人民法院副院长", "区人民法院副院长", "区人民检察院检察长");
		assertThat(record.appointments()).isEqualTo(2);
		assertThat(record.removals()).isEqualTo(1);
		assertThat(record.terms()).isEqualTo(2);

		this.mvc.perform(get("/api/v1/ledger/nominees").param("name", name).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps.length()").value(3))
			.andExpect(jsonPath("$.terms").value(2));
		this.mvc
			.perform(get("/ledger/nominees").param("name", name)
				.param("region", "210802")
				.with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共任命2次、免职1次，跨2届")))
			.andExpect(content().string(containsString("区人民检察院检察长")));
		this.mvc.perform(get("/ledger/appointments").param("year", "2023").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(content().string(containsString("/ledger/nominees?region=210802&amp;name=")));
	}

	@Test
	void a_name_never_decided_on_or_another_divisions_ledger_is_not_found() throws Exception {
		this.mvc.perform(get("/api/v1/ledger/nominees").param("name", "从未任免的人").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/ledger/nominees").param("name", "任何人")
				.param("region", "210811")
				.with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/ledger/nominees").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("此项必填"));
		this.mvc.perform(get("/ledger/nominees").param("name", "从未任免的人").with(Staff.as(this.accounts, OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有“从未任免的人”的任免记录")));
	}

	@Test
	void the_public_news_page_shows_the_years_articles_by_level_without_signing_in() throws Exception {
		CurrentUser office = Staff.load(this.accounts, OFFICE);
		this.book.record(office, new Article.NewArticle("站前区人大旁听评议法院庭审", "人民代表报", ArticleLevel.NATIONAL,
				LocalDate.of(2018, 4, 3), "https://example.org/rmdbb/1", "旁听庭审"));
		this.book.record(office, new Article.NewArticle("站前区人大开展执法检查", "辽宁人大", ArticleLevel.PROVINCIAL,
				LocalDate.of(2018, 9, 1), null, null));
		this.book.record(office,
				new Article.NewArticle("去年的稿件", "营口日报", ArticleLevel.CITY, LocalDate.of(2017, 9, 1), null, null));

		String page = this.mvc.perform(get("/public/news").param("region", "210802").param("year", "2018"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("站前区人大新闻（2018年）")))
			.andExpect(content().string(containsString("href=\"https://example.org/rmdbb/1\"")))
			.andExpect(content().string(not(containsString("去年的稿件"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("国家级媒体（1篇）")).isPositive().isLessThan(page.indexOf("省级媒体（1篇）"));
	}

}
