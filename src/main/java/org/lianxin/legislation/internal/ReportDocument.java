package org.lianxin.legislation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The report upward (意见汇总报告) as the office sends it, a Word .docx: the draft article by
 * article, each article's text followed by its merged opinions with how many people gave
 * them and their reasons; opinions on the whole draft first.
 */
final class ReportDocument {

	private ReportDocument() {
	}

	static byte[] write(ConsultationView consultation, List<DraftArticle> articles, List<Merging.MergedRow> merged) {
		Map<Integer, List<Merging.MergedRow>> byArticle = merged.stream()
			.collect(Collectors.groupingBy(m -> (m.articleNumber() != null) ? m.articleNumber() : 0));
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, "关于《" + stripBrackets(consultation.title()) + "》的意见汇总报告", true, 16);
			line(document, consultation.sourceBody() + "：", false);
			line(document, consultation.pointName() + "共收集整理意见建议 " + merged.size() + " 条（由 "
					+ merged.stream().mapToLong(Merging.MergedRow::sources).sum() + " 条原始意见归纳），逐条报告如下。", false);
			opinions(document, byArticle.getOrDefault(0, List.of()), "对草案的总体意见");
			for (DraftArticle article : articles) {
				List<Merging.MergedRow> on = byArticle.get(article.number());
				if (on != null) {
					opinions(document, on, article.label() + "　" + article.text().replace('\n', ' '));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void opinions(XWPFDocument document, List<Merging.MergedRow> merged, String heading) {
		if (merged.isEmpty()) {
			return;
		}
		line(document, heading, true);
		int n = 1;
		for (Merging.MergedRow opinion : merged) {
			line(document, n++ + ". " + opinion.text() + "（" + opinion.sources() + " 人提出）", false);
			if (opinion.reason() != null) {
				line(document, "理由：" + opinion.reason(), false);
			}
		}
	}

	private static void line(XWPFDocument document, String text, boolean bold) {
		run(document.createParagraph(), text, bold, 12);
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("仿宋");
	}

	private static String stripBrackets(String title) {
		return title.replaceAll("^《|》$", "");
	}

}
