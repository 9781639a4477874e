package org.lianxin.legislation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lianxin.platform.text.Bigrams;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast grouping of alike opinions gives exactly the groups that comparing every pair
 * gives (the way suggestions were made before), on texts built to be near-duplicates.
 */
class AlikeGroupsTests {

	private static final List<String> PARTS = List.of("建议", "明确", "主管部门", "的职责", "细化", "经费保障", "条款", "增加", "处罚", "标准",
			"信息公开", "群众", "参与", "，", "。", "人才", "住房补贴", "a", "1");

	@Test
	void the_groups_are_those_every_pair_compared_gives() {
		Random random = new Random(16);
		for (int round = 0; round < 300; round++) {
			List<Merging.Unmerged> opinions = new ArrayList<>();
			int n = random.nextInt(60);
			for (int i = 0; i < n; i++) {
				StringBuilder text = new StringBuilder();
				int words = random.nextInt(9);
				for (int w = 0; w < words; w++) {
					text.append(PARTS.get(random.nextInt(PARTS.size())));
				}
				opinions.add(new Merging.Unmerged(i, text.toString()));
			}
			assertThat(AlikeGroups.of(opinions)).as("round " + round).isEqualTo(everyPair(opinions));
		}
	}

	@Test
	void opinions_with_nothing_in_common_are_not_grouped() {
		assertThat(AlikeGroups.of(List.of(new Merging.Unmerged(1, "建议增加路灯"), new Merging.Unmerged(2, "。"),
				new Merging.Unmerged(3, "删除第五条"))))
			.isEmpty();
	}

	/** The pairwise grouping the suggestions were first made with. */
	private static List<List<Merging.Unmerged>> everyPair(List<Merging.Unmerged> open) {
		List<Set<String>> bigrams = open.stream().map(o -> Bigrams.of(o.text())).toList();
		boolean[] taken = new boolean[open.size()];
		List<List<Merging.Unmerged>> groups = new ArrayList<>();
		for (int i = 0; i < open.size(); i++) {
			if (taken[i]) {
				continue;
			}
			List<Merging.Unmerged> group = new ArrayList<>(List.of(open.get(i)));
			for (int j = i + 1; j < open.size(); j++) {
				if (!taken[j] && Bigrams.similarity(bigrams.get(i), bigrams.get(j)) >= Merging.ALIKE) {
					taken[j] = true;
					group.add(open.get(j));
				}
			}
			if (group.size() > 1) {
				groups.add(group);
			}
		}
		return groups;
	}

}
