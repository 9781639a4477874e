package org.lianxin.opinion;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class OpinionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	static final String HOTLINE_CALL = """
			{"channel":"HOTLINE","categoryCode":"TRAFFIC","regionCode":"210803","description":"%s",
			 "citizenName":"李女士","phone":"13804170003"}""";

	@Test
	void a_hotline_call_is_recorded_once_and_walks_the_loop_through_the_api() throws Exception {
		String body = HOTLINE_CALL.formatted("API：公交站牌被撞歪");
		String created = this.mvc
			.perform(as("office-210803", post("/api/v1/opinions")).header("Idempotency-Key", "api-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingCode").isString())
			.andExpect(jsonPath("$.trackingUrl", startsWith("http://localhost:8080/track/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc
			.perform(as("office-210803", post("/api/v1/opinions")).header("Idempotency-Key", "api-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.replayed").value(true));
		this.mvc
			.perform(as("office-210803", post("/api/v1/opinions")).header("Idempotency-Key", "api-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(HOTLINE_CALL.formatted("另一件事")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("这个 Idempotency-Key 已用于另一份不同的提交，本次没有保存"));

		long agency = Staff.load(this.accounts, "agency-210803").scope().agencyId();
		this.mvc
			.perform(json("office-210803", "/api/v1/opinions/" + id + "/assign", "{\"leadAgencyId\":" + agency + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"));
		this.mvc.perform(as("agency-210803", post("/api/v1/opinions/" + id + "/sign")))
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		this.mvc
			.perform(
					json("agency-210803", "/api/v1/opinions/" + id + "/reply", "{\"result\":\"A\",\"text\":\"已扶正站牌\"}"))
			.andExpect(jsonPath("$.status").value("REPLIED"))
			.andExpect(jsonPath("$.resultClass").value("A"));
		this.mvc
			.perform(json("office-210803", "/api/v1/opinions/" + id + "/feedback",
					"{\"channel\":\"SMS\",\"text\":\"已短信告知\"}"))
			.andExpect(jsonPath("$.status").value("FED_BACK"));
		this.mvc
			.perform(json("office-210803", "/api/v1/opinions/" + id + "/visit",
					"{\"verdict\":\"BASICALLY_SATISFIED\",\"channel\":\"PHONE\"}"))
			.andExpect(jsonPath("$.rating").value("BASICALLY_SATISFIED"));
		this.mvc.perform(json("office-210803", "/api/v1/opinions/" + id + "/close", "{}"))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.history.length()").value(7))
			.andExpect(jsonPath("$.history[0].action").value("SUBMIT"));
	}

	@Test
	void an_illegal_step_is_409_a_missing_field_400_a_foreign_case_404_and_a_foreign_role_403() throws Exception {
		String created = this.mvc.perform(json("office-210803", "/api/v1/opinions", HOTLINE_CALL.formatted("API：错误测试")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc.perform(json("office-210803", "/api/v1/opinions/" + id + "/close", "{\"note\":\"x\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("该件当前状态为“待交办”，不能“办结”"));
		this.mvc.perform(json("office-210803", "/api/v1/opinions/" + id + "/decline", "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").exists());
		this.mvc.perform(json("office-210802", "/api/v1/opinions/" + id + "/decline", "{\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(json("agency-210803", "/api/v1/opinions/" + id + "/decline", "{\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select status from opinion where id = ?").param(id).query(String.class).single())
			.isEqualTo("RECEIVED");
	}

	@Test
	void an_agency_that_returns_a_case_is_told_it_worked() throws Exception {
		String created = this.mvc.perform(json("office-210803", "/api/v1/opinions", HOTLINE_CALL.formatted("API：交错了")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		long agency = Staff.load(this.accounts, "agency-210803").scope().agencyId();
		this.mvc
			.perform(json("office-210803", "/api/v1/opinions/" + id + "/assign", "{\"leadAgencyId\":" + agency + "}"))
			.andExpect(status().isOk());
		this.mvc.perform(json("agency-210803", "/api/v1/opinions/" + id + "/return", "{\"reason\":\"不属本单位职责\"}"))
			.andExpect(status().is2xxSuccessful());
		assertThat(this.jdbc.sql("select status from opinion where id = ?").param(id).query(String.class).single())
			.isEqualTo("RECEIVED");
		this.mvc.perform(as("office-210803", get("/api/v1/opinions/" + id)))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	@Test
	void the_list_keeps_to_the_scope_and_pages_by_keyset() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(json("office-210803", "/api/v1/opinions", HOTLINE_CALL.formatted("API：翻页 " + i)))
				.andExpect(status().isCreated());
		}
		String first = this.mvc.perform(as("office-210803", get("/api/v1/opinions")).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].regionCode", everyItem(startsWith("210803"))))
			.andExpect(header().exists("X-Next-Before"))
			.andReturn()
			.getResponse()
			.getHeader("X-Next-Before");
		this.mvc.perform(as("office-210803", get("/api/v1/opinions")).param("size", "2").param("before", first))
			.andExpect(jsonPath("$[0].id").value(org.hamcrest.Matchers.lessThan(Integer.parseInt(first))));
		this.mvc.perform(as("office-210802", get("/api/v1/opinions")).param("size", "200"))
			.andExpect(jsonPath("$[*].regionCode", everyItem(startsWith("210802"))));
	}

	@Test
	void a_collection_entered_in_a_later_month_is_flagged_late() throws Exception {
		String created = this.mvc.perform(json("deputy-demo", "/api/v1/opinions", """
				{"channel":"DEPUTY","categoryCode":"EDUCATION","regionCode":"210802",
				 "description":"API：上月走访收集的意见","phone":"13804170004","collectedOn":"2020-01-15"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		assertThat(this.jdbc.sql("select late_entry from opinion where id = ?").param(id).query(Boolean.class).single())
			.isTrue();
		this.mvc.perform(as("deputy-demo", get("/api/v1/opinions/" + id)))
			.andExpect(jsonPath("$.lateEntry").value(true));
	}

	@Test
	void a_recording_names_only_deputies_that_exist_and_regions_the_recorder_will_see_again() throws Exception {
		this.mvc.perform(json("office-210803", "/api/v1/opinions", """
				{"channel":"HOTLINE","categoryCode":"TRAFFIC","regionCode":"210803","description":"API：代表不存在",
				 "phone":"13804170005","deputyId":999999999}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.deputyId").value("没有这位人大代表"));
		// a station keeps to its own town: a case recorded above it would vanish from its
		// lists
		this.mvc.perform(json("station-demo", "/api/v1/opinions", """
				{"channel":"STATION","categoryCode":"TRAFFIC","regionCode":"210804","description":"API：区级的件",
				 "phone":"13804170006"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.regionCode").value("请选择您数据范围内的区划"));
		this.mvc.perform(json("office-210803", "/api/v1/opinions", """
				{"categoryCode":"TRAFFIC","regionCode":"210803","description":"API：没有来源","phone":"13804170007"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.channel").exists());
	}

	private MockHttpServletRequestBuilder json(String user, String path, String body) {
		return as(user, post(path)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user));
	}

}
