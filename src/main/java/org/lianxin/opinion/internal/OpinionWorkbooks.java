package org.lianxin.opinion.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionCategory;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;
import org.lianxin.platform.excel.ExportRows;
import org.lianxin.platform.excel.ImportReport.Problem;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.SheetForm.Line;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opinions in and out of Excel: a backlog from the old spreadsheets comes in through the
 * very intake every other case takes (each row checked by the same rules, entered as
 * staff-recorded, flagged late where its month is past), and a case list goes out as the
 * office files it. Importing the same workbook twice creates nothing new.
 */
@Service
public class OpinionWorkbooks {

	/** The backlog template: one row per opinion. */
	public static final SheetForm BACKLOG = new SheetForm("民情民意",
			List.of("收集日期*", "来源*", "分类*", "区划代码*", "问题描述*", "地点", "群众姓名", "手机号码", "紧急"), 5000);

	/** A case list as exported, of any length (never imported, so no upload limit). */
	public static final SheetForm LIST = new SheetForm("民情民意清单",
			List.of("查询码", "收集日期", "受理时间", "来源", "分类", "区划", "内容摘要", "状态", "主办单位", "本环节期限", "超期", "督办级别", "未当月上传"), 0);

	private static final Map<String, IntakeChannel> SOURCES = new LinkedHashMap<>();

	static {
		SOURCES.put("代表收集", IntakeChannel.DEPUTY);
		SOURCES.put("联络站接待", IntakeChannel.STATION);
		SOURCES.put("热线电话", IntakeChannel.HOTLINE);
		SOURCES.put("来信", IntakeChannel.LETTER);
		SOURCES.put("其他", IntakeChannel.IMPORT);
	}

	/** Which column a broken rule of the intake belongs to. */
	private static final Map<String, Integer> COLUMNS = Map.of("collectedOn", 0, "channel", 1, "categoryCode", 2,
			"regionCode", 3, "description", 4, "place", 5, "citizenName", 6, "phone", 7);

	private final OpinionIntake intake;

	private final OpinionCategories categories;

	private final OpinionLists lists;

	private final MessageSource messages;

	private final OperationLog log;

	private final TransactionTemplate outer;

	private final TransactionTemplate perRow;

	private final java.time.ZoneId zone;

	private static final java.time.format.DateTimeFormatter MINUTES = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm");

	OpinionWorkbooks(OpinionIntake intake, OpinionCategories categories, OpinionLists lists, MessageSource messages,
			OperationLog log, PlatformTransactionManager transactions, java.time.Clock clock) {
		this.intake = intake;
		this.categories = categories;
		this.lists = lists;
		this.messages = messages;
		this.log = log;
		this.outer = new TransactionTemplate(transactions);
		this.perRow = new TransactionTemplate(transactions);
		this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.zone = clock.getZone();
	}

	/** The template with an example row and the sources and categories to choose from. */
	public byte[] template() {
		List<String> categoryNames = this.categories.enabled().stream().map(OpinionCategory::name).toList();
		return BACKLOG.template(
				List.of("2026-03-15", "代表收集", categoryNames.isEmpty() ? "" : categoryNames.get(0), "210802001",
						"胜利街路灯不亮已一周", "胜利街与东风路口", "张先生", "13800000000", "否"),
				Map.of(1, List.copyOf(SOURCES.keySet()), 2, categoryNames, 8, List.of("是", "否")));
	}

