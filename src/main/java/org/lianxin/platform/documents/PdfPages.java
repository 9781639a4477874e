package org.lianxin.platform.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lines of Chinese text set on A4 pages: wrapped by character (Chinese has no spaces to
 * break at), a new page when one is full, bold drawn by stroking the outline (one font
 * file serves both). A character the font lacks is shown as "?" rather than failing the
 * whole report.
 */
final class PdfPages {

	private static final float MARGIN = 72;

	private static final float LEADING = 1.6f;

	private final PDDocument document;

	private final PDFont font;

	private final Map<Integer, Float> widths = new HashMap<>();

	private PDPageContentStream page;

	private float y;

	private PdfPages(PDDocument document, PDFont font) {
		this.document = document;
		this.font = font;
	}

	static void write(PDDocument document, PDFont font, List<DocumentLine> lines) throws IOException {
		PdfPages pages = new PdfPages(document, font);
		try {
			pages.newPage();
			for (DocumentLine line : lines) {
				pages.paragraph(line);
			}
		}
		finally {
			pages.page.close();
		}
	}

	private void paragraph(DocumentLine line) throws IOException {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
		for (String row : wrap(printable(line.text()), width, line.size())) {
			if (this.y - line.size() * LEADING < MARGIN) {
				this.page.close();
				newPage();
			}
			this.y -= line.size() * LEADING;
			float x = MARGIN + (line.centered() ? (width - width(row, line.size())) / 2 : 0);
			this.page.beginText();
			this.page.setFont(this.font, line.size());
			this.page.setRenderingMode(line.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
			this.page.newLineAtOffset(x, this.y);
			this.page.showText(row);
			this.page.endText();
		}
		this.y -= line.size() * 0.4f;
	}

	private void newPage() throws IOException {
		PDPage next = new PDPage(PDRectangle.A4);
		this.document.addPage(next);
		this.page = new PDPageContentStream(this.document, next);
		this.page.setLineWidth(0.3f);
		this.y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private List<String> wrap(String text, float width, int size) {
		List<String> rows = new ArrayList<>();
		StringBuilder row = new StringBuilder();
		float used = 0;
		for (int point : text.codePoints().toArray()) {
			float w = glyphWidth(point) * size / 1000;
			if (used + w > width && row.length() > 0) {
				rows.add(row.toString());
				row.setLength(0);
				used = 0;
			}
			row.appendCodePoint(point);
			used += w;
		}
		rows.add(row.toString());
		return rows;
	}

	private String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(point -> out.appendCodePoint((glyphWidth(point) >= 0) ? point : '?'));
		return out.toString();
	}

	private float width(String row, int size) {
		return (float) row.codePoints().mapToDouble(this::glyphWidth).sum() * size / 1000;
	}

	/** The character's width in the font (thousandths of the size), -1 if it has none. */
	private float glyphWidth(int point) {
		return this.widths.computeIfAbsent(point, p -> {
			try {
				return this.font.getStringWidth(new String(Character.toChars(p)));
			}
			catch (IOException | IllegalArgumentException ex) {
				return -1f;
			}
		});
	}

}
