package org.lianxin.ledger;

import java.util.List;

import org.lianxin.ledger.internal.LedgerQueries;
import org.lianxin.platform.statistics.CountedFigure;

import org.springframework.stereotype.Service;

/**
 * The office's year as other modules' reports read it (the year-end work report): the
 * ledger's counts, each the size of the list it opens.
 */
@Service
public class LedgerYearFigures {

	private final LedgerQueries queries;

	LedgerYearFigures(LedgerQueries queries) {
		this.queries = queries;
	}

	/** The counts of the region's own office (not its divisions') for the year. */
	public List<CountedFigure> of(String regionCode, int year) {
		return this.queries.counts(regionCode, year)
			.stream()
			.map(c -> new CountedFigure(c.kind().name(), c.value(), "ledger.count." + c.kind(),
					"ledger.count." + c.kind() + ".definition", c.listPath()))
			.toList();
	}

}
