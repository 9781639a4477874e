package org.lianxin.oversight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The oversight module's figures for other modules' reports (the work ledger's yearly
 * counts): counted from the activities themselves, so a count and its list agree.
 */
@Service
public class OversightCounts {

	private final JdbcClient jdbc;

	OversightCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inspections, research, law-enforcement inspections and special inquiries (视察调研) the
	 * region's own office began in the year, planned ones left out.
	 */
	public long activitiesOf(String regionCode, int year) {
		return this.jdbc.sql("""
				select count(*) from oversight_activity
				where region_code = ? and state <> 'PLANNED'
				 and starts_on >= make_date(?, 1, 1) and starts_on < make_date(? + 1, 1, 1)""")
			.params(regionCode, year, year)
			.query(Long.class)
			.single();
	}

	/** Where the activities a count counts are listed, for the caller to open. */
	public String listPath(String regionCode, int year) {
		return "/oversight?region=" + regionCode + "&year=" + year + "&held=true";
	}

}
