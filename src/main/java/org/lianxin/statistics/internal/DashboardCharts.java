package org.lianxin.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lianxin.platform.statistics.CountedFigure;
import org.lianxin.platform.statistics.CountedRate;
import org.lianxin.platform.statistics.FigureRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the figures the modules offer into charts: rows of counts and rates (each row a
 * month, an agency, a station…), or a list of counts drawn as one series.
 */
@Component
class DashboardCharts {

	private final MessageSource messages;

	DashboardCharts(MessageSource messages) {
		this.messages = messages;
	}

	/** A series per count then per rate of the rows; the rows' own labels. */
	DashboardChart ofRows(String key, List<FigureRow> rows, Locale locale) {
		List<String> series = new ArrayList<>();
		boolean percent = false;
		if (!rows.isEmpty()) {
			rows.get(0).counts().forEach(c -> series.add(text(c.nameKey(), locale)));
			rows.get(0).rates().forEach(r -> series.add(text(r.nameKey(), locale)));
			percent = rows.get(0).counts().isEmpty();
		}
		List<DashboardChart.Row> charted = rows.stream().map(row -> {
			List<DashboardChart.Cell> cells = new ArrayList<>();
			row.counts().forEach(c -> cells.add(cell(c)));
			row.rates().forEach(r -> cells.add(cell(r)));
			return new DashboardChart.Row(row.label(), cells);
		}).toList();
		return new DashboardChart(key, title(key, locale), percent, series, charted);
	}

	/** One series of counts, a row each, named by what it counts. */
	DashboardChart ofCounts(String key, List<CountedFigure> counts, Locale locale) {
		return new DashboardChart(key, title(key, locale), false, List.of(text("statistics.dashboard.count", locale)),
				counts.stream().map(c -> new DashboardChart.Row(text(c.nameKey(), locale), List.of(cell(c)))).toList());
	}

	private static DashboardChart.Cell cell(CountedFigure count) {
		return new DashboardChart.Cell(count.value(), Long.toString(count.value()), count.listPath());
	}

	private static DashboardChart.Cell cell(CountedRate rate) {
		BigDecimal percent = rate.percent();
		String shown = ((percent != null) ? percent.toPlainString() + "%" : "—") + "（" + rate.numerator() + "/"
				+ rate.denominator() + "）";
		return new DashboardChart.Cell(percent, shown, rate.numeratorPath());
	}

	private String title(String key, Locale locale) {
		return text("statistics.dashboard.chart." + key, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
