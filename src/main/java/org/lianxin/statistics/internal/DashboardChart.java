package org.lianxin.statistics.internal;

import java.util.List;

/**
 * One chart of the dashboard as both the chart and its table read it: named series over
 * labelled rows, every cell a number with the path of the records it counts.
 *
 * @param key stable, for the page's element ids and the API
 * @param percent the cells are rates in percent, not counts
 */
public record DashboardChart(String key, String title, boolean percent, List<String> series, List<Row> rows) {

	public DashboardChart {
		series = List.copyOf(series);
		rows = List.copyOf(rows);
	}

	/** A month, a category, an agency, a station, a division… */
	public record Row(String label, List<Cell> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

	}

	/**
	 * A number as drawn ({@code value}, {@code null} for a rate over nothing) and as
	 * written ({@code shown}), opening its records at {@code path}.
	 */
	public record Cell(Number value, String shown, String path) {
	}

	public boolean empty() {
		return this.rows.isEmpty();
	}

}
