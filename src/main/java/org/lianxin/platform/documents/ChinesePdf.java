package org.lianxin.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A generated report as PDF (the legislation report upward, the year-end work report):
 * the same {@link DocumentLine}s as the .docx, set in a Chinese TrueType font embedded as
 * a subset, so that it reads the same on any machine. The font is a file the server has
 * (a setting; Debian's fonts-wqy-zenhei by default): PDFBox embeds TrueType outlines
 * well, not the CFF ones of the Noto CJK fonts. Without it the office is told what is
 * missing instead of getting a broken file.
 */
@Component
public class ChinesePdf {

	private final Path font;

	public ChinesePdf(
			@Value("${lianxin.legislation.report-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") String font) {
		this.font = Path.of(font);
	}

	/** The lines set on A4 pages; a refusal naming the font when the server lacks it. */
	public byte[] write(List<DocumentLine> lines) {
		if (!Files.isReadable(this.font)) {
			throw new RuleViolationException(null, "report.pdf.font-missing", this.font.toString());
		}
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (this.font.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
				// the collection stays open until the subset is written on save
				try (TrueTypeCollection collection = new TrueTypeCollection(this.font.toFile())) {
					PdfPages.write(document, PDType0Font.load(document, first(collection), true), lines);
					document.save(out);
				}
			}
			else {
				PdfPages.write(document, PDType0Font.load(document, this.font.toFile()), lines);
				document.save(out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new RuleViolationException(null, "report.pdf.font-unreadable", this.font.toString());
		}
	}

	private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
		TrueTypeFont[] found = new TrueTypeFont[1];
		collection.processAllFonts(font -> {
			if (found[0] == null) {
				found[0] = font;
			}
		});
		if (found[0] == null) {
			throw new IOException("no font in the collection");
		}
		return found[0];
	}

}
