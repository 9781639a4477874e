package org.lianxin.legislation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.legislation.internal.NewConsultation;
import org.lianxin.station.VenueRegistry;
import org.lianxin.supervision.internal.Supervision;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer upward's deadline on the real supervision watch: an overdue consultation
 * gets one supervision notice per level, its level and history record it, the office is
 * told, and a consultation already reported is left alone.
 */
@LianxinTest
@EnableScenarios
class ConsultationClockTests {

	@Autowired
	Consultations consultations;

	@Autowired
	Supervision supervision;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Autowired
	WorkdayCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DraftOpinions opinions;

	@Autowired
	Merging merging;

	@Test
	void an_overdue_consultation_is_supervised_once_recorded_in_its_history_and_the_office_is_told(Scenario scenario) {
		LocalDate today = this.calendar.today();
		long overdue = receive("督办测试：逾期未报送的征询", today.minusDays(40), today.minusDays(20));
		long later = receive("督办测试：未到期的征询", today.minusDays(5), today.plusDays(40));
		scenario.stimulate(() -> this.supervision.run(today, "CONSULTATION"))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> outbox("consultation " + overdue), lines -> !lines.isEmpty())
			.andVerify(lines -> assertThat(lines).allSatisfy(line -> assertThat(line).contains("督办单", "逾期未报送的征询")));
		assertThat(notices(overdue)).singleElement().satisfies(n -> assertThat(n).startsWith("SUPERVISION"));
		assertThat(notices(later)).isEmpty();
		assertThat(this.jdbc.sql("select supervision_level from legislation_consultation where id = ?")
			.param(overdue)
			.query(Integer.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("select reason from legislation_consultation_history where consultation_id = ?")
			.param(overdue)
			.query(String.class)
			.list()).anySatisfy(reason -> assertThat(reason).startsWith("督办"));
		// the same day again issues nothing new
		this.supervision.run(today, "CONSULTATION");
		assertThat(notices(overdue)).hasSize(1);
	}

	@Test
	void a_reported_consultation_has_no_clock_any_more() {
		LocalDate today = this.calendar.today();
		long id = receive("督办测试：已报送的征询", today.minusDays(40), today.minusDays(20));
		CurrentUser office = office();
		this.consultations.importDraft(office, id, ConsultationTests.FIRST_DRAFT, null);
		this.consultations.publish(office, id);
		String token = this.opinions.give(new NewDraftOpinion(id, 1, null, "已报送前的意见", OpinionChannel.QR_PAGE,
				LegislativeFixtures.contactPoint(this.venues), null, null, null, "13704170401", null), null);
		this.consultations.closeGathering(office, id);
		long opinion = this.jdbc.sql("select id from legislation_opinion where tracking_token = ?")
			.param(token)
			.query(Long.class)
			.single();
		this.merging.merge(office, id, List.of(opinion), null, null);
		this.merging.report(office, id, "省人大常委会同意延期");
		this.supervision.run(today, "CONSULTATION");
		assertThat(notices(id)).isEmpty();
	}

	private long receive(String title, LocalDate receivedOn, LocalDate dueOn) {
		return this.consultations.receive(office(), new NewConsultation(LegislativeFixtures.contactPoint(this.venues),
				"PROVINCIAL", "辽宁省人大常委会法工委", title, receivedOn, dueOn));
	}

	private List<String> notices(long id) {
		return this.jdbc.sql("""
				select kind || ' ' || level from supervision_notice where subject = 'CONSULTATION' and subject_id = ?
				order by id""").param(id).query(String.class).list();
	}

	private List<String> outbox(String reference) {
		return this.jdbc.sql("select text from notification_outbox where reference = ?")
			.param(reference)
			.query(String.class)
			.list();
	}

	private CurrentUser office() {
		return Staff.load(this.accounts, "office-210803");
	}

}
