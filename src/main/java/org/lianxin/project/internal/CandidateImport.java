package org.lianxin.project.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.Agency;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.project.NewProject;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The government's list of candidates as a workbook (候选项目清单): every row is checked first
 * and all are proposed, in the order of the rows, only when none is refused; the report
 * names each refused row and column.
 */
@Service
public class CandidateImport {

	/**
	 * Several targets or milestones in one cell are separated by ；or a line break,
	 * several numbers also by a space or a comma.
	 */
	public static final SheetForm SHEET = new SheetForm("候选项目", List.of("项目名称*", "类别*", "牵头单位编码", "预算（万元）*", "地点",
			"开工日期*", "完成日期*", "目标*（名称 数量 单位）", "节点（日期 名称）", "来源意见编号", "来源建议编号（第1次会议第12号）"), 500);

	private final Projects projects;

	private final CandidateSources sources;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	CandidateImport(Projects projects, CandidateSources sources, AgencyManagement agencies, MessageSource messages) {
		this.projects = projects;
		this.sources = sources;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** The template, with an example row and the categories to pick from. */
	public byte[] template() {
		return SHEET.template(
				List.of("农村公路维修改造", "交通道路", "", "860", "老边区", "2026-03-01", "2026-11-30", "农村公路维修改造 14.1 公里",
						"2026-05-31 完成招标；2026-10-31 主体完工", "", ""),
				java.util.Map.of(1, this.projects.categories().stream().map(Projects.Category::name).toList()));
	}

	@Transactional
	public ImportReport importCandidates(CurrentUser user, long congressId, int year, InputStream upload, Locale locale)
			throws SheetForm.Unreadable {
		List<ImportReport.Problem> problems = new ArrayList<>();
		List<NewProject> rows = new ArrayList<>();
		for (SheetForm.Line line : SHEET.read(upload)) {
			try {
				NewProject project = toProject(line, congressId, year);
				RuleViolations broken = new RuleViolations();
				broken.check(project::check);
				broken.check(() -> this.sources.resolve(user, congressId, project.opinions(), project.suggestions()));
				broken.throwIfAny();
				rows.add(project);
			}
			catch (RuleViolationException ex) {
				for (RuleViolationException each : ex.each()) {
					problems.add(new ImportReport.Problem(line.row(), column(each.field()),
							this.messages.getMessage(each.messageKey(), each.arguments(), locale)));
				}
			}
		}
		if (!problems.isEmpty()) {
			return new ImportReport(0, 0, 0, problems, false);
		}
		try {
			for (NewProject project : rows) {
				this.projects.propose(user, project);
			}
		}
		catch (RuleViolationException ex) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new ImportReport(0, 0, 0, List.of(new ImportReport.Problem(0, null,
					this.messages.getMessage(ex.messageKey(), ex.arguments(), locale))), false);
		}
		return new ImportReport(rows.size(), 0, 0, List.of(), true);
	}

	private NewProject toProject(SheetForm.Line line, long congressId, int year) {
		Long category = this.projects.categories()
			.stream()
			.filter(c -> c.name().equals(line.get(1)))
			.map(Projects.Category::id)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("categoryId", "project.category.invalid"));
		Long agency = line.get(2).isBlank() ? null
				: this.agencies.findByCode(line.get(2))
					.map(Agency::id)
					.orElseThrow(() -> new RuleViolationException("leadAgencyId", "project.agency.invalid"));
		return new NewProject(congressId, year, line.get(0), category, agency, decimal(line.get(3), "budget"),
				line.get(4).isBlank() ? null : line.get(4), date(line.get(5), "startsOn"), date(line.get(6), "dueOn"),
				NewProject.targetsOf(split(line.get(7))), NewProject.milestonesOf(split(line.get(8))),
				NewProject.numbersOf(line.get(9)), NewProject.numbersOf(line.get(10)));
	}

	private static List<String> split(String cell) {
		return Arrays.asList(cell.split("[；;\\n]"));
	}

	private static BigDecimal decimal(String text, String field) {
		try {
			return new BigDecimal(text.replace(",", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException(field, "project.budget.invalid");
		}
	}

	private static LocalDate date(String text, String field) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (RuntimeException ex) {
			throw new RuleViolationException(field, "project.period.invalid");
		}
	}

	private static String column(String field) {
		int index = List
			.of("title", "categoryId", "leadAgencyId", "budget", "location", "startsOn", "dueOn", "targets",
					"milestones", "opinions", "suggestions")
			.indexOf(field);
		return (index < 0) ? null : SHEET.column(index);
	}

}
