package org.lianxin.project.internal;

import java.util.Collection;
import java.util.List;

import org.lianxin.platform.web.PublicPages;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the public page cache which public projects pages a change concerns: a project of
 * a region and year is shown on the pages of that region and those above it, for its year
 * (among the year's projects) and the year before (among the candidates the next session
 * votes on). Every save of a project tells it (progress, milestones, money, the count of
 * the vote); so do the changes kept beside it (parts, kept ratings).
 */
@Component
class PublicProjectPages implements AfterSaveCallback<Project> {

	private final PublicPages pages;

	/**
	 * Asked for when a page changes, not when this callback is made: the callbacks are
	 * made with the aggregate template, which the regions' repository itself needs.
	 */
	private final ObjectProvider<RegionManagement> regions;

	private final JdbcClient jdbc;

	PublicProjectPages(PublicPages pages, ObjectProvider<RegionManagement> regions, JdbcClient jdbc) {
		this.pages = pages;
		this.regions = regions;
		this.jdbc = jdbc;
	}

	@Override
	public Project onAfterSave(Project project) {
		changed(project.regionCode(), project.year());
		return project;
	}

	/** The pages of these projects have changed. */
	void changed(Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("select distinct region_code, year from project where id in (:ids)")
			.param("ids", projectIds)
			.query((rs, n) -> {
				changed(rs.getString(1), rs.getInt(2));
				return null;
			})
			.list();
	}

	private void changed(String regionCode, int year) {
		this.pages.projectsChanged(this.regions.getObject().lineage(regionCode).stream().map(Region::code).toList(),
				List.of(year, year - 1));
	}

}
