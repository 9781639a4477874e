package org.lianxin.oversight.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The letter (审议意见函) as the office sends it, a Word .docx written with POI the way the
 * legislation module writes its report upward: the addressee, what was heard, each
 * numbered item with its unit and deadline, and the receipt (回执) to return.
 */
final class DeliberationLetter {

	private DeliberationLetter() {
	}

	static byte[] write(DeliberationQueries.OpinionDetail opinion, String committee) {
		DeliberationQueries.OpinionRow row = opinion.row();
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			centred(document, committee, 16);
			centred(document, "审议意见函", 18);
			centred(document, (row.letterNumber() != null) ? row.letterNumber() : "（未编号）", 12);
			paragraph(document, row.agencyName() + "：", true);
			paragraph(document, committee + "听取和审议了《" + row.sourceTitle().replaceAll("^《|》$", "") + "》，现将《"
					+ row.title() + "》函告如下，请认真研究办理，并在各项期限内逐条书面答复。", false);
			for (DeliberationQueries.ItemRow item : opinion.items()) {
				paragraph(document, item.number() + ". " + item.text(), false);
				paragraph(document, "　　责任单位：" + item.agencyName() + "；办理期限：" + item.dueOn(), false);
			}
			paragraph(document, "请于收到本函后" + DeliberationOpinions.RECEIPT_WORKING_DAYS + "个工作日内返回回执。", false);
			if (row.sentOn() != null) {
				paragraph(document, committee + "　" + row.sentOn(), false);
			}
			centred(document, "回　执", 14);
			paragraph(document,
					"文号：" + ((row.letterNumber() != null) ? row.letterNumber() : "") + "　收函单位：" + row.agencyName(),
					false);
			paragraph(document, "收到日期：" + ((row.receivedOn() != null) ? row.receivedOn() : "　　年　月　日") + "　签收人："
					+ ((row.receivedBy() != null) ? row.receivedBy() : ""), false);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void centred(XWPFDocument document, String text, int size) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		styled(paragraph.createRun(), text, true, size);
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold) {
		styled(document.createParagraph().createRun(), text, bold, 12);
	}

	private static void styled(XWPFRun run, String text, boolean bold, int size) {
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily("仿宋");
	}

}
