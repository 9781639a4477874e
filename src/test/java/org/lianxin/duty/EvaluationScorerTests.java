package org.lianxin.duty;

import java.math.BigDecimal;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.duty.internal.CountedRecord;
import org.lianxin.duty.internal.Evaluations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Manual items marked by weighted scorers, and a batch that becomes final once every
 * scorer has submitted: in April 2025, a month no other test writes records in.
 */
@LianxinTest
class EvaluationScorerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void each_scorers_mark_counts_by_their_weight_and_the_batch_is_final_when_all_have_submitted() throws Exception {
		long batch = newBatch("2025年4月考评（评议测试）", "2025-04-01", "2025-04-30");
		long item = this.jdbc.sql("select id from evaluation_dimension where batch_id = ? and manual")
			.param(batch)
			.query(Long.class)
			.single();
		long wang = deputy("王秀英");
		String field = "m_" + wang + "_" + item;

		// the deputy on a phone, the group's liaison and the office each mark 综合评价 (of
		// 20)
		this.mvc.perform(as("deputy-demo", get("/duty/evaluations/" + batch + "/marks")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"" + field + "\"")));
		mark("deputy-demo", batch, "SELF", field, "18", true)
			.andExpect(flash().attribute("notice", "evaluation.marks.submitted"));
		mark("deputy-demo", batch, "SELF", field, "5", false)
			.andExpect(flash().attribute("problem", "王秀英 的评议已提交，不能再修改"));
		mark("liaison-demo", batch, "GROUP", field, "25", true)
			.andExpect(flash().attribute("problem", "王秀英 的“综合评价”须在 0 至 20 分之间，最多两位小数"));
		mark("liaison-demo", batch, "GROUP", field, "15", true);
		mark("liaison-demo", batch, "OFFICE", field, "1", true).andExpect(status().isForbidden());
		mark("office-210804", batch, "OFFICE", field, "9", true)
			.andExpect(flash().attribute("problem", "名单中有您不能评议的代表"));
		mark("office-210802", batch, "OFFICE", field, "10", false);

		// (18 × 20 + 15 × 30 + 10 × 50) / 100 = 13.1, the office's mark saved but not
		// submitted
		Evaluations.Score score = this.evaluations.scoreOf(batch, wang, "王秀英").orElseThrow();
		assertThat(score.byDimension().get(score.byDimension().size() - 1)).isEqualByComparingTo("13.10");
		assertThat(this.evaluations.batch(batch).isFinal()).isFalse();
		this.mvc.perform(as("admin", post("/duty/evaluations/" + batch + "/scheme/final")))
			.andExpect(flash().attribute("problem", containsString("还不能定稿：代表自评尚有")));
		this.mvc
			.perform(as("admin", post("/duty/evaluations/" + batch + "/scheme/weights")).param("weight_SELF", "20")
				.param("weight_OFFICE", "50"))
			.andExpect(flash().attribute("problem", "各评议主体的权重合计须为 100，现在是 70"));
		this.mvc
			.perform(as("admin", post("/duty/evaluations/" + batch + "/scheme/weights")).param("weight_SELF", "50")
				.param("weight_OFFICE", "50"))
			.andExpect(flash().attribute("problem", "评议已开始提交，考评维度和权重不能再修改（等次分数线仍可调整）"));
		this.mvc
			.perform(as("admin", post("/duty/evaluations/" + batch + "/scheme/dimensions")).param("name", "新维度")
				.param("cap", "10.005"))
			.andExpect(flash().attribute("problem", "封顶分须大于 0，不超过 1000，最多两位小数"));
	}

	@Test
	void a_final_batch_keeps_its_scores_whatever_happens_to_the_records_afterwards() throws Exception {
		long batch = newBatch("2025年5月考评（定稿测试）", "2025-05-01", "2025-05-31");
		long item = this.jdbc.sql("select id from evaluation_dimension where batch_id = ? and manual")
			.param(batch)
			.query(Long.class)
			.single();
		// only the office scores in this batch
		this.mvc
			.perform(as("admin", post("/duty/evaluations/" + batch + "/scheme/weights")).param("weight_SELF", "0")
				.param("weight_GROUP", "0")
				.param("weight_TOWN", "0")
				.param("weight_OFFICE", "100"))
			.andExpect(flash().attribute("notice", "evaluation.scheme.saved"));
		long wang = deputy("王秀英");
		int record = record("MEETING", "2025-05-06", "定稿测试：出席常委会会议");
		verify(record);

		List<Long> seated = this.jdbc.sql("""
				select distinct deputy_id from deputy_membership
				where started_on <= date '2025-05-31' and (ended_on is null or ended_on >= date '2025-05-01')""")
			.query(Long.class)
			.list();
		MockHttpServletRequestBuilder all = as("admin", post("/duty/evaluations/" + batch + "/marks"))
			.param("role", "OFFICE")
			.param("submit", "true");
		for (long deputy : seated) {
			all.param("m_" + deputy + "_" + item, (deputy == wang) ? "20" : "12.5");
		}
		this.mvc.perform(all).andExpect(flash().attribute("notice", "evaluation.made-final"));
		assertThat(this.evaluations.batch(batch).isFinal()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from evaluation_result where batch_id = ?")
			.param(batch)
			.query(Long.class)
			.single()).isEqualTo(seated.size());

		// a record verified later in the period changes nothing any more
		verify(record("MEETING", "2025-05-07", "定稿测试：定稿后才审核的会议"));
		Evaluations.Score kept = this.evaluations.scoreOf(batch, wang, "王秀英").orElseThrow();
		assertThat(kept.total()).isEqualByComparingTo("30");
		// and the records shown behind the kept score are those it counted
		assertThat(this.evaluations.countedRecords(batch, wang).values().stream().flatMap(List::stream))
			.extracting(CountedRecord::title)
			.containsExactly("定稿测试：出席常委会会议");
		this.mvc
			.perform(as("admin", post("/duty/evaluations/" + batch + "/scheme/dimensions")).param("name", "新维度")
				.param("cap", "10"))
			.andExpect(flash().attribute("problem", "该批次已定稿，分数和名次不再变化。"));
		this.mvc.perform(as("office-210802", get("/duty/evaluations/" + batch)))
			.andExpect(content().string(containsString("已定稿")));
		assertThat(this.evaluations.historyOf(wang)).extracting(Evaluations.Kept::batchId).contains(batch);
		// a deputy the final batch did not score (elected since) has no score in it, and
		// no
		// error
		long since = this.jdbc.sql("insert into deputy (name) values ('定稿后当选') returning id")
			.query(Long.class)
			.single();
		assertThat(this.evaluations.scoreOf(batch, since, "定稿后当选")).isEmpty();
		this.mvc.perform(as("deputy-demo", get("/duty/mine")))
			.andExpect(content().string(containsString("2025年5月考评（定稿测试）：30 分，不称职")));
	}

	private long newBatch(String name, String from, String to) throws Exception {
		String location = this.mvc.perform(
				as("admin", post("/duty/evaluations")).param("name", name).param("startsOn", from).param("endsOn", to))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.test.web.servlet.ResultActions mark(String user, long batch, String role, String field,
			String value, boolean submit) throws Exception {
		return this.mvc.perform(as(user, post("/duty/evaluations/" + batch + "/marks")).param("role", role)
			.param("submit", String.valueOf(submit))
			.param(field, value));
	}

	private long deputy(String name) {
		return this.jdbc.sql("select id from deputy where name = ? order by id limit 1")
			.param(name)
			.query(Long.class)
			.single();
	}

	private int record(String type, String day, String title) throws Exception {
		String created = this.mvc
			.perform(as("deputy-demo", post("/api/v1/duty/records")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"" + type + "\",\"date\":\"" + day + "\",\"title\":\"" + title + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private void verify(int id) throws Exception {
		this.mvc.perform(as("office-210802", post("/api/v1/duty/records/" + id + "/verify")))
			.andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user)).with(csrf());
	}

}
