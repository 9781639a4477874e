package org.lianxin.duty;

import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DutyRecordTests {

	@Autowired
	MockMvc mvc;

	/**
	 * The deployment's clock: "today" is Beijing's, which is not the JVM's near midnight.
	 */
	@Autowired
	Clock clock;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_deputy_records_a_duty_once_and_their_office_verifies_it() throws Exception {
		String body = """
				{"type":"CONTACTING_VOTERS","date":"%s","title":"履职：到八田地街道联络站接待群众","place":"八田地街道代表联络站"}"""
			.formatted(LocalDate.now(this.clock).minusDays(1));
		String created = this.mvc
			.perform(json("deputy-demo", "/api/v1/duty/records", body).header("Idempotency-Key", "duty-1"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.deputyNames").value("王秀英"))
			.andExpect(jsonPath("$.regionCode").value("210802"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc.perform(json("deputy-demo", "/api/v1/duty/records", body).header("Idempotency-Key", "duty-1"))
			.andExpect(jsonPath("$.id").value(id));
		this.mvc
			.perform(json("deputy-demo", "/api/v1/duty/records", body.replace("接待群众", "走访企业")).header("Idempotency-Key",
					"duty-1"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("这个 Idempotency-Key 已用于另一条不同的履职记录，本次没有保存"));
		assertThat(this.jdbc.sql("select count(*) from duty_record where title like '履职：到八田地街道联络站%'")
			.query(Long.class)
			.single()).isEqualTo(1);

		this.mvc.perform(as("office-210804", get("/api/v1/duty/records/" + id))).andExpect(status().isNotFound());
		this.mvc.perform(as("agency-210802", post("/api/v1/duty/records/" + id + "/verify")))
			.andExpect(status().isForbidden());
		this.mvc.perform(json("office-210802", "/api/v1/duty/records/" + id + "/return", "{}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(as("office-210802", post("/api/v1/duty/records/" + id + "/verify")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("VERIFIED"));
		this.mvc.perform(as("office-210802", post("/api/v1/duty/records/" + id + "/verify")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("该记录已审核过"));
		this.mvc.perform(as("deputy-demo", get("/duty/mine")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("履职：到八田地街道联络站接待群众")));
	}

	@Test
	void bad_records_get_a_message_and_write_nothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from duty_record").query(Long.class).single();
		this.mvc.perform(json("deputy-demo", "/api/v1/duty/records", """
				{"type":"MEETING","date":"%s","title":"明天的会"}""".formatted(LocalDate.now(this.clock).plusDays(1))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.occurredOn").value("日期不能晚于今天"));
		this.mvc.perform(json("deputy-demo", "/api/v1/duty/records", """
				{"type":"MEETING","date":"2020-01-06","title":"当选前的会"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.deputyIds", containsString("不是在任代表")));
		long other = this.jdbc.sql("select id from deputy where name <> '王秀英' order by id limit 1")
			.query(Long.class)
			.single();
		this.mvc
			.perform(json("deputy-demo", "/api/v1/duty/records",
					"""
							{"type":"MEETING","date":"%s","title":"替别人登记","deputyIds":[%d]}"""
						.formatted(LocalDate.now(this.clock), other)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.deputyIds").value("只能为您联系的代表登记履职"));
		this.mvc.perform(json("deputy-demo", "/api/v1/duty/records", """
				{"type":"NO_SUCH","date":"%s","title":"类型不对"}""".formatted(LocalDate.now(this.clock))))
			.andExpect(status().isConflict());
		this.mvc.perform(json("office-210802", "/api/v1/duty/records", """
				{"type":"MEETING","date":"%s","title":"办公室没有选代表"}""".formatted(LocalDate.now(this.clock))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.deputyIds").value("请选择参加的代表"));
		assertThat(this.jdbc.sql("select count(*) from duty_record").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void an_opinion_the_deputy_collected_becomes_one_duty_record() throws Exception {
		String created = this.mvc.perform(json("deputy-demo", "/api/v1/opinions", """
				{"channel":"DEPUTY","categoryCode":"TRAFFIC","regionCode":"210802001",
				 "description":"履职：走访中群众反映公交站缺少座椅","phone":"13804170008"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int opinion = JsonPath.read(created, "$.id");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from duty_record where source_ref = ?")
				.param("opinion:" + opinion)
				.query(Long.class)
				.single() == 1);
		assertThat(this.jdbc.sql("""
				select t.code || ' ' || d.name from duty_record r join duty_record_type t on t.id = r.type_id
				join duty_record_deputy x on x.record_id = r.id join deputy d on d.id = x.deputy_id
				where r.source_ref = ?""").param("opinion:" + opinion).query(String.class).single())
			.isEqualTo("CONTACTING_VOTERS 王秀英");
	}

	@Test
	void a_deputy_enters_a_record_on_the_form_and_finds_it_under_my_duties() throws Exception {
		this.mvc
			.perform(as("deputy-demo", post("/duty/records")).with(csrf())
				.param("formToken", "duty-form-1")
				.param("type", "GROUP_ACTIVITY")
				.param("occurredOn", LocalDate.now(this.clock).toString())
				.param("title", "履职：代表小组学习《代表法》"))
			.andExpect(redirectedUrl("/duty/mine"));
		this.mvc.perform(as("deputy-demo", get("/duty/mine")))
			.andExpect(content().string(containsString("履职：代表小组学习《代表法》")));
		this.mvc.perform(as("office-210802", get("/duty/records").param("state", "SUBMITTED")))
			.andExpect(content().string(containsString("履职：代表小组学习《代表法》")));
	}

	@Test
	void administrators_add_and_disable_kinds_of_record() throws Exception {
		this.mvc
			.perform(as("admin", post("/duty/record-types")).with(csrf())
				.param("code", "legal_aid")
				.param("name", "参与法律援助")
				.param("sortOrder", "95")
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/duty/record-types"));
		this.mvc.perform(as("deputy-demo", get("/api/v1/duty/record-types")))
			.andExpect(jsonPath("$[?(@.code == 'LEGAL_AID')].name").value(org.hamcrest.Matchers.hasItem("参与法律援助")));
		this.mvc.perform(as("admin", post("/duty/record-types")).with(csrf())
			.param("code", "LEGAL_AID")
			.param("name", "参与法律援助")
			.param("sortOrder", "95"));
		this.mvc.perform(as("deputy-demo", get("/api/v1/duty/record-types")))
			.andExpect(jsonPath("$[*].code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("LEGAL_AID"))));
		this.mvc
			.perform(as("admin", post("/duty/record-types")).with(csrf()).param("code", "1BAD").param("name", "坏编码"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "编码为 2 至 32 位大写字母、数字或下划线，以字母开头"));
		this.mvc.perform(as("office-210802", get("/duty/record-types"))).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder json(String user, String path, String body) {
		return as(user, post(path)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user));
	}

}
