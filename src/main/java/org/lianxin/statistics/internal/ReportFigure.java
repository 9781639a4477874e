package org.lianxin.statistics.internal;

import java.math.BigDecimal;

import org.lianxin.platform.statistics.Percentages;

/**
 * One figure the report can name by its placeholder key: a count, or a rate (a count over
 * another), with the message keys of its name and definition and the list it opens.
 *
 * @param denominator {@code null} for a count
 * @param denominatorPath the list of the rate's denominator, {@code null} for a count
 */
public record ReportFigure(String key, long count, Long denominator, String nameKey, String definitionKey,
		String listPath, String denominatorPath) {

	public boolean rate() {
		return this.denominator != null;
	}

	/**
	 * As the report writes it: a count as is, a rate as a percentage without a needless
	 * ".0" (98.3%, 100%), a dash when nothing was counted below.
	 */
	public String shown() {
		if (!rate()) {
			return Long.toString(this.count);
		}
		BigDecimal percent = Percentages.of(this.count, this.denominator);
		return (percent == null) ? "—" : percent.stripTrailingZeros().toPlainString() + "%";
	}

	/** The same figure with other values (a snapshot's), keeping its name and lists. */
	ReportFigure withValues(long count, Long denominator) {
		return new ReportFigure(this.key, count, denominator, this.nameKey, this.definitionKey, this.listPath,
				this.denominatorPath);
	}

	/** What a snapshot keeps of it: {@code count} or {@code count/denominator}. */
	String frozen() {
		return rate() ? this.count + "/" + this.denominator : Long.toString(this.count);
	}

}
