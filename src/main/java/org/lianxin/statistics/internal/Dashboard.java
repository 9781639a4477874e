package org.lianxin.statistics.internal;

import java.util.List;

import org.lianxin.region.Region;

/** The dashboard (驾驶舱) of a division or the city for a year: its charts in order. */
public record Dashboard(Region region, int year, List<DashboardChart> charts) {

	public Dashboard {
		charts = List.copyOf(charts);
	}

}
