package org.lianxin.ledger.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.ImportReport.Problem;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.SheetForm.Line;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meetings ledger in and out of Excel: the office's old spreadsheet comes in row by
 * row through the same rules as the form (a meeting already in the ledger under its
 * number is left as it is), and the year's meetings go out in the same shape.
 */
@Service
public class LedgerWorkbooks {

	public static final SheetForm MEETINGS = new SheetForm("会议台账",
			List.of("会议类型*", "届次*", "次序*", "日期*", "议题*", "出席人数", "听取审议的专项工作报告（用；分隔）"), 2000);

	private static final Map<String, MeetingKind> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("党组会议", MeetingKind.PARTY_GROUP);
		KINDS.put("主任会议", MeetingKind.CHAIRPERSONS);
		KINDS.put("常委会会议", MeetingKind.STANDING_COMMITTEE);
	}

	private static final Map<String, Integer> COLUMNS = Map.of("kind", 0, "termNumber", 1, "sessionNumber", 2, "heldOn",
			3, "agenda", 4, "attendance", 5, "reports", 6);

	private final LedgerBook book;

	private final LedgerQueries queries;

	private final MessageSource messages;

	private final OperationLog log;

	private final TransactionTemplate outer;

	private final TransactionTemplate perRow;

	LedgerWorkbooks(LedgerBook book, LedgerQueries queries, MessageSource messages, OperationLog log,
			PlatformTransactionManager transactions) {
		this.book = book;
		this.queries = queries;
		this.messages = messages;
		this.log = log;
		this.outer = new TransactionTemplate(transactions);
		this.perRow = new TransactionTemplate(transactions);
		this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	public byte[] template() {
		return MEETINGS.template(
				List.of("常委会会议", "18", "9", "2026-03-20", "听取和审议市政府关于安全生产工作情况的报告", "30", "关于安全生产工作情况的报告"),
				Map.of(0, List.copyOf(KINDS.keySet())));
	}

	/**
	 * Imports the office's meetings: all or nothing by default, or the valid rows only.
	 * @throws RuleViolationException when the file cannot be read as the template at all
	 */
	public ImportReport importMeetings(CurrentUser user, InputStream upload, ImportReport.Mode mode) {
		List<Line> lines;
		try {
			lines = MEETINGS.read(upload);
		}
		catch (SheetForm.Unreadable ex) {
			throw new RuleViolationException("file", ex.messageKey(), ex.arguments());
		}
		if (lines.isEmpty()) {
			throw new RuleViolationException("file", "import.empty");
		}
		return this.outer.execute(status -> {
			List<Problem> problems = new ArrayList<>();
			int imported = 0;
			int unchanged = 0;
			for (Line line : lines) {
				try {
					this.perRow.executeWithoutResult(row -> this.book.record(user, meeting(line)));
					imported++;
				}
				catch (RuleViolationException ex) {
					if ("ledger.meeting.numbered-twice".equals(ex.messageKey())) {
						// the same workbook imported again: the meeting is in the ledger
						unchanged++;
						continue;
					}
					for (RuleViolationException each : ex.each()) {
						problems.add(new Problem(line.row(), MEETINGS.column(COLUMNS.getOrDefault(each.field(), 4)),
								this.messages.getMessage(each.messageKey(), each.arguments(),
										LocaleContextHolder.getLocale())));
					}
				}
			}
			if (!problems.isEmpty() && mode == ImportReport.Mode.ALL_OR_NOTHING) {
				status.setRollbackOnly();
				return new ImportReport(0, 0, 0, problems, false);
			}
			this.log.record("ledger.import", null, imported + " imported, " + unchanged + " unchanged");
			return new ImportReport(imported, 0, unchanged, problems, true);
		});
	}

	private static Meeting.NewMeeting meeting(Line line) {
		MeetingKind kind = KINDS.get(line.get(0));
		if (kind == null) {
			throw new RuleViolationException("kind", "ledger.import.kind", String.join("、", KINDS.keySet()));
		}
		LocalDate heldOn = SheetForm.date(line.get(3))
			.orElseThrow(() -> new RuleViolationException("heldOn", "import.date"));
		return new Meeting.NewMeeting(kind, number(line.get(1), "termNumber"), number(line.get(2), "sessionNumber"),
				heldOn, line.get(4), line.get(5).isBlank() ? null : number(line.get(5), "attendance"),
				Arrays.asList(line.get(6).split("[；;]")));
	}

	private static Integer number(String text, String field) {
		try {
			return Integer.valueOf(text.strip().replaceAll("\\.0+$", ""));
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "ledger.number", 1, 999);
		}
	}

	/** The region's meetings of the year, as the template lays them out. */
	public byte[] exportMeetings(String region, int year) {
		List<List<String>> rows = this.queries.meetings(region, year, null, false)
			.stream()
			.map(m -> List.of(
					KINDS.entrySet().stream().filter(e -> e.getValue() == m.kind()).findFirst().orElseThrow().getKey(),
					String.valueOf(m.termNumber()), String.valueOf(m.sessionNumber()), m.heldOn().toString(),
					m.agenda(), (m.attendance() != null) ? m.attendance().toString() : "",
					(m.reports() != null) ? m.reports() : ""))
			.toList();
		return MEETINGS.export(rows);
	}

}
