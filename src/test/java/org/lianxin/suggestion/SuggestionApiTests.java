package org.lianxin.suggestion;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class SuggestionApiTests {

	static final String FILING = """
			{"title":"%s","body":"建议完善老旧小区加装电梯的补贴政策。","category":"URBAN","sessionNumber":2,"period":"SESSION"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Test
	void a_deputy_files_once_under_an_idempotency_key_and_another_body_under_it_is_refused() throws Exception {
		String body = FILING.formatted("API：关于加装电梯补贴的建议");
		String created = this.mvc
			.perform(as("deputy-demo", post("/api/v1/suggestions")).header("Idempotency-Key", "s-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");
		this.mvc
			.perform(as("deputy-demo", post("/api/v1/suggestions")).header("Idempotency-Key", "s-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.replayed").value(true));
		this.mvc
			.perform(as("deputy-demo", post("/api/v1/suggestions")).header("Idempotency-Key", "s-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(FILING.formatted("另一件建议")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("同一个幂等键已用于另一份不同的建议，未保存"));
		this.mvc.perform(as("deputy-demo", get("/api/v1/suggestions/" + id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("FILED"))
			.andExpect(jsonPath("$.history[0].action").value("FILE"));
	}

	@Test
	void a_filing_without_a_title_or_with_an_oversized_body_answers_400() throws Exception {
		this.mvc.perform(json("deputy-demo", "/api/v1/suggestions", "{\"body\":\"内容\",\"category\":\"URBAN\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json("deputy-demo", "/api/v1/suggestions",
					"{\"title\":\"长\",\"body\":\"" + "字".repeat(5001) + "\",\"category\":\"URBAN\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void each_step_answers_409_when_illegal_403_for_the_wrong_role_and_404_out_of_scope() throws Exception {
		int id = file("API：状态机测试建议");
		this.mvc.perform(as("office-210802", post("/api/v1/suggestions/" + id + "/review")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("该建议当前状态为“已提出”，不能“办复审查通过”"));
		this.mvc.perform(as("agency-210802", post("/api/v1/suggestions/" + id + "/register")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("office-210803", post("/api/v1/suggestions/" + id + "/register")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("office-210803", get("/api/v1/suggestions/" + id))).andExpect(status().isNotFound());
		this.mvc.perform(as("office-210802", post("/api/v1/suggestions/" + id + "/register")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("REGISTERED"))
			.andExpect(jsonPath("$.row.serialNumber").isNumber());
		long agency = Staff.load(this.accounts, "agency-210802").scope().agencyId();
		this.mvc
			.perform(
					json("office-210802", "/api/v1/suggestions/" + id + "/assign", "{\"leadAgencyId\":" + agency + "}"))
			.andExpect(jsonPath("$.row.status").value("ASSIGNED"));
		this.mvc.perform(as("agency-210802", post("/api/v1/suggestions/" + id + "/sign")))
			.andExpect(jsonPath("$.row.status").value("IN_PROGRESS"));
		this.mvc
			.perform(json("agency-210802", "/api/v1/suggestions/" + id + "/contact",
					"{\"mode\":\"PHONE\",\"note\":\"电话沟通\"}"))
			.andExpect(status().isOk());
		// no result class, or a promised item without its day: 400, nothing written
		this.mvc
			.perform(json("agency-210802", "/api/v1/suggestions/" + id + "/reply",
					"{\"text\":\"列入计划\",\"signatory\":\"王局长\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json("agency-210802", "/api/v1/suggestions/" + id + "/reply",
					"{\"resultClass\":\"B\",\"text\":\"列入计划\",\"signatory\":\"王局长\",\"items\":[{\"text\":\"开工\"}]}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(json("agency-210802", "/api/v1/suggestions/" + id + "/reply",
					"{\"resultClass\":\"B\",\"text\":\"列入计划\",\"signatory\":\"王局长\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("B、C 类答复须逐项列出承诺事项及完成期限"));
		this.mvc.perform(as("agency-210802", get("/api/v1/suggestions/" + id)))
			.andExpect(jsonPath("$.row.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.reply").doesNotExist());
		this.mvc.perform(json("agency-210802", "/api/v1/suggestions/" + id + "/reply",
				"{\"resultClass\":\"B\",\"text\":\"列入计划\",\"signatory\":\"王局长\",\"items\":[{\"text\":\"开工\",\"dueOn\":\"2099-01-01\"}]}"))
			.andExpect(jsonPath("$.row.status").value("REPLIED"))
			.andExpect(jsonPath("$.reply.items[0].dueOn").value("2099-01-01"));
		// rating before the office accepted the reply
		this.mvc
			.perform(json("deputy-demo", "/api/v1/suggestions/" + id + "/rate",
					"{\"handling\":\"SATISFIED\",\"result\":\"SATISFIED\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void lists_page_by_keyset_and_the_figures_carry_their_definitions() throws Exception {
		file("API：分页一");
		file("API：分页二");
		String next = this.mvc.perform(as("office-210802", get("/api/v1/suggestions?size=1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andReturn()
			.getResponse()
			.getHeader("X-Next-Before");
		assertThat(next).isNotNull();
		this.mvc.perform(as("office-210802", get("/api/v1/suggestions?size=1&before=" + next)))
			.andExpect(jsonPath("$[0].id").value(org.hamcrest.Matchers.lessThan(Integer.parseInt(next))));
		this.mvc.perform(as("office-210802", get("/api/v1/suggestions/stats")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.RECEIVED").isNumber())
			.andExpect(jsonPath("$.rates[?(@.rate == 'CLOSING')].definition").value("办结件数 ÷ 立案件数（不含不予立案和已并案）"));
		this.mvc.perform(as("office-210802", get("/api/v1/suggestions?figure=RECEIVED&size=200")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Next-Before-Missing"));
	}

	private int file(String title) throws Exception {
		String created = this.mvc.perform(json("deputy-demo", "/api/v1/suggestions", FILING.formatted(title)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(created, "$.id");
	}

	private MockHttpServletRequestBuilder json(String user, String path, String body) {
		return as(user, post(path)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user));
	}

}
