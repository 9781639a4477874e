package org.lianxin.project.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * An agency's (or the office's) monthly reports of several projects in one workbook, a
 * row per project and month: all are taken, each through the same rules as the form, or
 * none, with every refused row named.
 */
@Service
public class MonthlyReportImport {

	public static final SheetForm SHEET = new SheetForm("月报",
			List.of("项目编号*", "月份*", "完成数量*（按目标顺序，用；分隔）", "已落实（万元）", "已支出（万元）", "情况说明", "数量减少的原因"), 1000);

	private final ProjectReports reports;

	private final MessageSource messages;

	MonthlyReportImport(ProjectReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	public byte[] template() {
		return SHEET.template(List.of("1", "2026-05", "9.6", "600", "420", "路基完成", ""), Map.of());
	}

	@Transactional
	public ImportReport importReports(CurrentUser user, InputStream upload, Locale locale) throws SheetForm.Unreadable {
		List<ImportReport.Problem> problems = new ArrayList<>();
		int taken = 0;
		for (SheetForm.Line line : SHEET.read(upload)) {
			try {
				this.reports.submit(user, id(line.get(0)), report(line));
				taken++;
			}
			catch (RuleViolationException ex) {
				problems.add(new ImportReport.Problem(line.row(), null,
						this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
			}
			catch (org.lianxin.platform.web.NotFoundException ex) {
				problems.add(new ImportReport.Problem(line.row(), SHEET.column(0),
						this.messages.getMessage("project.import.unknown", null, locale)));
			}
		}
		if (!problems.isEmpty()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport(0, 0, 0, problems, false);
		}
		return new ImportReport(taken, 0, 0, List.of(), true);
	}

	private static ProjectReports.MonthlyReport report(SheetForm.Line line) {
		YearMonth month;
		try {
			month = YearMonth.parse(line.get(1).strip());
		}
		catch (RuntimeException ex) {
			throw new RuleViolationException("month", "project.report.month.invalid");
		}
		List<BigDecimal> quantities = Arrays.stream(line.get(2).split("[；;]"))
			.map(String::strip)
			.map(q -> amount(q, "project.quantities.invalid"))
			.toList();
		return new ProjectReports.MonthlyReport(month, quantities, blank(line.get(6)),
				line.get(3).isBlank() ? null : amount(line.get(3), "project.money.invalid"),
				line.get(4).isBlank() ? null : amount(line.get(4), "project.money.invalid"), blank(line.get(5)));
	}

	private static long id(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new org.lianxin.platform.web.NotFoundException("project " + text);
		}
	}

	private static BigDecimal amount(String text, String key) {
		try {
			return new BigDecimal(text.replace(",", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(null, key);
		}
	}

	private static String blank(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
