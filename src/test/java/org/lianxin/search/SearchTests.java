package org.lianxin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Submission;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionFiling;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class SearchTests {

	private static final AtomicInteger runs = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	OpinionIntake intake;

	@Autowired
	SuggestionFiling filing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_query_finds_every_record_containing_it_in_the_users_scope_and_none_of_another_division() throws Exception {
		String word = marker();
		long ownCase = opinion("210802001", "胜利街" + word + "路灯不亮");
		long ownCase2 = opinion("210802001", word + "的井盖丢了");
		long otherCase = opinion("210804002", "别区也有" + word);
		// in the body only: a suggestion's title also becomes its deputy's duty record, a
		// moment later
		long suggestion = suggestion("关于整治路口的建议", "建议整治" + word + "路口。");
		long ownRecord = dutyRecord("210802", "调研" + word);
		long otherRecord = dutyRecord("210803", "视察" + word);

		assertThat(found("office-210802", word)).containsExactlyInAnyOrder("opinion:" + ownCase, "opinion:" + ownCase2,
				"suggestion:" + suggestion, "duty-record:" + ownRecord);
		assertThat(found("office-210804", word)).containsExactly("opinion:" + otherCase);
		assertThat(found("admin", word)).containsExactlyInAnyOrder("opinion:" + ownCase, "opinion:" + ownCase2,
				"opinion:" + otherCase, "suggestion:" + suggestion, "duty-record:" + ownRecord,
				"duty-record:" + otherRecord);
		// the text must hold the query itself, not only its two-character pieces apart
		long apart = opinion("210802001", "鑫" + word + "，" + word + "鑫");
		assertThat(found("admin", "鑫" + word)).containsExactly("opinion:" + apart);
		assertThat(found("admin", "鑫" + word + "鑫")).isEmpty();
	}

	@Test
	void issue_items_and_opinions_on_drafts_are_found_too() throws Exception {
		assertThat(found("admin", "防护网")).anyMatch(hit -> hit.startsWith("issue-item:"));
		assertThat(found("admin", "住房补贴")).anyMatch(hit -> hit.startsWith("draft-opinion:"));
		this.mvc.perform(get("/api/v1/search").param("q", "防护网").with(Staff.as(this.accounts, "admin")))
			.andExpect(jsonPath("$.results[?(@.kind == 'issue-item')].path",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("/oversight/items/"))));
	}

	@Test
	void a_title_hit_ranks_first_then_the_text_that_holds_the_query_more_often() throws Exception {
		String word = marker();
		long once = opinion("210802001", "路口有" + word + "一处");
		long thrice = opinion("210802001", "这里" + word + "，那里" + word + "，还有" + word);
		long titled = suggestion(word + "整治建议", "请尽快处理。");
		// the filing's duty record (titled after the suggestion, written a moment later)
		// is left aside
		assertThat(found("office-210802", word).stream().filter(hit -> !hit.startsWith("duty-record:")))
			.containsExactly("suggestion:" + titled, "opinion:" + thrice, "opinion:" + once);
	}

	@Test
	void the_text_shown_is_escaped_and_the_query_marked() throws Exception {
		String word = marker();
		opinion("210802001", "<script>alert(1)</script>在" + word + "路口");
		this.mvc.perform(get("/search").param("q", word).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;在<mark>" + word + "</mark>路口")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		this.mvc.perform(get("/api/v1/search").param("q", word).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(jsonPath("$.results[0].passageHtml")
				.value("&lt;script&gt;alert(1)&lt;/script&gt;在<mark>" + word + "</mark>路口"));
	}

	@Test
	void a_common_query_is_paged_in_windows_that_together_reach_every_record() throws Exception {
		String word = marker();
		int count = 520;
		this.jdbc
			.sql("""
					insert into duty_record (type_id, occurred_on, title, state, region_code)
					select t.id, date '2001-01-01' + (i % 300), '窗口' || ? || '第' || i || '次', 'VERIFIED', '210802'
					from generate_series(1, ?) as i cross join (select id from duty_record_type where code = 'MEETING') t""")
			.params(word, count)
			.update();
		List<String> seen = new ArrayList<>();
		String more = null;
		int windows = 0;
		do {
			windows++;
			int page = 0;
			String body;
			do {
				var request = get("/api/v1/search").param("q", word).param("page", String.valueOf(page++));
				if (more != null) {
					request.param("more", more);
				}
				body = this.mvc.perform(request.with(Staff.as(this.accounts, "office-210802")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				List<Object> ids = JsonPath.read(body, "$.results[*].id");
				ids.forEach(id -> seen.add(String.valueOf(id)));
			}
			while (!JsonPath.<List<Object>>read(body, "$.results").isEmpty());
			more = JsonPath.read(body, "$.more");
		}
		while (more != null);
		assertThat(windows).isEqualTo(2);
		assertThat(seen).hasSize(count).doesNotHaveDuplicates();
		assertThat(Set.copyOf(seen))
			.isEqualTo(Set.copyOf(this.jdbc.sql("select id::text from duty_record where title like '窗口' || ? || '%'")
				.param(word)
				.query(String.class)
				.list()));
	}

	@Test
	void a_query_of_one_character_markup_control_characters_or_too_many_characters_is_refused_with_a_message()
			throws Exception {
		refused("路", "请至少输入两个字");
		refused("  ", "请输入要检索的文字");
		refused("<b></b> <i>x</i>", "只有标记");
		refused("路".repeat(101), "最多 100 个字");
		refused("路\u0007灯", "控制字符");
		this.mvc.perform(get("/api/v1/search").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("请输入要检索的文字"));
		this.mvc.perform(get("/api/v1/search").param("q", "路\u0000灯").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/search").param("q", "路").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少输入两个字再检索")))
			.andExpect(content().string(not(containsString("id=\"search-results\""))));
	}

	private void refused(String query, String message) throws Exception {
		this.mvc.perform(get("/api/v1/search").param("q", query).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("bad_query"))
			.andExpect(jsonPath("$.message", containsString(message)));
	}

	/** The kind and id of every hit of the first page, best first. */
	private List<String> found(String username, String query) throws Exception {
		String body = this.mvc.perform(get("/api/v1/search").param("q", query).with(Staff.as(this.accounts, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> kinds = JsonPath.read(body, "$.results[*].kind");
		List<Object> ids = JsonPath.read(body, "$.results[*].id");
		List<String> hits = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			hits.add(kinds.get(i) + ":" + ids.get(i));
		}
		return hits;
	}

	/** A word no other test writes: two rare characters and a number. */
	private static String marker() {
		return "龘靐" + (System.nanoTime() % 100_000) + "号" + runs.incrementAndGet();
	}

	private long opinion(String region, String description) {
		return this.intake
			.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", region, null, null, description, "胜利街口",
					null, null, "张先生", "13904170001", null, true, false, List.of(), null, null, null, null))
			.id();
	}

	private long suggestion(String title, String body) {
		return this.filing.file(Staff.load(this.accounts, "deputy-demo"), null,
				new SuggestionContent(title, body, SuggestionCategory.SOCIAL, 1, Period.RECESS), Set.of(), null, null)
			.id();
	}

	private long dutyRecord(String region, String title) {
		return this.jdbc
			.sql("""
					insert into duty_record (type_id, occurred_on, title, state, region_code)
					select id, date '2001-06-01', ?, 'VERIFIED', ? from duty_record_type where code = 'MEETING' returning id""")
			.params(title, region)
			.query(Long.class)
			.single();
	}

}
