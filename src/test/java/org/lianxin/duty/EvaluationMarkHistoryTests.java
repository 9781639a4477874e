package org.lianxin.duty;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.duty.internal.EvaluationMarks;
import org.lianxin.duty.internal.Evaluations;
import org.lianxin.duty.internal.ScorerRole;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An evaluation mark that changes keeps what it was: each value it had, who gave the next
 * one and when, in a history nobody rewrites. In March 2025, a month no other test
 * scores.
 */
@LianxinTest
class EvaluationMarkHistoryTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Evaluations evaluations;

	@Autowired
	EvaluationMarks marks;

	@Autowired
	JdbcClient jdbc;

	record Change(BigDecimal fromMark, BigDecimal toMark, Long changedBy, OffsetDateTime changedAt) {
	}

	@Test
	void a_mark_changed_twice_keeps_both_earlier_values_with_who_changed_it_and_when() {
		CurrentUser office = Staff.load(this.accounts, "office-210802");
		long batch = this.evaluations.create("2025年3月考评（修改痕迹测试）", LocalDate.parse("2025-03-01"),
				LocalDate.parse("2025-03-31"));
		long item = this.jdbc.sql("select id from evaluation_dimension where batch_id = ? and manual")
			.param(batch)
			.query(Long.class)
			.single();
		long wang = this.jdbc.sql("select id from deputy where name = '王秀英' order by id limit 1")
			.query(Long.class)
			.single();

		for (String mark : List.of("12", "15", "9.5", "9.50")) {
			this.marks.save(office, batch, ScorerRole.OFFICE, Map.of(wang, Map.of(item, new BigDecimal(mark))), false);
		}

		List<Change> history = this.jdbc.sql("""
				select from_mark, to_mark, changed_by, changed_at from evaluation_mark_history
				where dimension_id = ? and deputy_id = ? and role = 'OFFICE' order by id""")
			.params(item, wang)
			.query(Change.class)
			.list();
		// the same value again is no change
		assertThat(history).hasSize(3);
		assertThat(history.get(0).fromMark()).isNull();
		assertThat(history.get(1).fromMark()).isEqualByComparingTo("12");
		assertThat(history.get(2).fromMark()).isEqualByComparingTo("15");
		assertThat(history.get(2).toMark()).isEqualByComparingTo("9.5");
		assertThat(history).allSatisfy(change -> {
			assertThat(change.changedBy()).isEqualTo(office.id());
			assertThat(change.changedAt()).isNotNull();
		});
		assertThat(this.jdbc
			.sql("select mark from evaluation_mark where dimension_id = ? and deputy_id = ? and role = 'OFFICE'")
			.params(item, wang)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("9.5");
	}

	@Test
	void the_history_of_marks_refuses_to_be_rewritten_or_deleted() {
		assertThatThrownBy(() -> this.jdbc.sql("update evaluation_mark_history set to_mark = 0").update())
			.hasMessageContaining("evaluation_mark_history is append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from evaluation_mark_history").update())
			.hasMessageContaining("evaluation_mark_history is append-only");
	}

}
