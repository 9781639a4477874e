package org.lianxin.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.FigureRow;
import org.lianxin.project.internal.Projects;

import org.springframework.stereotype.Service;

/**
 * The year's livelihood projects for other modules' dashboards: each chosen project's
 * measured progress, opening the project.
 */
@Service
public class ProjectYearFigures {

	private final Projects projects;

	ProjectYearFigures(Projects projects) {
		this.projects = projects;
	}

	/**
	 * The chosen projects of the region (and below) in the user's scope for the year: one
	 * row each, its measured progress in whole percent.
	 */
	public List<FigureRow> progress(CurrentUser user, String regionCode, int year) {
		return this.projects.list(user, regionCode, year)
			.stream()
			.filter(p -> p.status() != null)
			.map(p -> FigureRow.of(Long.toString(p.id()), p.title(),
					List.of(new CountedFigure("PROGRESS", percent(p.progress()), "project.progress", null,
							"/projects/" + p.id()))))
			.toList();
	}

	private static long percent(BigDecimal progress) {
		return (progress != null) ? progress.setScale(0, RoundingMode.HALF_UP).longValue() : 0;
	}

}
