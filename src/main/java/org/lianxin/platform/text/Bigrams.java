package org.lianxin.platform.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Similarity of short Chinese texts by their character bigrams (Dice's coefficient):
 * Chinese has no spaces to split words on, and two characters side by side are the usual
 * unit of meaning ("路灯", "噪声"). Punctuation and spaces are ignored. Used for similar
 * opinion cases and for matching the articles of two versions of a draft.
 */
public final class Bigrams {

	private Bigrams() {
	}

	public static Set<String> of(String text) {
		StringBuilder letters = new StringBuilder();
		text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		Set<String> bigrams = new HashSet<>();
		int[] points = letters.codePoints().toArray();
		for (int i = 0; i + 1 < points.length; i++) {
			bigrams.add(new String(points, i, 2));
		}
		return bigrams;
	}

	/** 0 for nothing in common, 1 for the same bigrams. */
	public static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String bigram : a) {
			if (b.contains(bigram)) {
				common++;
			}
		}
		return 2.0 * common / (a.size() + b.size());
	}

}
