package org.lianxin.oversight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Photos;
import org.lianxin.Staff;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A deputy records findings only on the activities they take part in, once begun, for a
 * unit of the activity's region, with a deadline; anything else is refused and writes
 * nothing.
 */
@LianxinTest
class DeputyFindingTests {

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

	long activity(boolean withTheDemoDeputy, boolean begun) {
		LocalDate today = this.calendar.today();
		long deputy = this.jdbc.sql(withTheDemoDeputy ? """
				select a.deputy_id from deputy_account_view a join staff_user_view u on u.id = a.user_id
				where u.username = 'deputy-demo'""" : """
				select max(deputy_id) from deputy_seat_view where region_code like '210802%' and ended_on is null
				and deputy_id not in (select deputy_id from deputy_account_view)""").query(Long.class).single();
		long id = this.activities.plan(Staff.load(this.accounts, "office-210802"),
				new NewActivity(ActivityKind.INSPECTION, "农贸市场食品安全视察", "站前区人大常委会", null, null, today, today, null,
						Set.of(InspectionMethod.RANDOM),
						List.of(new NewActivity.Participant(ParticipantRole.DEPUTY, deputy, null))));
		if (begun) {
			this.activities.visit(Staff.load(this.accounts, "office-210802"), id,
					new NewVisit(today, "某农贸市场", SiteKind.OTHER, false, null));
		}
		return id;
	}

	@Value("${lianxin.files.dir}")
	Path files;

	long fileCount() throws IOException {
		if (!Files.exists(this.files)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(this.files)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	long items(long activity) {
		return this.jdbc.sql("select count(*) from oversight_issue_item where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
	}

	long unit() {
		return this.jdbc.sql("select agency_id from staff_user_view where username = 'agency-210802'")
			.query(Long.class)
			.single();
	}

	@Test
	void a_deputy_taking_part_records_a_finding_for_the_unit_and_the_office_sees_it() throws Exception {
		long activity = activity(true, true);
		this.mvc.perform(get("/oversight/mine").with(Staff.as(this.accounts, "deputy-demo")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("/oversight/mine/" + activity + "\"")));
		this.mvc
			.perform(multipart("/oversight/mine/{id}/findings", activity).param("place", "某农贸市场")
				.param("description", "散装熟食无防尘措施")
				.param("agencyId", String.valueOf(unit()))
				.param("rectificationRequired", "加装防尘罩")
				.param("dueOn", this.calendar.today().plusDays(10).toString())
				.with(Staff.as(this.accounts, "deputy-demo"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "oversight.finding.saved"));
		assertThat(items(activity)).isOne();
		long item = this.jdbc.sql("select id from oversight_issue_item where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/oversight/items/{id}", item).with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk());
	}

	@Test
	void a_finding_without_unit_or_deadline_on_an_activity_not_begun_or_not_ones_own_is_refused() throws Exception {
		long mine = activity(true, true);
		long filesBefore = fileCount();
		this.mvc
			.perform(multipart("/oversight/mine/{id}/findings", mine)
				.file(new MockMultipartFile("photos", "market.jpg", "image/jpeg", Photos.jpeg(400, 300)))
				.param("place", "某农贸市场")
				.param("description", "散装熟食无防尘措施")
				.param("rectificationRequired", "加装防尘罩")
				.with(Staff.as(this.accounts, "deputy-demo"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("请")));
		// a unit of another division is not one of this activity's
		long elsewhere = this.jdbc.sql("select agency_id from staff_user_view where username = 'agency-210803'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(multipart("/oversight/mine/{id}/findings", mine).param("place", "某农贸市场")
				.param("description", "散装熟食无防尘措施")
				.param("agencyId", String.valueOf(elsewhere))
				.param("rectificationRequired", "加装防尘罩")
				.param("dueOn", this.calendar.today().plusDays(10).toString())
				.with(Staff.as(this.accounts, "deputy-demo"))
				.with(csrf()))
			.andExpect(flash().attribute("problem", containsString("责任单位")));
		assertThat(items(mine)).isZero();
		// the refused finding's photo was not left behind
		assertThat(fileCount()).isEqualTo(filesBefore);
		long notBegun = activity(true, false);
		long others = activity(false, true);
		for (long activity : List.of(notBegun, others)) {
			this.mvc.perform(get("/oversight/mine/{id}", activity).with(Staff.as(this.accounts, "deputy-demo")))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/oversight/mine").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isForbidden());
	}

}
