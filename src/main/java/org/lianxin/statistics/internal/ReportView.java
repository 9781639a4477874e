package org.lianxin.statistics.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.lianxin.region.Region;

/**
 * A report as it is read: its paragraphs with the figures in place (the first paragraph
 * is the title), and for a published one the figures as published, with those the records
 * have since changed.
 *
 * @param wording the placeholders' text the office edits
 * @param empty nothing at all was recorded for the region and year
 * @param changed the figures whose records changed since publication, with their values
 * now
 */
public record ReportView(Region region, int year, YearReport.Status status, String wording, boolean empty,
		List<Paragraph> paragraphs, List<ReportFigure> figures, Instant publishedAt, List<Change> changed) {

	/** A piece of a paragraph: words, or a figure. */
	public record Piece(String text, ReportFigure figure) {
	}

	/** A paragraph, its text the pieces' words and figures as shown. */
	public record Paragraph(List<Piece> pieces) {

		public String text() {
			return this.pieces.stream()
				.map(p -> (p.figure() != null) ? p.figure().shown() : p.text())
				.collect(Collectors.joining());
		}

	}

	/** A figure published with one value whose records now count another. */
	public record Change(ReportFigure published, ReportFigure now) {
	}

	public boolean published() {
		return this.status == YearReport.Status.PUBLISHED;
	}

	public String title() {
		return this.paragraphs.isEmpty() ? "" : this.paragraphs.get(0).text();
	}

	/** The paragraphs after the title. */
	public List<Paragraph> body() {
		return this.paragraphs.isEmpty() ? List.of() : this.paragraphs.subList(1, this.paragraphs.size());
	}

	/** The rates the text names, each to be written with its definition. */
	public List<ReportFigure> rates() {
		return this.paragraphs.stream()
			.flatMap(p -> p.pieces().stream())
			.map(Piece::figure)
			.filter(f -> f != null && f.rate())
			.distinct()
			.toList();
	}

}
