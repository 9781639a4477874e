package org.lianxin.legislation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianxin.platform.text.Bigrams;

/**
 * Opinions that read alike, grouped as {@link Bigrams#similarity} would group them pair
 * by pair: each group around the first opinion not yet taken, with every later one at
 * least {@link Merging#ALIKE} alike. Comparing every pair costs a hash look-up per bigram
 * per pair (2,000 opinions on one article: two million pairs); here each opinion's
 * bigrams are numbered and each bigram lists the opinions that have it, so only opinions
 * sharing a bigram are met, and their bigrams in common are counted as they are met.
 * Pairs sharing none are 0 alike and never grouped, so the groups are the same.
 */
final class AlikeGroups {

	private AlikeGroups() {
	}

	static List<List<Merging.Unmerged>> of(List<Merging.Unmerged> opinions) {
		int n = opinions.size();
		int[][] bigrams = numbered(opinions);
		int[][] having = postings(bigrams);
		boolean[] taken = new boolean[n];
		int[] common = new int[n];
		int[] met = new int[n];
		List<List<Merging.Unmerged>> groups = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (taken[i]) {
				continue;
			}
			int metCount = 0;
			for (int bigram : bigrams[i]) {
				int[] list = having[bigram];
				// opinions are listed in order: only the later ones are candidates
				for (int k = firstAfter(list, i); k < list.length; k++) {
					int j = list[k];
					if (!taken[j] && common[j]++ == 0) {
						met[metCount++] = j;
					}
				}
			}
			Arrays.sort(met, 0, metCount);
			List<Merging.Unmerged> group = new ArrayList<>(List.of(opinions.get(i)));
			for (int m = 0; m < metCount; m++) {
				int j = met[m];
				if (2.0 * common[j] / (bigrams[i].length + bigrams[j].length) >= Merging.ALIKE) {
					taken[j] = true;
					group.add(opinions.get(j));
				}
				common[j] = 0;
			}
			if (group.size() > 1) {
				groups.add(group);
			}
		}
		return groups;
	}

	/** Each opinion's distinct bigrams as numbers. */
	private static int[][] numbered(List<Merging.Unmerged> opinions) {
		Map<String, Integer> numbers = new HashMap<>();
		int[][] bigrams = new int[opinions.size()][];
		for (int i = 0; i < bigrams.length; i++) {
			Set<String> own = Bigrams.of(opinions.get(i).text());
			bigrams[i] = own.stream().mapToInt(b -> numbers.computeIfAbsent(b, key -> numbers.size())).toArray();
		}
		return bigrams;
	}

	/** For each bigram, the opinions that have it, in order. */
	private static int[][] postings(int[][] bigrams) {
		int distinct = Arrays.stream(bigrams).flatMapToInt(Arrays::stream).max().orElse(-1) + 1;
		int[] sizes = new int[distinct];
		for (int[] own : bigrams) {
			for (int bigram : own) {
				sizes[bigram]++;
			}
		}
		int[][] having = new int[distinct][];
		for (int b = 0; b < distinct; b++) {
			having[b] = new int[sizes[b]];
			sizes[b] = 0;
		}
		for (int i = 0; i < bigrams.length; i++) {
			for (int bigram : bigrams[i]) {
				having[bigram][sizes[bigram]++] = i;
			}
		}
		return having;
	}

	private static int firstAfter(int[] sorted, int i) {
		int at = Arrays.binarySearch(sorted, i + 1);
		return (at >= 0) ? at : -at - 1;
	}

}
