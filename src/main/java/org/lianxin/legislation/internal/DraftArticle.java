package org.lianxin.legislation.internal;

import java.util.List;

/**
 * One article of a draft as it was read: its number, the chapter it stands in (none for a
 * draft without chapters) and its paragraphs (款), the first holding the text after "第X条".
 */
public record DraftArticle(int number, String chapter, List<String> paragraphs) {

	public DraftArticle {
		paragraphs = List.copyOf(paragraphs);
	}

	/** 第十二条 */
	public String label() {
		return "第" + ChineseNumerals.write(this.number) + "条";
	}

	/** The paragraphs as one text, a line each. */
	public String text() {
		return String.join("\n", this.paragraphs);
	}

}
