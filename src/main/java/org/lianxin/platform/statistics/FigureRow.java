package org.lianxin.platform.statistics;

import java.util.List;

/**
 * One row of a breakdown one module offers another's dashboard — a month, a category, an
 * agency, a station, a division — with its counts and rates, each opening its records.
 *
 * @param key stable within the offering module (a month's number, an id, a region code)
 * @param label what the row is called, as shown (a name from the records, not a message
 * key)
 */
public record FigureRow(String key, String label, List<CountedFigure> counts, List<CountedRate> rates) {

	public FigureRow {
		counts = List.copyOf(counts);
		rates = List.copyOf(rates);
	}

	/** A row of counts only. */
	public static FigureRow of(String key, String label, List<CountedFigure> counts) {
		return new FigureRow(key, label, counts, List.of());
	}

}
