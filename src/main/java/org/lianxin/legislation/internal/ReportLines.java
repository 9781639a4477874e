package org.lianxin.legislation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lianxin.platform.documents.DocumentLine;

/**
 * What the report upward (意见汇总报告) says, line by line, whatever it is written as (.docx or
 * PDF): the title, whom it goes to, how many opinions it sums up, then the opinions on
 * the whole draft and, article by article, each article's text followed by its merged
 * opinions with how many people gave them and their reasons.
 */
final class ReportLines {

	private ReportLines() {
	}

	static List<DocumentLine> of(ConsultationView consultation, List<DraftArticle> articles,
			List<Merging.MergedRow> merged) {
		Map<Integer, List<Merging.MergedRow>> byArticle = merged.stream()
			.collect(Collectors.groupingBy(m -> (m.articleNumber() != null) ? m.articleNumber() : 0));
		List<DocumentLine> lines = new ArrayList<>();
		lines.add(new DocumentLine("关于《" + stripBrackets(consultation.title()) + "》的意见汇总报告", true, 16, true));
		lines.add(line(consultation.sourceBody() + "：", false));
		lines.add(line(consultation.pointName() + "共收集整理意见建议 " + merged.size() + " 条（由 "
				+ merged.stream().mapToLong(Merging.MergedRow::sources).sum() + " 条原始意见归纳），逐条报告如下。", false));
		opinions(lines, byArticle.getOrDefault(0, List.of()), "对草案的总体意见");
		for (DraftArticle article : articles) {
			List<Merging.MergedRow> on = byArticle.get(article.number());
			if (on != null) {
				opinions(lines, on, article.label() + "　" + article.text().replace('\n', ' '));
			}
		}
		return lines;
	}

	private static void opinions(List<DocumentLine> lines, List<Merging.MergedRow> merged, String heading) {
		if (merged.isEmpty()) {
			return;
		}
		lines.add(line(heading, true));
		int n = 1;
		for (Merging.MergedRow opinion : merged) {
			lines.add(line(n++ + ". " + opinion.text() + "（" + opinion.sources() + " 人提出）", false));
			if (opinion.reason() != null) {
				lines.add(line("理由：" + opinion.reason(), false));
			}
		}
	}

	private static DocumentLine line(String text, boolean bold) {
		return new DocumentLine(text, bold, 12, false);
	}

	private static String stripBrackets(String title) {
		return title.replaceAll("^《|》$", "");
	}

}
