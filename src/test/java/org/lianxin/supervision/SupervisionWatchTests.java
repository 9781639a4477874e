package org.lianxin.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.Submission;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.workday.internal.CalendarException;
import org.lianxin.workday.internal.DayKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one watch over every module's clocks, with the opinion loop and a second kind of
 * subject ({@link DrillClocks}, tests only) side by side.
 */
@LianxinTest
class SupervisionWatchTests {

	private static final AtomicLong DRILL_IDS = new AtomicLong(9_100_000);

	@Autowired
	Supervision supervision;

	@Autowired
	DrillClocks drills;

	@Autowired
	OpinionIntake intake;

	@Autowired
	OpinionWorkflow workflow;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private final List<Long> opened = new java.util.ArrayList<>();

	@AfterEach
	void closeDrills() {
		this.opened.forEach(this.drills::close);
	}

	@Test
	void one_run_supervises_an_opinion_and_a_subject_of_another_kind_each_on_its_own_clock() {
		LocalDate today = this.calendar.today();
		long opinion = submit("督办台：两类事项", "210811");
		dueOn(opinion, back(today, 2));
		long drill = drill("210811", back(today, 5));

		this.supervision.run(today);

		assertThat(notices("OPINION", opinion)).containsExactly("SUPERVISION 1 RECEIVED");
		assertThat(notices(DrillClocks.SUBJECT, drill)).containsExactly("SUPERVISION 2 STAGE_A");
		assertThat(this.drills.escalationsOf(drill)).containsExactly(drill + " 2 5");
		assertThat(escalationLevel(opinion)).isEqualTo(1);
	}

	@Test
	void a_second_run_on_the_same_day_issues_nothing_again() {
		LocalDate today = this.calendar.today();
		long opinion = submit("督办台：只发一次", "210811");
		dueOn(opinion, today);
		long drill = drill("210811", back(today, 1));

		this.supervision.run(today);
		Supervision.Run again = this.supervision.run(today, DrillClocks.SUBJECT);
		this.supervision.run(today);

		assertThat(again).isEqualTo(new Supervision.Run(0, 0));
		assertThat(notices("OPINION", opinion)).containsExactly("REMINDER 0 RECEIVED");
		assertThat(notices(DrillClocks.SUBJECT, drill)).containsExactly("SUPERVISION 1 STAGE_A");
		assertThat(this.drills.escalationsOf(drill)).hasSize(1);
	}

	@Test
	void a_holiday_does_not_count_towards_the_days_overdue() {
		// Monday 3 March 2031 due; Monday 10 March is five working days later, three
		// once Wednesday and Thursday are a holiday: level 1, not 2
		LocalDate due = LocalDate.of(2031, 3, 3);
		LocalDate today = LocalDate.of(2031, 3, 10);
		long drill = drill("210811", due);
		this.calendar.save(new CalendarException(LocalDate.of(2031, 3, 5), DayKind.HOLIDAY, "演练假日"));
		this.calendar.save(new CalendarException(LocalDate.of(2031, 3, 6), DayKind.HOLIDAY, "演练假日"));
		try {
			this.supervision.run(today, DrillClocks.SUBJECT);
		}
		finally {
			this.calendar.remove(LocalDate.of(2031, 3, 5));
			this.calendar.remove(LocalDate.of(2031, 3, 6));
		}
		assertThat(this.drills.escalationsOf(drill)).containsExactly(drill + " 1 3");
		assertThat(notices(DrillClocks.SUBJECT, drill)).containsExactly("SUPERVISION 1 STAGE_A");
	}

	@Test
	void a_subject_that_moved_on_since_the_watch_read_it_gets_no_notice() {
		LocalDate today = this.calendar.today();
		long drill = drill("210811", back(today, 4));
		this.drills.moveOn(drill, "STAGE_B", today.plusDays(30));

		Supervision.Run run = this.supervision.run(today, DrillClocks.SUBJECT);

		assertThat(run.supervisions()).isZero();
		assertThat(notices(DrillClocks.SUBJECT, drill)).isEmpty();
		assertThat(this.drills.escalationsOf(drill)).isEmpty();
	}

