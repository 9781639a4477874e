package org.lianxin.legislation.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.platform.web.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftTextTests {

	static final String DRAFT = """
			辽宁省职业教育条例（草案）
			目录
			第一章　总则
			第二章　职业学校
			第一章　总则
			第一条　为了推动职业教育高质量发展，根据《中华人民共和国职业教育法》，结合本省实际，制定本条例。
			第二条　本省行政区域内的职业教育活动，适用本条例。
			第二章　职业学校
			第三条　设立职业学校，应当符合国家规定的条件。
			职业学校应当依法办学。
			第三条规定的条件，由省人民政府教育行政部门公布。
			第十条之一不是一条
			第四条
			本条例自2025年1月1日起施行。
			""";

	@Test
	void articles_are_read_by_their_numbering_with_their_chapter_and_paragraphs() {
		List<DraftArticle> articles = DraftText.parse(DRAFT);
		assertThat(articles).extracting(DraftArticle::number).containsExactly(1, 2, 3, 4);
		assertThat(articles.get(0).chapter()).isEqualTo("第一章 总则");
		assertThat(articles.get(2).chapter()).isEqualTo("第二章 职业学校");
		assertThat(articles.get(2).paragraphs()).containsExactly("设立职业学校，应当符合国家规定的条件。", "职业学校应当依法办学。",
				"第三条规定的条件，由省人民政府教育行政部门公布。", "第十条之一不是一条");
		assertThat(articles.get(3).paragraphs()).containsExactly("本条例自2025年1月1日起施行。");
		assertThat(articles.get(2).label()).isEqualTo("第三条");
	}

	@Test
	void chinese_numerals_are_read_and_written_as_drafts_number_articles() {
		assertThat(ChineseNumerals.parse("十二")).isEqualTo(12);
		assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
		assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
		assertThat(ChineseNumerals.parse("12")).isEqualTo(12);
		assertThat(ChineseNumerals.parse("十x")).isEqualTo(-1);
		assertThat(ChineseNumerals.write(12)).isEqualTo("十二");
		assertThat(ChineseNumerals.write(105)).isEqualTo("一百零五");
		assertThat(ChineseNumerals.write(210)).isEqualTo("二百一十");
	}

	@Test
	void a_gap_in_the_numbering_is_refused_naming_the_line() {
		assertThatThrownBy(() -> DraftText.parse("第一条　甲。\n\n第三条　丙。"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("draft.numbering.gap");
				assertThat(ex.arguments()).containsExactly("3", "第三条　丙。", "二");
			});
	}

	@Test
	void an_unreadable_number_is_refused_naming_the_line_and_a_text_without_articles_is_refused() {
		assertThatThrownBy(() -> DraftText.parse("第一条　甲。\n第二x条　乙。"))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("draft.numbering.unreadable");
				assertThat(ex.arguments()).containsExactly("2", "第二x条　乙。");
			});
		assertThatThrownBy(() -> DraftText.parse("只有标题，没有条文")).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("draft.no-articles"));
	}

	@Test
	void a_revised_draft_shows_amended_added_and_removed_articles_and_renumbering_is_no_change() {
		List<DraftArticle> first = DraftText.parse("""
				第一条　为了推动职业教育发展，制定本条例。
				第二条　本省行政区域内的职业教育活动，适用本条例。
				第三条　职业学校应当建立健全学生资助制度。
				第四条　本条例自公布之日起施行。""");
		List<DraftArticle> second = DraftText.parse("""
				第一条　为了推动职业教育高质量发展，制定本条例。
				第二条　县级以上人民政府应当将职业教育纳入国民经济和社会发展规划。
				第三条　本省行政区域内的职业教育活动，适用本条例。
				第四条　本条例自公布之日起施行。""");
		List<DraftChanges.Change> changes = DraftChanges.between(first, second);
		assertThat(changes).extracting(DraftChanges.Change::kind)
			.containsExactly(DraftChanges.Kind.AMENDED, DraftChanges.Kind.ADDED, DraftChanges.Kind.UNCHANGED,
					DraftChanges.Kind.REMOVED, DraftChanges.Kind.UNCHANGED);
		assertThat(changes.get(2).renumbered()).isTrue();
		assertThat(changes.get(2).before().number()).isEqualTo(2);
		assertThat(changes.get(2).after().number()).isEqualTo(3);
		assertThat(changes.get(3).before().number()).isEqualTo(3);
	}

}
