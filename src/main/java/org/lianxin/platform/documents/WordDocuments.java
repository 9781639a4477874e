package org.lianxin.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A generated report as the office sends it, a Word .docx: one paragraph per
 * {@link DocumentLine}, in 仿宋.
 */
public final class WordDocuments {

	private WordDocuments() {
	}

	public static byte[] write(List<DocumentLine> lines) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (DocumentLine line : lines) {
				XWPFParagraph paragraph = document.createParagraph();
				if (line.centered()) {
					paragraph.setAlignment(ParagraphAlignment.CENTER);
				}
				XWPFRun run = paragraph.createRun();
				run.setText(line.text());
				run.setBold(line.bold());
				run.setFontSize(line.size());
				run.setFontFamily("仿宋");
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