	@Test
	void a_division_office_sees_only_its_divisions_notices_on_the_supervision_desk() throws Exception {
		LocalDate today = this.calendar.today();
		long own = submit("督办台：本区", "210811");
		long other = submit("督办台：外区", "210802");
		dueOn(own, back(today, 2));
		dueOn(other, back(today, 2));
		long ownDrill = drill("210811", back(today, 2));
		long otherDrill = drill("210802", back(today, 2));
		this.supervision.run(today);

		this.mvc.perform(get("/supervision").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(trackingCode(own))))
			.andExpect(content().string(containsString("演练-" + ownDrill)))
			.andExpect(content().string(containsString("href=\"/drill/" + ownDrill + "\"")))
			.andExpect(content().string(not(containsString(trackingCode(other)))))
			.andExpect(content().string(not(containsString("演练-" + otherDrill))));
		this.mvc.perform(get("/supervision").param("subject", "OPINION").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(content().string(containsString(trackingCode(own))))
			.andExpect(content().string(containsString("群众意见")))
			.andExpect(content().string(not(containsString("演练-" + ownDrill))));
	}

	@Test
	void the_old_notice_page_leads_to_the_supervision_desk() throws Exception {
		this.mvc.perform(get("/opinions/notices").with(Staff.as(this.accounts, "office-210811")))
			.andExpect(redirectedUrl("/supervision?subject=OPINION"));
	}

	@Test
	void an_opinions_notice_reaches_its_agency_and_another_subjects_notice_is_left_to_its_module() {
		LocalDate today = this.calendar.today();
		long opinion = submit("督办台：通知承办单位", "210811");
		CurrentUser office = Staff.load(this.accounts, "office-210811");
		long agency = Staff.load(this.accounts, "agency-210811").scope().agencyId();
		this.workflow.assign(office, opinion, agency, Set.of(), null);
		dueOn(opinion, back(today, 2));
		long drill = drill("210811", back(today, 2));

		this.supervision.run(today);

		long opinionNotice = noticeId("OPINION", opinion);
		long drillNotice = noticeId(DrillClocks.SUBJECT, drill);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from notification_outbox where message_key = ?")
				.param("opinion notice " + opinionNotice)
				.query(Long.class)
				.single() == 1);
		assertThat(this.jdbc.sql("""
				select count(*) from event_publication
				where listener_id like '%.AgencyMessages.%' and serialized_event like ?""")
			.param("{\"noticeId\":" + drillNotice + ",%")
			.query(Long.class)
			.single()).isZero();
	}

	private long drill(String region, LocalDate dueOn) {
		long id = DRILL_IDS.incrementAndGet();
		this.drills.open(new Clock(id, "STAGE_A", dueOn, region, null, 0));
		this.opened.add(id);
		return id;
	}

	private long submit(String description, String region) {
		return this.intake
			.submit(new Submission(IntakeChannel.WEB, "URBAN_CONSTRUCTION", region, null, null, description, null, null,
					null, null, "13904170011", null, false, false, List.of(), null, null, null, null))
			.id();
	}

	private LocalDate back(LocalDate today, int workingDays) {
		LocalDate day = today;
		for (int counted = 0; counted < workingDays;) {
			day = day.minusDays(1);
			counted += this.calendar.isWorkingDay(day) ? 1 : 0;
		}
		return day;
	}

	private void dueOn(long id, LocalDate day) {
		this.jdbc.sql("update opinion set stage_due_on = ? where id = ?").params(day, id).update();
	}

	private int escalationLevel(long id) {
		return this.jdbc.sql("select escalation_level from opinion where id = ?")
			.param(id)
			.query(Integer.class)
			.single();
	}

	private String trackingCode(long id) {
		return this.jdbc.sql("select tracking_code from opinion where id = ?").param(id).query(String.class).single();
	}

	private long noticeId(String subject, long subjectId) {
		return this.jdbc.sql("select id from supervision_notice where subject = ? and subject_id = ?")
			.params(subject, subjectId)
			.query(Long.class)
			.single();
	}

	private List<String> notices(String subject, long subjectId) {
		return this.jdbc.sql("""
				select kind || ' ' || level || ' ' || stage from supervision_notice
				where subject = ? and subject_id = ? order by id""")
			.params(subject, subjectId)
			.query(String.class)
			.list();
	}

}
