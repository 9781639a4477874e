package org.lianxin.platform.statistics;

import java.util.List;

/** The counts and rates a module offers for a region and a period. */
public record FigureSet(List<CountedFigure> counts, List<CountedRate> rates) {

	public FigureSet {
		counts = List.copyOf(counts);
		rates = List.copyOf(rates);
	}

}
