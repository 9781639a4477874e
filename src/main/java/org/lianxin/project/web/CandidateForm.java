package org.lianxin.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.project.NewProject;

/**
 * The candidate form: targets one per line as {@code 名称 数量 单位} ("农村公路维修改造 14.1 公里"),
 * milestones one per line as {@code 日期 名称} ("2026-06-30 完成招标"), the numbers of the
 * opinions and suggestions it was collected from separated by spaces or commas.
 */
record CandidateForm(Long congressId, Integer year, String title, Long categoryId, Long leadAgencyId, BigDecimal budget,
		String location, LocalDate startsOn, LocalDate dueOn, String targets, String milestones, String opinions,
		String suggestions) {

	NewProject toProject() {
		if (this.congressId == null || this.categoryId == null) {
			throw new RuleViolationException("congressId", "project.congress.invalid");
		}
		return new NewProject(this.congressId, (this.year != null) ? this.year : 0, this.title, this.categoryId,
				this.leadAgencyId, this.budget, this.location, this.startsOn, this.dueOn,
				NewProject.targetsOf(lines(this.targets)), NewProject.milestonesOf(lines(this.milestones)),
				NewProject.numbersOf(this.opinions), NewProject.numbersOf(this.suggestions));
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
