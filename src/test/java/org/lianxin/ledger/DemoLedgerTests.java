package org.lianxin.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.ledger.internal.LedgerQueries;
import org.lianxin.ledger.internal.YearCount;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's work ledgers say what the source says of 2025 — 盖州市 "全年共召开党组会议35次，主任会议39次，
 * 常委会会议9次，听取和审议专项工作报告14个，开展视察调研28次，依法任免国家机关工作人员93人次" and 18 请示报告; 大石桥市
 * "全年召开常委会会议8次、主任会议14次，听取审议……专项工作报告17项，开展各类监督活动33次，依法任免公职人员74人次" — and each number,
 * opened, lists that many records.
 */
@LianxinTest
class DemoLedgerTests {

	static final int YEAR = 2025;

	/** A table's rows, and in a meetings list the reports each heard (its fifth cell). */
	static final Pattern BODY = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL);

	static final Pattern ROW = Pattern.compile("<tr[ >](.*?)</tr>", Pattern.DOTALL);

	static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

	@Autowired
	LedgerQueries queries;

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	Map<YearCount, LedgerQueries.Count> counts(String region) {
		Map<YearCount, LedgerQueries.Count> counts = new EnumMap<>(YearCount.class);
		this.queries.counts(region, YEAR).forEach(c -> counts.put(c.kind(), c));
		return counts;
	}

	@Test
	void gaizhous_year_is_the_sources_and_each_number_opens_that_many_records() throws Exception {
		Map<YearCount, LedgerQueries.Count> counts = counts("210881");
		assertThat(counts)
			.extractingByKeys(YearCount.PARTY_GROUP_MEETINGS, YearCount.CHAIRPERSONS_MEETINGS,
					YearCount.STANDING_COMMITTEE_MEETINGS, YearCount.REPORTS_HEARD, YearCount.OVERSIGHT_ACTIVITIES,
					YearCount.APPOINTMENTS, YearCount.REQUESTS)
			.extracting(LedgerQueries.Count::value)
			.containsExactly(35L, 39L, 9L, 14L, 28L, 93L, 18L);
		for (LedgerQueries.Count count : counts.values()) {
			assertThat(opened(count, "office-210881")).as(count.kind() + " opened").isEqualTo(count.value());
		}
	}

	@Test
	void dashiqiaos_year_is_the_sources_and_each_number_opens_that_many_records() throws Exception {
		Map<YearCount, LedgerQueries.Count> counts = counts("210882");
		assertThat(counts)
			.extractingByKeys(YearCount.STANDING_COMMITTEE_MEETINGS, YearCount.CHAIRPERSONS_MEETINGS,
					YearCount.REPORTS_HEARD, YearCount.OVERSIGHT_ACTIVITIES, YearCount.APPOINTMENTS, YearCount.ARTICLES)
			.extracting(LedgerQueries.Count::value)
			.containsExactly(8L, 14L, 17L, 33L, 74L, 6L);
		for (LedgerQueries.Count count : counts.values()) {
			assertThat(opened(count, "office-210882")).as(count.kind() + " opened").isEqualTo(count.value());
		}
		assertThat(this.queries.articles("210882", YEAR)).extracting(LedgerQueries.ArticleRow::outlet)
			.contains("全国人大网", "学习强国");
	}

	@Test
	void bayuquans_seven_articles_three_in_the_peoples_deputies_newspaper() {
		List<LedgerQueries.ArticleRow> articles = this.queries.articles("210804", YEAR);
		assertThat(articles).hasSize(7);
		assertThat(articles).filteredOn(a -> a.outlet().equals("人民代表报")).hasSize(3);
	}

	/** The link to a list's next page, as the pager writes it. */
	static final Pattern NEXT = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"");

	/**
	 * How many records the count's list shows, as the office opens it and pages through
	 * it: rows, or for the reports heard the titles in the rows' reports cell.
	 */
	long opened(LedgerQueries.Count count, String office) throws Exception {
		long opened = 0;
		for (String path = count.listPath(); path != null;) {
			String page = this.mvc.perform(get(java.net.URI.create(path)).with(Staff.as(this.accounts, office)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			opened += shown(count, page);
			Matcher next = NEXT.matcher(page);
			path = next.find() ? next.group(1).replace("&amp;", "&") : null;
		}
		return opened;
	}

	/** The records one page of the list shows. */
	private long shown(LedgerQueries.Count count, String page) {
		Matcher body = BODY.matcher(page);
		assertThat(body.find()).as(count.listPath()).isTrue();
		List<String> rows = new ArrayList<>();
		Matcher row = ROW.matcher(body.group(1));
		while (row.find()) {
			if (!row.group(1).contains("text-secondary")) {
				rows.add(row.group(1));
			}
		}
		if (count.kind() != YearCount.REPORTS_HEARD) {
			return rows.size();
		}
		long reports = 0;
		for (String r : rows) {
			Matcher cell = CELL.matcher(r);
			for (int i = 0; i < 5; i++) {
				cell.find();
			}
			reports += cell.group(1).split("；").length;
		}
		return reports;
	}

}
