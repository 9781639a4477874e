package org.lianxin.suggestion;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reply reaches the public site only when its agency marked it fit to publish, the lead
 * deputy agreed and the office published it; the public page needs no account and shows
 * the deputy's name and nothing else personal.
 */
@LianxinTest
class ReplyPublishingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_office_publishes_a_reply_only_after_the_lead_deputy_agreed_and_anyone_then_reads_it() throws Exception {
		long id = answered("公开：关于修缮社区文化广场的建议", "已列入今年维修计划，六月底前完工。", true);
		this.mvc.perform(get("/public/suggestions").param("region", "210802"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("公开：关于修缮社区文化广场的建议"))));

		step("office-210802", id, "publish").andExpect(flash().attribute("problem", "领衔代表尚未同意公开这份答复"));
		assertThat(published(id)).isFalse();
		step("agency-210802", id, "publish-agree").andExpect(status().isForbidden());

		this.mvc.perform(as("deputy-demo", get("/suggestions/" + id)))
			.andExpect(content().string(containsString("id=\"action-PUBLISH_AGREE\"")));
		step("deputy-demo", id, "publish-agree").andExpect(flash().attribute("notice", "suggestion.step.done"));
		step("deputy-demo", id, "publish-agree").andExpect(flash().attribute("problem", "您已经同意公开这份答复"));
		step("office-210802", id, "publish").andExpect(flash().attribute("notice", "suggestion.step.done"));
		assertThat(published(id)).isTrue();
		assertThat(this.jdbc
			.sql("select count(*) from suggestion_history where suggestion_id = ? and action like 'PUBLISH%'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);

		this.mvc.perform(get("/public/suggestions").param("region", "210802"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公开：关于修缮社区文化广场的建议")))
			.andExpect(content().string(containsString("已列入今年维修计划，六月底前完工。")))
			.andExpect(content().string(containsString("王秀英")))
			.andExpect(content().string(not(containsString("李局长"))));
		this.mvc.perform(get("/public/suggestions").param("region", "210803"))
			.andExpect(content().string(not(containsString("公开：关于修缮社区文化广场的建议"))));
	}

	@Test
	void a_reply_its_agency_did_not_mark_fit_to_publish_cannot_be_agreed_to_or_published() throws Exception {
		long id = answered("公开：关于内部事项的建议", "已研究。", false);
		step("deputy-demo", id, "publish-agree").andExpect(flash().attribute("problem", "只有办复审查通过、且承办单位注明可以公开的答复才能公开"));
		this.mvc.perform(as("deputy-demo", get("/suggestions/" + id)))
			.andExpect(content().string(not(containsString("id=\"action-PUBLISH_AGREE\""))));
		this.mvc.perform(as("office-210802", post("/api/v1/suggestions/" + id + "/publish")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("承办单位注明可以公开")));
		assertThat(this.jdbc.sql("select publish_agreed_on is null from suggestion where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	/** Filed by deputy-demo, replied A by agency-210802 and accepted by office-210802. */
	private long answered(String title, String reply, boolean publishable) throws Exception {
		String location = this.mvc
			.perform(as("deputy-demo", post("/suggestions")).param("title", title)
				.param("body", "广场地面破损。")
				.param("category", "URBAN")
				.param("period", "RECESS"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/suggestions/".length()));
		step("office-210802", id, "register");
		long agency = Staff.load(this.accounts, "agency-210802").scope().agencyId();
		this.mvc.perform(as("office-210802", post("/suggestions/" + id + "/assign")).param("leadAgencyId",
				String.valueOf(agency)));
		step("agency-210802", id, "sign");
		this.mvc.perform(as("agency-210802", post("/suggestions/" + id + "/contact")).param("mode", "PHONE")
			.param("text", "电话沟通"));
		this.mvc.perform(as("agency-210802", post("/suggestions/" + id + "/reply")).param("resultClass", "A")
			.param("text", reply)
			.param("signatory", "李局长")
			.param("publish", String.valueOf(publishable)));
		step("office-210802", id, "review");
		assertThat(this.jdbc.sql("select status from suggestion where id = ?").param(id).query(String.class).single())
			.isEqualTo("ANSWERED");
		return id;
	}

	private boolean published(long id) {
		return this.jdbc.sql("select published_on is not null from suggestion where id = ?")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	private ResultActions step(String user, long id, String action) throws Exception {
		return this.mvc.perform(as(user, post("/suggestions/" + id + "/" + action)));
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user)).with(csrf());
	}

}
