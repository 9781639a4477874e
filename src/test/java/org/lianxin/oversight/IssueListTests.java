package org.lianxin.oversight;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Photos;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.oversight.internal.ActivityKind;
import org.lianxin.oversight.internal.InspectionMethod;
import org.lianxin.oversight.internal.IssueItems;
import org.lianxin.oversight.internal.IssueState;
import org.lianxin.oversight.internal.NewActivity;
import org.lianxin.oversight.internal.NewIssueItem;
import org.lianxin.oversight.internal.NewVisit;
import org.lianxin.oversight.internal.OversightActivities;
import org.lianxin.oversight.internal.ParticipantRole;
import org.lianxin.oversight.internal.ReviewMethod;
import org.lianxin.oversight.internal.SiteKind;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An issue list through the pages, as 西市区's Work Safety Law inspection left one: the
 * office records the finding with a photo, the responsible unit (and only it) reports
 * rectification, the office checks and closes it; the other division sees none of it.
 */
@LianxinTest
class IssueListTests {

	static final String OFFICE = "office-210803";

	static final String UNIT = "agency-210803";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	OversightActivities activities;

	@Autowired
	IssueItems items;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	CurrentUser office;

	long unit;

	long deputy;

	LocalDate today;

	@BeforeEach
	void division() {
		this.office = Staff.load(this.accounts, OFFICE);
		this.unit = this.jdbc.sql("select agency_id from staff_user_view where username = ?")
			.param(UNIT)
			.query(Long.class)
			.single();
		this.deputy = this.jdbc.sql("""
				select min(deputy_id) from deputy_seat_view where region_code like '210803%' and ended_on is null""")
			.query(Long.class)
			.single();
		this.today = this.calendar.today();
	}

	long inspectionUnderWay() {
		long id = this.activities.plan(this.office,
				new NewActivity(ActivityKind.LAW_ENFORCEMENT, "《安全生产法》执法检查", "西市区人大常委会", null, "《中华人民共和国安全生产法》",
						this.today.minusDays(10), this.today.plusDays(30), "集中学习安全生产法",
						java.util.Set.of(InspectionMethod.RANDOM, InspectionMethod.SURPRISE),
						List.of(new NewActivity.Participant(ParticipantRole.DEPUTY, this.deputy, null),
								new NewActivity.Participant(ParticipantRole.EXPERT, null, "李律师"))));
		this.activities.visit(this.office, id,
				new NewVisit(this.today.minusDays(2), "西市区某建筑工地", SiteKind.BUILDING_SITE, true, "脚手架缺少防护网"));
		return id;
	}

	String state(long item) {
		return this.jdbc.sql("select state from oversight_issue_item where id = ?")
			.param(item)
			.query(String.class)
			.single();
	}

