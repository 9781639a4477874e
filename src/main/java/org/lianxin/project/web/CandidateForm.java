package org.lianxin.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.project.NewProject;

/**
 * The candidate form: targets one per line as {@code 名称 数量 单位} ("农村公路维修改造 14.1 公里"),
 * milestones one per line as {@code 日期 名称} ("2026-06-30 完成招标").
 */
record CandidateForm(Long congressId, Integer year, String title, Long categoryId, Long leadAgencyId, BigDecimal budget,
		String location, LocalDate startsOn, LocalDate dueOn, String targets, String milestones) {

	NewProject toProject() {
		if (this.congressId == null || this.categoryId == null) {
			throw new RuleViolationException("congressId", "project.congress.invalid");
		}
		return new NewProject(this.congressId, (this.year != null) ? this.year : 0, this.title, this.categoryId,
				this.leadAgencyId, this.budget, this.location, this.startsOn, this.dueOn, parsedTargets(),
				parsedMilestones());
	}

	private List<NewProject.Target> parsedTargets() {
		List<NewProject.Target> parsed = new ArrayList<>();
		for (String line : lines(this.targets)) {
			String[] parts = line.split("\\s+");
			try {
				parsed.add(new NewProject.Target(String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 2)),
						parts[parts.length - 1], new BigDecimal(parts[parts.length - 2].replace(",", ""))));
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException("targets", "project.targets.invalid");
			}
		}
		return parsed;
	}

	private List<NewProject.Milestone> parsedMilestones() {
		List<NewProject.Milestone> parsed = new ArrayList<>();
		for (String line : lines(this.milestones)) {
			String[] parts = line.split("\\s+", 2);
			try {
				parsed.add(new NewProject.Milestone(parts[1], LocalDate.parse(parts[0])));
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException("milestones", "project.milestones.invalid");
			}
		}
		return parsed;
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
