package org.lianxin.legislation.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.StringJoiner;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import org.lianxin.platform.files.ZipBombLimits;
import org.lianxin.platform.web.RuleViolationException;

/**
 * The text of a draft sent as a Word .docx, a line per paragraph, for {@link DraftText}.
 * An old .doc, another kind of file, a damaged one or one past the size limit is refused
 * with a message, not read half-way.
 */
final class DraftDocx {

	static final int MAX_MEGABYTES = 10;

	private DraftDocx() {
	}

	static String text(byte[] bytes) {
		if (bytes.length > MAX_MEGABYTES * 1024L * 1024) {
			throw new RuleViolationException("file", "draft.docx.too-large", MAX_MEGABYTES);
		}
		ZipBombLimits.apply();
		try (InputStream input = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
			FileMagic magic = FileMagic.valueOf(input);
			if (magic == FileMagic.OLE2) {
				throw new RuleViolationException("file", "draft.docx.old-doc");
			}
			if (magic != FileMagic.OOXML) {
				throw new RuleViolationException("file", "draft.docx.unreadable");
			}
			try (XWPFDocument document = new XWPFDocument(input)) {
				StringJoiner text = new StringJoiner("\n");
				for (XWPFParagraph paragraph : document.getParagraphs()) {
					text.add(paragraph.getText());
				}
				return text.toString();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException violation) {
				throw violation;
			}
			throw new RuleViolationException("file", "draft.docx.unreadable");
		}
	}

}
