package org.lianxin.duty.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.platform.web.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The duty record's and the evaluation batch's moves, without a database. */
class DutyRecordRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	@Test
	void a_record_is_submitted_for_the_office_of_its_first_deputy() {
		DutyRecord record = submitted();
		assertThat(record.state()).isEqualTo(RecordState.SUBMITTED);
		assertThat(record.deputyIds()).containsExactly(7L, 8L);
		assertThat(record.title()).isEqualTo("出席常委会会议");
	}

	@Test
	void a_record_dated_tomorrow_or_without_a_title_is_refused() {
		assertThatThrownBy(
				() -> DutyRecord.submit(entered(TODAY.plusDays(1), "会议"), TODAY, 1, List.of(7L), "210802", null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("duty.date.future"));
		assertThatThrownBy(() -> DutyRecord.submit(entered(TODAY, "  "), TODAY, 1, List.of(7L), "210802", null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("duty.title.invalid"));
	}

	@Test
	void a_decided_record_cannot_be_decided_again() {
		DutyRecord record = submitted().verify(1, NOW);
		assertThat(record.state()).isEqualTo(RecordState.VERIFIED);
		assertThatThrownBy(() -> record.returnWith("照片不清楚", 1, NOW)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.messageKey()).isEqualTo("duty.state.decided"));
	}

	@Test
	void a_record_is_returned_only_with_a_reason_the_deputy_can_read() {
		DutyRecord record = submitted();
		assertThatThrownBy(() -> record.returnWith(" ", 1, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("duty.reason.required"));
		assertThat(record.returnWith(" 照片不清楚 ", 1, NOW).returnReason()).isEqualTo("照片不清楚");
		assertThat(record.state()).isEqualTo(RecordState.RETURNED);
	}

	@Test
	void a_record_follows_its_corrected_event_until_the_office_has_verified_it() {
		DutyRecord record = submitted();
		assertThat(record.followEvent(TODAY.minusDays(2), "会议室", "改期的会议")).isTrue();
		assertThat(record.title()).isEqualTo("改期的会议");
		record.verify(1, NOW);
		assertThat(record.followsItsEvent()).isFalse();
		assertThat(record.followEvent(TODAY.minusDays(3), null, "又改了")).isFalse();
		assertThat(record.title()).isEqualTo("改期的会议");
	}

	@Test
	void a_final_batch_changes_no_more() {
		EvaluationBatch batch = EvaluationBatch.open("2026年度考评", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(batch.state()).isEqualTo(EvaluationBatch.State.OPEN);
		batch.changeThresholds(new BigDecimal("85"), new BigDecimal("60"), new BigDecimal("40"));
		batch.makeFinal(NOW);
		assertThat(batch.state()).isEqualTo(EvaluationBatch.State.FINAL);
		assertThatThrownBy(() -> batch.changeThresholds(new BigDecimal("90"), new BigDecimal("60"), BigDecimal.TEN))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("evaluation.final"));
		assertThatThrownBy(() -> batch.makeFinal(NOW)).isInstanceOf(RuleViolationException.class);
	}

	private static DutyRecord submitted() {
		return DutyRecord.submit(entered(TODAY.minusDays(1), " 出席常委会会议 "), TODAY, 1, List.of(7L, 8L), "210802", 42L);
	}

	private static NewDutyRecord entered(LocalDate day, String title) {
		return new NewDutyRecord("MEETING", day, null, title, null, List.of(), List.of(), null);
	}

}
