package org.lianxin.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.Workbooks;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.ledger.internal.Appointment;
import org.lianxin.ledger.internal.Article;
import org.lianxin.ledger.internal.ArticleLevel;
import org.lianxin.ledger.internal.LedgerBook;
import org.lianxin.ledger.internal.LedgerQueries;
import org.lianxin.ledger.internal.LedgerWorkbooks;
import org.lianxin.ledger.internal.Meeting;
import org.lianxin.ledger.internal.MeetingKind;
import org.lianxin.ledger.internal.PartyRequest;
import org.lianxin.ledger.internal.YearCount;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work ledger of one office and year: the counts are the rows behind them and each
 * opens its list; a meeting numbered twice in a term and a vote with more votes than
 * members present are refused with nothing written; another division's ledger is not
 * shown.
 */
@LianxinTest
class LedgerTests {

	// a year no demo data and no other test writes in, so the counts are this test's own
	static final int YEAR = 2019;

	static final String OFFICE = "office-210811";

	@Autowired
	LedgerBook book;

	@Autowired
	LedgerQueries queries;

	@Autowired
	LedgerWorkbooks workbooks;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	static LocalDate day(int month, int dayOfMonth) {
		return LocalDate.of(YEAR, month, dayOfMonth);
	}

	@Test
	void the_years_counts_are_the_rows_behind_them_and_each_opens_its_list() throws Exception {
		CurrentUser office = Staff.load(this.accounts, OFFICE);
		this.book.record(office,
				new Meeting.NewMeeting(MeetingKind.PARTY_GROUP, 17, 1, day(1, 8), "传达学习全会精神", 7, null));
		this.book.record(office,
				new Meeting.NewMeeting(MeetingKind.PARTY_GROUP, 17, 2, day(2, 8), "研究年度工作要点", 7, null));
		this.book.record(office, new Meeting.NewMeeting(MeetingKind.STANDING_COMMITTEE, 17, 20, day(3, 20), "听取两个报告",
				25, List.of("关于安全生产工作情况的报告", "关于食品安全工作情况的报告")));
		for (String name : List.of("王某", "李某", "赵某")) {
			this.book.record(office, new Appointment.NewAppointment(Appointment.Action.APPOINT, name, "区政府副区长",
					day(3, 20), 25, 24, 0, 1, true, true));
		}
		this.book.send(office, PartyRequest.Kind.REQUEST, "关于召开人代会的请示", day(4, 1));
		this.book.record(office, new Article.NewArticle("老边区人大开展执法检查", "人民代表报", ArticleLevel.NATIONAL, day(5, 5),
				"https://example.org/a", "执法检查"));

		Map<YearCount, LedgerQueries.Count> counts = this.queries.counts("210811", YEAR)
			.stream()
			.collect(Collectors.toMap(LedgerQueries.Count::kind, c -> c));
		assertThat(counts.get(YearCount.PARTY_GROUP_MEETINGS).value()).isEqualTo(2);
		assertThat(counts.get(YearCount.CHAIRPERSONS_MEETINGS).value()).isZero();
		assertThat(counts.get(YearCount.STANDING_COMMITTEE_MEETINGS).value()).isEqualTo(1);
		assertThat(counts.get(YearCount.REPORTS_HEARD).value()).isEqualTo(2);
		assertThat(counts.get(YearCount.APPOINTMENTS).value()).isEqualTo(3);
		assertThat(counts.get(YearCount.REQUESTS).value()).isEqualTo(1);
		assertThat(counts.get(YearCount.ARTICLES).value()).isEqualTo(1);

		this.mvc.perform(get("/ledger").param("year", String.valueOf(YEAR)).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(content().string(containsString("全年共召开党组会议")))
			.andExpect(content()
				.string(containsString(counts.get(YearCount.PARTY_GROUP_MEETINGS).listPath().replace("&", "&amp;"))));
		this.mvc
			.perform(get(counts.get(YearCount.PARTY_GROUP_MEETINGS).listPath()).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(content().string(containsString("研究年度工作要点")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("听取两个报告"))));
		this.mvc
			.perform(get("/api/v1/ledger").param("year", String.valueOf(YEAR)).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(jsonPath("$.counts[?(@.kind == 'APPOINTMENTS')].value").value(3))
			.andExpect(jsonPath("$.counts[?(@.kind == 'APPOINTMENTS')].definition")
				.value(org.hamcrest.Matchers.hasItem(containsString("人次"))));
		this.mvc
			.perform(get("/api/v1/ledger/appointments").param("year", String.valueOf(YEAR))
				.with(Staff.as(this.accounts, OFFICE)))
			.andExpect(jsonPath("$.length()").value(3));
		this.mvc
			.perform(get("/ledger").param("region", "210811")
				.param("year", String.valueOf(YEAR))
				.with(Staff.as(this.accounts, "office-210882")))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_meeting_numbered_twice_in_a_term_is_refused_and_nothing_is_written() throws Exception {
		CurrentUser office = Staff.load(this.accounts, "office-210882");
		this.book.record(office,
				new Meeting.NewMeeting(MeetingKind.CHAIRPERSONS, 18, 31, day(6, 1), "主任会议议题", null, null));
		this.mvc
			.perform(post("/ledger/meetings").param("kind", "CHAIRPERSONS")
				.param("termNumber", "18")
				.param("sessionNumber", "31")
				.param("heldOn", day(6, 2).toString())
				.param("agenda", "又一次")
				.with(Staff.as(this.accounts, "office-210882"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("同一序次")));
		assertThat(this.queries.meetings("210882", YEAR, MeetingKind.CHAIRPERSONS, false)).hasSize(1);
	}

	@Test
	void a_vote_with_more_votes_than_members_present_is_refused() {
		CurrentUser office = Staff.load(this.accounts, "office-210882");
		assertThatThrownBy(() -> this.book.record(office,
				new Appointment.NewAppointment(Appointment.Action.REMOVE, "钱某", "局长", day(7, 1), 20, 19, 1, 1, false,
						false)))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "ledger.appointment.votes-exceed");
		assertThat(this.queries.appointments("210882", YEAR)).isEmpty();
	}

	@Test
	void an_imported_workbook_reports_its_bad_rows_and_imports_nothing_else_twice() throws Exception {
		byte[] workbook = Workbooks.fill(this.workbooks.template(),
				List.of(List.of("常委会会议", "17", "30", day(8, 1).toString(), "听取审议报告", "20", "关于环保工作的报告；关于教育工作的报告"),
						List.of("主任会议", "17", "40", day(8, 2).toString(), "研究议题", "", "")));
		for (int round = 0; round < 2; round++) {
			this.mvc
				.perform(multipart("/ledger/meetings/import")
					.file(new MockMultipartFile("file", "m.xlsx", "application/octet-stream", workbook))
					.with(Staff.as(this.accounts, "office-210803"))
					.with(csrf()))
				.andExpect(status().isOk());
		}
		assertThat(this.queries.meetings("210803", YEAR, null, false)).hasSize(2);
		assertThat(this.queries.meetings("210803", YEAR, null, true).get(0).reportCount()).isEqualTo(2);

		byte[] bad = Workbooks.fill(this.workbooks.template(),
				List.of(List.of("全体会议", "17", "50", day(9, 1).toString(), "议题", "", "")));
		this.mvc
			.perform(multipart("/ledger/meetings/import")
				.file(new MockMultipartFile("file", "m.xlsx", "application/octet-stream", bad))
				.with(Staff.as(this.accounts, "office-210803"))
				.with(csrf()))
			.andExpect(content().string(containsString("会议类型须为")));
		this.mvc
			.perform(get("/ledger/meetings/export").param("year", String.valueOf(YEAR))
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk());
	}

}
