package org.lianxin.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightingTests {

	@Test
	void markup_in_the_text_is_escaped_and_every_occurrence_marked() {
		assertThat(Highlighting.marked("<b>路灯</b>&路灯", "路灯"))
			.isEqualTo("&lt;b&gt;<mark>路灯</mark>&lt;/b&gt;&amp;<mark>路灯</mark>");
	}

	@Test
	void latin_letters_are_marked_in_any_case_and_keep_their_own() {
		assertThat(Highlighting.marked("新装LED灯", "led")).isEqualTo("新装<mark>LED</mark>灯");
	}

	@Test
	void a_long_text_is_cut_to_the_passage_around_the_first_occurrence() {
		String text = "前".repeat(200) + "路灯" + "后".repeat(200);
		String passage = Highlighting.passage(text, "路灯");
		assertThat(passage).startsWith("…" + "前".repeat(30) + "<mark>路灯</mark>").endsWith("后…");
		assertThat(Highlighting.passage("短文本路灯", "路灯")).isEqualTo("短文本<mark>路灯</mark>");
	}

}