	@Test
	void a_finding_goes_from_the_office_to_its_unit_and_closes_only_when_the_office_has_checked_it() throws Exception {
		long activity = inspectionUnderWay();
		this.mvc
			.perform(multipart("/oversight/{id}/items", activity)
				.file(new MockMultipartFile("photos", "site.jpg", "image/jpeg", Photos.jpeg(64, 48)))
				.param("place", "西市区某建筑工地")
				.param("description", "脚手架缺少防护网")
				.param("agencyId", String.valueOf(this.unit))
				.param("rectificationRequired", "三日内补设防护网")
				.param("dueOn", this.today.plusDays(20).toString())
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "oversight.item.saved"));
		long item = this.jdbc.sql("select max(id) from oversight_issue_item where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();

		this.mvc.perform(get("/oversight/items").with(Staff.as(this.accounts, UNIT)))
			.andExpect(content().string(containsString("/oversight/items/" + item + "\"")));
		this.mvc.perform(get("/oversight/items/{id}/photos/1", item).with(Staff.as(this.accounts, UNIT)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/oversight/items/{id}/review", item).param("method", "ON_SITE")
				.param("accept", "true")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("尚未报送整改情况")));
		assertThat(state(item)).isEqualTo("ASSIGNED");

		this.mvc
			.perform(multipart("/oversight/items/{id}/rectification", item)
				.file(new MockMultipartFile("photos", "net.jpg", "image/jpeg", Photos.jpeg(64, 48)))
				.param("account", "已补设防护网")
				.with(Staff.as(this.accounts, UNIT))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "oversight.item.reported"));
		this.mvc
			.perform(post("/oversight/items/{id}/review", item).param("accept", "true")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("复查方式")));
		assertThat(state(item)).isEqualTo("REPORTED");

		this.mvc
			.perform(post("/oversight/items/{id}/review", item).param("method", "ON_SITE")
				.param("accept", "true")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "oversight.item.closed-now"));
		assertThat(state(item)).isEqualTo("CLOSED");
		this.mvc.perform(get("/oversight/items/{id}", item).with(Staff.as(this.accounts, OFFICE)))
			.andExpect(content().string(containsString("已补设防护网")))
			.andExpect(content().string(containsString("/oversight/items/" + item + "/photos/2")))
			.andExpect(content().string(containsString("id=\"follow-up-form\"")));
		assertThat(
				this.jdbc.sql("select to_state from oversight_issue_item_history where item_id = ? order by chain_seq")
					.param(item)
					.query(String.class)
					.list())
			.containsExactly("ASSIGNED", "REPORTED", "CLOSED");
	}

	@Test
	void the_unit_cannot_check_its_own_rectification_and_another_division_sees_nothing() throws Exception {
		long activity = inspectionUnderWay();
		long item = this.items.list(this.office, activity,
				new NewIssueItem("某超市", "消防通道堵塞", null, null, this.unit, "清理通道", this.today.plusDays(10), null),
				List.of());
		this.mvc
			.perform(post("/oversight/items/{id}/review", item).param("method", "ON_FILE")
				.param("accept", "true")
				.with(Staff.as(this.accounts, UNIT))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/oversight/items/{id}", item).with(Staff.as(this.accounts, "agency-210804")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/oversight/items/{id}", item).with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/oversight/{id}", activity).with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/oversight/items").with(Staff.as(this.accounts, "agency-210804")))
			.andExpect(content().string(not(containsString("/oversight/items/" + item + "\""))));
		assertThat(state(item)).isEqualTo(IssueState.ASSIGNED.name());
	}

	@Test
	void an_item_without_a_deadline_or_a_unit_is_refused_with_both_messages_and_nothing_is_written() throws Exception {
		long activity = inspectionUnderWay();
		this.mvc
			.perform(post("/oversight/{id}/items", activity).param("place", "港口")
				.param("description", "缺少救生设备")
				.param("rectificationRequired", "配齐设备")
				.with(Staff.as(this.accounts, OFFICE))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("责任单位")));
		assertThat(this.jdbc.sql("select count(*) from oversight_issue_item where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_unit_from_another_division_cannot_be_made_responsible() {
		long activity = inspectionUnderWay();
		long elsewhere = this.jdbc.sql("select agency_id from staff_user_view where username = 'agency-210804'")
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> this.items.list(this.office, activity,
				new NewIssueItem("港口", "问题", null, null, elsewhere, "整改", this.today.plusDays(5), null), List.of()))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "oversight.item.agency.unknown");
	}

	@Test
	void a_law_enforcement_inspection_without_its_laws_or_deputies_is_refused_with_every_reason() {
		assertThatThrownBy(() -> this.activities.plan(this.office,
				new NewActivity(ActivityKind.LAW_ENFORCEMENT, "执法检查", "西市区人大常委会", null, " ", this.today,
						this.today.minusDays(1), null, null, List.of())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.each()).extracting(RuleViolationException::field)
						.containsExactly("lawsChecked", "endsOn", "deputyIds"));
	}

	@Test
	void the_review_of_a_sent_back_item_is_kept_with_its_reason() {
		long activity = inspectionUnderWay();
		long item = this.items.list(this.office, activity,
				new NewIssueItem("医院", "应急通道上锁", null, null, this.unit, "拆除门锁", this.today.plusDays(10), 30),
				List.of());
		this.items.reportRectification(Staff.load(this.accounts, UNIT), item, "已拆除", List.of());
		this.items.review(this.office, item, ReviewMethod.ON_FILE, false, "照片看不出已拆除", this.today.plusDays(5));
		assertThat(state(item)).isEqualTo("SENT_BACK");
		assertThat(this.jdbc.sql("select review_note from oversight_rectification where item_id = ?")
			.param(item)
			.query(String.class)
			.single()).isEqualTo("照片看不出已拆除");
	}

}
