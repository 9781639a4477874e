package org.lianxin.search;

import org.junit.jupiter.api.Test;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.search.internal.QueryRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryRulesTests {

	@Test
	void spaces_are_joined_markup_removed_and_latin_letters_lowered() {
		assertThat(QueryRules.check("  路灯\t\n不亮 ").text()).isEqualTo("路灯 不亮");
		assertThat(QueryRules.check("<b>路灯</b>").text()).isEqualTo("路灯");
		assertThat(QueryRules.check("LED灯").text()).isEqualTo("led灯");
	}

	@Test
	void two_characters_are_enough_and_a_hundred_the_most() {
		assertThat(QueryRules.check("路灯").text()).isEqualTo("路灯");
		assertThat(QueryRules.check("𠀀𠀁").text()).isEqualTo("𠀀𠀁");
		assertThat(QueryRules.check("路".repeat(100)).text()).hasSize(100);
		refused("路", "search.query.too-short");
		refused("𠀀", "search.query.too-short");
		refused("路".repeat(101), "search.query.too-long");
		refused("路".repeat(500), "search.query.too-long");
	}

	@Test
	void nothing_but_markup_or_white_space_is_refused() {
		refused(null, "search.query.empty");
		refused(" \t ", "search.query.empty");
		refused("<p></p>", "search.query.markup-only");
		refused("<img src=x onerror=alert(1)>", "search.query.markup-only");
		refused("路\u0000灯", "search.query.control");
	}

	private static void refused(String typed, String key) {
		assertThatThrownBy(() -> QueryRules.check(typed)).isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).messageKey())
			.isEqualTo(key);
	}

}