	/**
	 * Imports a filled-in backlog: everything or nothing by default, or only the valid
	 * rows. Each row goes through the intake in a savepoint, so a refused row leaves no
	 * trace and reports the rule it broke.
	 * @throws RuleViolationException when the file cannot be read as the template at all
	 */
	public ImportReport importBacklog(CurrentUser user, InputStream upload, ImportReport.Mode mode) {
		List<Line> lines;
		try {
			lines = BACKLOG.read(upload);
		}
		catch (SheetForm.Unreadable ex) {
			throw new RuleViolationException("file", ex.messageKey(), ex.arguments());
		}
		if (lines.isEmpty()) {
			throw new RuleViolationException("file", "import.empty");
		}
		Map<String, String> codesByName = new LinkedHashMap<>();
		this.categories.enabled().forEach(c -> codesByName.put(c.name(), c.code()));
		return this.outer.execute(status -> {
			List<Problem> problems = new ArrayList<>();
			int imported = 0;
			int unchanged = 0;
			for (Line line : lines) {
				Submission submission = submission(line, codesByName, problems);
				if (submission == null) {
					continue;
				}
				try {
					Receipt receipt = this.perRow.execute(row -> this.intake.record(user, submission));
					if (receipt.replayed()) {
						unchanged++;
					}
					else {
						imported++;
					}
				}
				catch (RuleViolationException ex) {
					problems.add(new Problem(line.row(),
							BACKLOG.column(COLUMNS.getOrDefault(String.valueOf(ex.field()), 4)), this.messages
								.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale())));
				}
			}
			if (!problems.isEmpty() && mode == ImportReport.Mode.ALL_OR_NOTHING) {
				status.setRollbackOnly();
				return new ImportReport(0, 0, 0, problems, false);
			}
			this.log.record("opinion.import", null,
					imported + " imported, " + unchanged + " unchanged, " + problems.size() + " errors");
			return new ImportReport(imported, 0, unchanged, problems, true);
		});
	}

	private Submission submission(Line line, Map<String, String> codesByName, List<Problem> problems) {
		int before = problems.size();
		LocalDate collectedOn = SheetForm.date(line.get(0)).orElse(null);
		if (collectedOn == null) {
			problems.add(problem(line, 0, "import.date"));
		}
		IntakeChannel channel = SOURCES.get(line.get(1));
		if (channel == null) {
			problems.add(problem(line, 1, "opinion.import.source", String.join("、", SOURCES.keySet())));
		}
		String category = codesByName.get(line.get(2));
		if (category == null) {
			problems.add(problem(line, 2, "opinion.category.invalid"));
		}
		String urgent = line.get(8);
		if (!urgent.isEmpty() && !urgent.equals("是") && !urgent.equals("否")) {
			problems.add(problem(line, 8, "opinion.import.urgent"));
		}
		if (problems.size() > before) {
			return null;
		}
		// the same row imported again is the same case: its content is its key
		String key = "import:" + org.springframework.util.DigestUtils
			.md5DigestAsHex(String.join("\u0000", line.cells()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return new Submission(channel, category, line.get(3), null, null, line.get(4), line.get(5), null, null,
				line.get(6), line.get(7), null, false, urgent.equals("是"), List.of(), null, collectedOn, key, key);
	}

	private Problem problem(Line line, int column, String key, Object... arguments) {
		return new Problem(line.row(), BACKLOG.column(column),
				this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

	/**
	 * The cases of the user's scope that the filter finds, all of them, as rows read one
	 * at a time (see {@link OpinionLists#each}); the filter's page is ignored.
	 */
	public ExportRows export(CurrentUser user, OpinionFilter filter) {
		// a label per state and channel, looked up once rather than once a row
		Map<String, String> labels = new HashMap<>();
		return sheet -> this.lists.each(user, filter, row -> sheet.accept(List.of(row.trackingCode(),
				row.collectedOn().toString(), row.receivedAt().atZoneSameInstant(this.zone).format(MINUTES),
				labels.computeIfAbsent("opinion.channel." + row.channel(), this::label), row.categoryName(),
				row.regionName(), row.summary(), labels.computeIfAbsent("opinion.status." + row.status(), this::label),
				nullToEmpty(row.leadAgencyName()), (row.stageDueOn() != null) ? row.stageDueOn().toString() : "",
				row.overdue() ? "是" : "", (row.escalationLevel() > 0) ? String.valueOf(row.escalationLevel()) : "",
				row.lateEntry() ? "是" : "")));
	}

	/** Notes an export of so many rows in the operation log. */
	public void exported(long rows) {
		this.log.record("opinion.export", null, rows + " rows");
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
