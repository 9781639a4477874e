package org.lianxin.legislation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lianxin.platform.web.RuleViolationException;

/**
 * A draft's text read into articles by its numbering: "第X章" starts a chapter, "第X条" an
 * article, every other line is a paragraph of the article above it. What stands before
 * the first article (the title, 目录, an explanation) is left out; the table of contents
 * repeats the chapters, which is harmless because a chapter only names the articles after
 * it. Articles must run 1, 2, 3… without a gap: a numbering that cannot be read is
 * refused naming its line.
 */
final class DraftText {

	static final int MAX_CHARACTERS = 300_000;

	static final int MAX_ARTICLES = 1_000;

	private static final Pattern CHAPTER = Pattern.compile("第([〇零一二三四五六七八九十百两0-9]+)章\\s*(.*)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern ARTICLE = Pattern.compile("第([^\\s条]{1,8})条(\\s*)(.*)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private DraftText() {
	}

	static List<DraftArticle> parse(String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException("text", "draft.empty");
		}
		if (text.length() > MAX_CHARACTERS) {
			throw new RuleViolationException("text", "draft.too-long", MAX_CHARACTERS);
		}
		List<DraftArticle> articles = new ArrayList<>();
		String chapter = null;
		String articleChapter = null;
		List<String> paragraphs = null;
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			Matcher article = ARTICLE.matcher(line);
			if (line.isEmpty()) {
				continue;
			}
			if (CHAPTER.matcher(line).matches()) {
				chapter = line.replaceAll("(?U)\\s+", " ");
			}
			else if (article.matches() && startsArticle(article, articles.size() + ((paragraphs != null) ? 2 : 1))) {
				if (paragraphs != null) {
					articles.add(new DraftArticle(articles.size() + 1, articleChapter, paragraphs));
				}
				checkNumber(article.group(1), articles.size() + 1, i + 1, line);
				if (articles.size() >= MAX_ARTICLES) {
					throw new RuleViolationException("text", "draft.too-many", MAX_ARTICLES);
				}
				articleChapter = chapter;
				paragraphs = new ArrayList<>();
				if (!article.group(3).isBlank()) {
					paragraphs.add(article.group(3).strip());
				}
			}
			else if (paragraphs != null) {
				paragraphs.add(line);
			}
		}
		if (paragraphs == null) {
			throw new RuleViolationException("text", "draft.no-articles");
		}
		articles.add(new DraftArticle(articles.size() + 1, articleChapter, paragraphs));
		return articles;
	}

	/**
	 * Whether a line starting "第X条" starts an article: drafts set the article's text off
	 * by a space, so a line running on ("第三条规定的…", "第十条之一") is a paragraph unless its
	 * number is the one expected.
	 */
	private static boolean startsArticle(Matcher article, int expected) {
		if (article.group(3).startsWith("之")) {
			return false;
		}
		return !article.group(2).isEmpty() || article.group(3).isEmpty()
				|| ChineseNumerals.parse(article.group(1)) == expected;
	}

	/** Refuses an article number that cannot be read or is not the next one. */
	private static void checkNumber(String written, int expected, int lineNumber, String line) {
		int number = ChineseNumerals.parse(written);
		if (number < 0) {
			throw new RuleViolationException("text", "draft.numbering.unreadable", String.valueOf(lineNumber),
					shortened(line));
		}
		if (number != expected) {
			throw new RuleViolationException("text", "draft.numbering.gap", String.valueOf(lineNumber), shortened(line),
					ChineseNumerals.write(expected));
		}
	}

	private static String shortened(String line) {
		return (line.length() > 30) ? line.substring(0, 30) + "…" : line;
	}

}
