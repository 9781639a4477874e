package org.lianxin.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.project.internal.ProjectMilestone;
import org.lianxin.project.internal.ProjectStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectStatusTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

	@Test
	void a_project_as_far_as_its_time_is_on_track_and_one_far_behind_is_lagging() {
		LocalDate july = LocalDate.of(2026, 7, 1);
		assertThat(ProjectStatus.derive(START, DUE, july.minusDays(5), new BigDecimal("45"), List.of(), july))
			.isEqualTo(ProjectStatus.ON_TRACK);
		assertThat(ProjectStatus.derive(START, DUE, july.minusDays(5), new BigDecimal("30"), List.of(), july))
			.isEqualTo(ProjectStatus.LAGGING);
	}

	@Test
	void an_overdue_milestone_makes_a_project_lagging_even_when_its_quantities_keep_up() {
		LocalDate july = LocalDate.of(2026, 7, 1);
		List<ProjectMilestone> late = List.of(new ProjectMilestone("完成招标", LocalDate.of(2026, 3, 31), null, null));
		assertThat(ProjectStatus.derive(START, DUE, july.minusDays(5), new BigDecimal("60"), late, july))
			.isEqualTo(ProjectStatus.LAGGING);
	}

	@Test
	void a_project_that_moved_nothing_for_two_months_is_stalled_and_one_with_every_target_met_is_done() {
		LocalDate july = LocalDate.of(2026, 7, 1);
		assertThat(ProjectStatus.derive(START, DUE, LocalDate.of(2026, 4, 1), new BigDecimal("50"), List.of(), july))
			.isEqualTo(ProjectStatus.STALLED);
		assertThat(ProjectStatus.derive(START, DUE, LocalDate.of(2026, 4, 1), new BigDecimal("100"), List.of(), july))
			.isEqualTo(ProjectStatus.DONE);
		assertThat(ProjectStatus.derive(START, DUE, null, BigDecimal.ZERO, List.of(), START.minusDays(1)))
			.isEqualTo(ProjectStatus.NOT_STARTED);
	}

}
