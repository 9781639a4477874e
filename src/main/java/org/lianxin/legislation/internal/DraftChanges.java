package org.lianxin.legislation.internal;

import java.util.ArrayList;
import java.util.List;

import org.lianxin.platform.text.Bigrams;

/**
 * What changed, article by article, between two versions of a draft. Articles whose text
 * stayed the same are matched first (the longest common run, so renumbering after an
 * inserted article is no change of text); between two such anchors an old article is
 * paired with the next new one that reads mostly the same (bigram similarity at least
 * {@value #SAME_ARTICLE}) as amended, the others are removed or added.
 */
public final class DraftChanges {

	static final double SAME_ARTICLE = 0.5;

	private DraftChanges() {
	}

	/** How an article fared from one version to the next. */
	public enum Kind {

		UNCHANGED, AMENDED, ADDED, REMOVED

	}

	/**
	 * One row of the comparison.
	 *
	 * @param before the article in the older version, none when added
	 * @param after the article in the newer version, none when removed
	 */
	public record Change(Kind kind, DraftArticle before, DraftArticle after) {

		/** An unchanged article that moved to another number. */
		public boolean renumbered() {
			return this.before != null && this.after != null && this.before.number() != this.after.number();
		}

	}

	public static List<Change> between(List<DraftArticle> older, List<DraftArticle> newer) {
		int[][] common = commonRuns(older, newer);
		List<Change> changes = new ArrayList<>();
		int i = 0;
		int j = 0;
		int gapOld = 0;
		int gapNew = 0;
		while (i < older.size() && j < newer.size()) {
			if (same(older.get(i), newer.get(j)) && common[i][j] == common[i + 1][j + 1] + 1) {
				pairGap(older.subList(gapOld, i), newer.subList(gapNew, j), changes);
				changes.add(new Change(Kind.UNCHANGED, older.get(i), newer.get(j)));
				gapOld = ++i;
				gapNew = ++j;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		pairGap(older.subList(gapOld, older.size()), newer.subList(gapNew, newer.size()), changes);
		return changes;
	}

	/** Lengths of the longest common run of same articles from each pair of places on. */
	private static int[][] commonRuns(List<DraftArticle> older, List<DraftArticle> newer) {
		int[][] common = new int[older.size() + 1][newer.size() + 1];
		for (int i = older.size() - 1; i >= 0; i--) {
			for (int j = newer.size() - 1; j >= 0; j--) {
				common[i][j] = same(older.get(i), newer.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		return common;
	}

	private static void pairGap(List<DraftArticle> removed, List<DraftArticle> added, List<Change> changes) {
		int next = 0;
		for (DraftArticle before : removed) {
			int match = -1;
			for (int j = next; j < added.size() && match < 0; j++) {
				if (Bigrams.similarity(Bigrams.of(before.text()), Bigrams.of(added.get(j).text())) >= SAME_ARTICLE) {
					match = j;
				}
			}
			if (match < 0) {
				changes.add(new Change(Kind.REMOVED, before, null));
				continue;
			}
			for (; next < match; next++) {
				changes.add(new Change(Kind.ADDED, null, added.get(next)));
			}
			changes.add(new Change(Kind.AMENDED, before, added.get(match)));
			next = match + 1;
		}
		for (; next < added.size(); next++) {
			changes.add(new Change(Kind.ADDED, null, added.get(next)));
		}
	}

	private static boolean same(DraftArticle a, DraftArticle b) {
		return a.text().equals(b.text());
	}

}
