package org.lianxin.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.InspectionMethod;
import org.lianxin.oversight.internal.NewActivity;
import org.lianxin.oversight.internal.NewVisit;
import org.lianxin.oversight.internal.OversightActivities;
import org.lianxin.oversight.internal.ParticipantRole;
import org.lianxin.oversight.internal.SiteKind;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The oversight API, one endpoint per step of an issue item: listed under an idempotency
 * key, rectified by its unit, checked and closed by the office; a step out of turn
 * answers 409 with the reason, another division 404.
 */
@LianxinTest
class OversightApiTests {

	static final String OFFICE = "office-210882";

	static final String UNIT = "agency-210882";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	OversightActivities activities;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	long activity;

	long unit;

	LocalDate today;

	@BeforeEach
	void inspection() {
		CurrentUser office = Staff.load(this.accounts, OFFICE);
		this.today = this.calendar.today();
		long deputy = this.jdbc.sql("""
				select min(deputy_id) from deputy_seat_view where region_code like '210882%' and ended_on is null""")
			.query(Long.class)
			.single();
		this.unit = Staff.load(this.accounts, UNIT).scope().agencyId();
		this.activity = this.activities.plan(office,
				new NewActivity(ActivityKind.INSPECTION, "农贸市场食品安全视察", "大石桥市人大常委会", null, null, this.today.minusDays(1),
						this.today, null, Set.of(InspectionMethod.ON_SITE_QUESTIONING),
						List.of(new NewActivity.Participant(ParticipantRole.DEPUTY, deputy, null))));
		this.activities.visit(office, this.activity,
				new NewVisit(this.today, "某农贸市场", SiteKind.SUPERMARKET, false, null));
	}

	MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user)).with(csrf());
	}

	String item(String place) {
		return """
				{"place":"%s","description":"冷链台账缺失","agencyId":%d,"rectificationRequired":"建立台账",
				 "dueOn":"%s","followUpDays":30}""".formatted(place, this.unit, this.today.plusDays(15));
	}

	@Test
	void an_item_goes_through_every_step_by_the_api_and_a_retry_lists_it_once() throws Exception {
		String created = this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/{id}/items", this.activity)).header("Idempotency-Key", "o-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(item("某农贸市场")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/{id}/items", this.activity)).header("Idempotency-Key", "o-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(item("某农贸市场")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.replayed").value(true));
		this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/{id}/items", this.activity)).header("Idempotency-Key", "o-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content(item("另一个市场")))
			.andExpect(status().isConflict());

		this.mvc.perform(as(UNIT, get("/api/v1/oversight/items"))).andExpect(jsonPath("$[*].id", hasItem((int) id)));
		this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/items/{id}/review", id)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"method\":\"ON_FILE\",\"accept\":true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message", containsString("尚未报送")));
		this.mvc
			.perform(as(UNIT, post("/api/v1/oversight/items/{id}/rectification", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"account\":\"已建立冷链台账\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.row.state").value("REPORTED"));
		this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/items/{id}/review", id)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"method\":\"ON_FILE\",\"accept\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.row.state").value("CLOSED"))
			.andExpect(jsonPath("$.item.row.clockDueOn").value(this.today.plusDays(30).toString()));
		this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/items/{id}/follow-up", id))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"holds\":true,\"verdict\":\"台账规范\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.history[*].to",
					org.hamcrest.Matchers.contains("ASSIGNED", "REPORTED", "CLOSED", "FOLLOWED_UP")));
		this.mvc.perform(as(OFFICE, get("/api/v1/oversight/{id}", this.activity)))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.activity.visits[0].place").value("某农贸市场"));
		this.mvc.perform(as("office-210881", get("/api/v1/oversight/items/{id}", id))).andExpect(status().isNotFound());
	}

	@Test
	void an_item_without_unit_or_deadline_answers_409_naming_both_fields_and_saves_nothing() throws Exception {
		this.mvc
			.perform(as(OFFICE, post("/api/v1/oversight/{id}/items", this.activity))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"place\":\"市场\",\"description\":\"问题\",\"rectificationRequired\":\"整改\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.agencyId").exists())
			.andExpect(jsonPath("$.fields.dueOn").exists());
		assertThat(this.jdbc.sql("select count(*) from oversight_issue_item where activity_id = ?")
			.param(this.activity)
			.query(Long.class)
			.single()).isZero();
	}

}
