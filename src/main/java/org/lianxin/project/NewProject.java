package org.lianxin.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

/**
 * A candidate project as the government proposes it.
 *
 * @param budget in 万元
 * @param opinions the numbers (tracking codes) of the citizens' opinions that asked for
 * it
 * @param suggestions the numbers of the congress's suggestions that asked for it
 * (第1次会议第12号, or 1-12)
 */
public record NewProject(long congressId, int year, String title, long categoryId, Long leadAgencyId, BigDecimal budget,
		String location, LocalDate startsOn, LocalDate dueOn, List<Target> targets, List<Milestone> milestones,
		List<String> opinions, List<String> suggestions) {

	/** A candidate collected from no opinion or suggestion. */
	public NewProject(long congressId, int year, String title, long categoryId, Long leadAgencyId, BigDecimal budget,
			String location, LocalDate startsOn, LocalDate dueOn, List<Target> targets, List<Milestone> milestones) {
		this(congressId, year, title, categoryId, leadAgencyId, budget, location, startsOn, dueOn, targets, milestones,
				List.of(), List.of());
	}

	/**
	 * Numbers as people type them: separated by spaces, commas, semicolons or lines, each
	 * named once.
	 */
	public static List<String> numbersOf(String text) {
		return (text == null) ? List.of() : named(java.util.Arrays.asList(text.split("[\\s,，;；、]+")));
	}

	/** A target in its unit, e.g. 14.1 公里. */
	public record Target(String name, String unit, BigDecimal planned) {
	}

	public record Milestone(String name, LocalDate plannedOn) {
	}

	/**
	 * Targets as people type them, one per line: {@code 名称 数量 单位} ("农村公路维修改造 14.1 公里").
	 */
	public static List<Target> targetsOf(List<String> lines) {
		return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).map(line -> {
			String[] parts = line.split("\\s+");
			try {
				return new Target(String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 2)),
						parts[parts.length - 1], new BigDecimal(parts[parts.length - 2].replace(",", "")));
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException("targets", "project.targets.invalid");
			}
		}).toList();
	}

	/**
	 * Milestones as people type them, one per line: {@code 日期 名称} ("2026-06-30 完成招标").
	 */
	public static List<Milestone> milestonesOf(List<String> lines) {
		return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).map(line -> {
			String[] parts = line.split("\\s+", 2);
			try {
				return new Milestone(parts[1], LocalDate.parse(parts[0]));
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException("milestones", "project.milestones.invalid");
			}
		}).toList();
	}

	public NewProject {
		targets = (targets != null) ? List.copyOf(targets) : List.of();
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
		opinions = named(opinions);
		suggestions = named(suggestions);
	}

	private static List<String> named(List<String> numbers) {
		return (numbers != null) ? numbers.stream()
			.filter(java.util.Objects::nonNull)
			.map(String::strip)
			.filter(n -> !n.isEmpty())
			.distinct()
			.toList() : List.of();
	}

	/** Names every rule the proposal breaks at once. */
	public void check() {
		RuleViolations broken = new RuleViolations();
		broken.check(() -> require(this.title != null && !this.title.isBlank() && this.title.strip().length() <= 100,
				"title", "project.title.invalid"));
		broken.check(() -> require(this.year >= 2000 && this.year <= 2100, "year", "project.year.invalid"));
		broken
			.check(() -> require(this.budget != null && this.budget.signum() >= 0, "budget", "project.budget.invalid"));
		broken.check(() -> require(this.location == null || this.location.length() <= 200, "location",
				"project.location.invalid"));
		broken.check(() -> require(this.startsOn != null && this.dueOn != null && this.dueOn.isAfter(this.startsOn),
				"dueOn", "project.period.invalid"));
		broken.check(() -> require(
				!this.targets.isEmpty() && this.targets.size() <= 10
						&& this.targets.stream()
							.allMatch(t -> t.name() != null && !t.name().isBlank() && t.name().strip().length() <= 64
									&& t.unit() != null && !t.unit().isBlank() && t.unit().strip().length() <= 16
									&& t.planned() != null && t.planned().signum() > 0),
				"targets", "project.targets.invalid"));
		broken.check(() -> require(this.milestones.stream()
			.allMatch(m -> m.name() != null && !m.name().isBlank() && m.name().strip().length() <= 100
					&& m.plannedOn() != null && (this.startsOn == null || !m.plannedOn().isBefore(this.startsOn))),
				"milestones", "project.milestones.invalid"));
		broken.throwIfAny();
	}

	private static void require(boolean condition, String field, String key) {
		if (!condition) {
			throw new RuleViolationException(field, key);
		}
	}

}
