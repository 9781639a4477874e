package org.lianxin.statistics.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lianxin.platform.documents.ChinesePdf;
import org.lianxin.platform.documents.DocumentLine;
import org.lianxin.platform.documents.WordDocuments;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report as the office sends it, .docx or PDF: the title, the paragraphs with the
 * figures in place, then the definition of every rate the text names (答复率 is not 办结率,
 * closing is not solving) and, for a published report, the day it was published.
 */
@Component
public class ReportExports {

	private final ChinesePdf pdf;

	private final MessageSource messages;

	private final Clock clock;

	ReportExports(ChinesePdf pdf, MessageSource messages, Clock clock) {
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	public byte[] docx(ReportView view, Locale locale) {
		return WordDocuments.write(lines(view, locale));
	}

	public byte[] pdf(ReportView view, Locale locale) {
		return this.pdf.write(lines(view, locale));
	}

	List<DocumentLine> lines(ReportView view, Locale locale) {
		if (view.empty()) {
			throw new RuleViolationException(null, "statistics.report.empty", view.region().name(), view.year());
		}
		List<DocumentLine> lines = new ArrayList<>();
		lines.add(DocumentLine.title(view.title()));
		view.body().forEach(paragraph -> lines.add(DocumentLine.body("　　" + paragraph.text())));
		List<ReportFigure> rates = view.rates();
		if (!rates.isEmpty()) {
			lines.add(DocumentLine.heading(this.messages.getMessage("statistics.report.definitions", null, locale)));
			rates.forEach(rate -> lines.add(DocumentLine.body(this.messages.getMessage(rate.nameKey(), null, locale)
					+ "（" + rate.shown() + "）：" + this.messages.getMessage(rate.definitionKey(), null, locale))));
		}
		if (view.published()) {
			lines.add(DocumentLine.body(this.messages.getMessage("statistics.report.published-on",
					new Object[] { view.publishedAt().atZone(this.clock.getZone()).toLocalDate() }, locale)));
		}
		return lines;
	}

}
