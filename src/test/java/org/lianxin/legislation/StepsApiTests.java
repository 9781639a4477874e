package org.lianxin.legislation;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.NewInformant;
import org.lianxin.legislation.internal.Rosters;
import org.lianxin.station.VenueRegistry;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The six steps through the JSON API, each with one endpoint, and what it refuses. */
@LianxinTest
class StepsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Rosters rosters;

	@Autowired
	WorkdayCalendar calendar;

	@Test
	void a_system_walks_a_consultation_through_all_six_steps_and_a_retried_opinion_is_kept_once() throws Exception {
		String created = this.mvc
			.perform(json(post("/api/v1/legislation/consultations"),
					"""
							{"pointId":%d,"sourceLevel":"PROVINCIAL","sourceBody":"辽宁省人大常委会法工委",
							 "title":"接口征询","answerDueOn":"%s"}"""
						.formatted(LegislativeFixtures.contactPoint(this.venues), this.calendar.today().plusDays(20))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String base = "/api/v1/legislation/consultations/" + id;
		this.mvc
			.perform(json(post(base + "/drafts"), "{\"text\":\""
					+ ConsultationTests.FIRST_DRAFT.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
					+ "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentVersion").value(1));
		this.mvc.perform(json(post(base + "/publish"), "{}")).andExpect(jsonPath("$.stage").value("GATHERING"));
		long lawyer = this.rosters.enrol(Staff.load(this.accounts, "office-210803"),
				LegislativeFixtures.contactPoint(this.venues),
				new NewInformant("接口律师", "LAWYER", null, "13704171111", true, null));
		long teacher = this.rosters.enrol(Staff.load(this.accounts, "office-210803"),
				LegislativeFixtures.contactPoint(this.venues),
				new NewInformant("接口教师", "TEACHER", null, "13704172222", true, null));
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(json(post(base + "/opinions"), """
						{"article":3,"text":"建议资助范围覆盖全部家庭经济困难学生","informantId":%d}""".formatted(lawyer))
					.header("Idempotency-Key", "retry-1"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.trackingToken").isString());
		}
		this.mvc.perform(json(post(base + "/opinions"), """
				{"article":3,"text":"建议资助范围覆盖全部家庭困难学生","informantId":%d}""".formatted(teacher)))
			.andExpect(status().isCreated());
		this.mvc.perform(json(post(base + "/opinions"), """
				{"article":99,"text":"没有这条"}""")).andExpect(status().isConflict());
		this.mvc.perform(get(base + "/opinions").param("article", "3").with(office()))
			.andExpect(jsonPath("$.length()").value(2));
		this.mvc.perform(json(post(base + "/close"), "{}")).andExpect(jsonPath("$.stage").value("MERGING"));
		String suggested = this.mvc.perform(get(base + "/merge-suggestions").param("article", "3").with(office()))
			.andExpect(jsonPath("$[0].length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Number> ids = JsonPath.read(suggested, "$[0][*].id");
		String merged = this.mvc
			.perform(json(post(base + "/merges"), "{\"opinionIds\":[%s,%s]}".formatted(ids.get(0), ids.get(1))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long mergedId = ((Number) JsonPath.read(merged, "$.id")).longValue();
		this.mvc.perform(json(post(base + "/report"), "{}")).andExpect(jsonPath("$.stage").value("REPORTED"));
		this.mvc.perform(json(post(base + "/merged/" + mergedId + "/answer"), "{\"outcome\":\"ADOPTED\"}"))
			.andExpect(jsonPath("$.stage").value("ANSWERED"));
		this.mvc.perform(get(base + "/merged").with(office()))
			.andExpect(jsonPath("$[0].outcome").value("ADOPTED"))
			.andExpect(jsonPath("$[0].sources").value(2));
		this.mvc.perform(get(base).with(Staff.as(this.accounts, "office-210802"))).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from legislation_opinion where consultation_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.with(office()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor office() {
		return Staff.as(this.accounts, "office-210803");
	}

}
