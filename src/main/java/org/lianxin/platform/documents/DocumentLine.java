package org.lianxin.platform.documents;

/**
 * One paragraph of a generated report, as both the .docx and the PDF set it.
 *
 * @param size the font size in points
 */
public record DocumentLine(String text, boolean bold, int size, boolean centered) {

	/** A plain paragraph in the body size. */
	public static DocumentLine body(String text) {
		return new DocumentLine(text, false, 12, false);
	}

	/** A bold paragraph in the body size, for a heading within the text. */
	public static DocumentLine heading(String text) {
		return new DocumentLine(text, true, 12, false);
	}

	/** The report's title: bold, larger, centred. */
	public static DocumentLine title(String text) {
		return new DocumentLine(text, true, 16, true);
	}

}
