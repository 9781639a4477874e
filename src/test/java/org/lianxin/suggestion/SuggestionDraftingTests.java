package org.lianxin.suggestion;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Help while drafting on the filing form: similar earlier suggestions of the same
 * congress (查重), and co-signers picked by name among the deputies of the same congress.
 */
@LianxinTest
class SuggestionDraftingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyAccounts deputies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_draft_like_an_earlier_suggestion_of_the_congress_shows_it_and_keeps_what_was_typed() throws Exception {
		this.mvc
			.perform(as(post("/suggestions")).param("title", "查重：关于老旧小区加装电梯的建议")
				.param("body", "老旧小区多为六层住宅，老年居民上下楼困难，建议财政补贴加装电梯。")
				.param("category", "URBAN")
				.param("period", "RECESS"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(get("/suggestions/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"similar-check\"")))
			.andExpect(content().string(containsString("hx-post=\"/suggestions/new\"")));
		this.mvc
			.perform(as(post("/suggestions/new")).param("title", "关于为老旧小区加装电梯的建议")
				.param("body", "老年居民上下楼困难，建议加装电梯并给予财政补贴。")
				.param("category", "SOCIAL")
				.param("check", "similar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查重：关于老旧小区加装电梯的建议")))
			.andExpect(content().string(containsString("相似度")))
			.andExpect(content().string(containsString("value=\"关于为老旧小区加装电梯的建议\"")))
			.andExpect(content().string(containsString("<option value=\"SOCIAL\" selected")));
		this.mvc
			.perform(as(get("/api/v1/suggestions/similar")).param("title", "关于为老旧小区加装电梯的建议")
				.param("body", "老年居民上下楼困难，建议加装电梯并给予财政补贴。"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", hasItem("查重：关于老旧小区加装电梯的建议")));
		this.mvc
			.perform(as(post("/suggestions/new")).param("title", "关于开展青少年足球训练的建议")
				.param("body", "学校缺少足球教练。")
				.param("check", "similar"))
			.andExpect(content().string(containsString("id=\"similar-none\"")))
			.andExpect(content().string(not(containsString("查重：关于老旧小区加装电梯的建议"))));
	}

	@Test
	void a_co_signer_is_picked_by_name_among_the_congress_and_one_of_another_congress_is_refused() throws Exception {
		long me = this.deputies.deputyOf(Staff.load(this.accounts, "deputy-demo").id()).orElseThrow();
		long congress = this.jdbc
			.sql("select congress_id from deputy_seat_view where deputy_id = ? and ended_on is null")
			.param(me)
			.query(Long.class)
			.list()
			.get(0);
		record Deputy(long id, String name) {
		}
		Deputy colleague = this.jdbc
			.sql("""
					select d.id, d.name from deputy_view d join deputy_seat_view s on s.deputy_id = d.id and s.ended_on is null
					where s.congress_id = ? and d.id <> ? order by d.id limit 1""")
			.param(congress)
			.param(me)
			.query(Deputy.class)
			.single();
		Deputy stranger = this.jdbc
			.sql("""
					select d.id, d.name from deputy_view d where not exists (select 1 from deputy_seat_view s
					where s.deputy_id = d.id and s.congress_id in (select congress_id from deputy_seat_view where deputy_id = ?))
					order by d.id limit 1""")
			.param(me)
			.query(Deputy.class)
			.single();

		this.mvc
			.perform(as(post("/suggestions/new")).param("title", "附议")
				.param("coSignerName", colleague.name())
				.param("check", "co-signers"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"coSignerIds\" value=\"" + colleague.id() + "\"")));
		this.mvc
			.perform(as(post("/suggestions/new")).param("coSignerName", stranger.name())
				.param("coSignerIds", String.valueOf(colleague.id())))
			.andExpect(content().string(
					containsString("value=\"" + colleague.id() + "\" id=\"co-signer-" + colleague.id() + "\" checked")))
			.andExpect(content().string(not(containsString("name=\"coSignerIds\" value=\"" + stranger.id() + "\""))));
		this.mvc.perform(as(get("/api/v1/suggestions/co-signers")).param("name", colleague.name()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(colleague.id()));

		long before = count();
		this.mvc
			.perform(as(post("/suggestions")).param("title", "附议：跨届")
				.param("body", "内容")
				.param("category", "OTHER")
				.param("period", "RECESS")
				.param("coSignerIds", String.valueOf(stranger.id())))
			.andExpect(flash().attribute("problem", "附议代表必须是同一届人大的在任代表"));
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from suggestion").query(Long.class).single();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, "deputy-demo")).with(csrf());
	}

}
