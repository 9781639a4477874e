package org.lianxin.suggestion.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.ImportReport.Problem;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.SheetForm.Line;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.DigestUtils;

import static org.lianxin.suggestion.internal.SuggestionWorkbooks.SESSION;

/**
 * A session's suggestions handed in on paper, typed into the template and imported by the
 * office: each row filed for its lead deputy with the co-signers who signed the paper,
 * all rows or none by default, or only the valid ones. A row's natural key is the
 * congress, the session and its original number (原编号): importing the same workbook again
 * changes nothing, and the same number with other content is refused.
 */
@Service
public class SuggestionImport {

	/** Which column a broken rule of the content belongs to. */
	private static final Map<String, Integer> COLUMNS = Map.of("title", 1, "body", 2, "category", 3, "period", 6);

	private final SuggestionRepository repository;

	private final CongressDeputies deputies;

	private final SuggestionSeats seats;

	private final SuggestionWorkbooks workbooks;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final OperationLog log;

	private final TransactionTemplate outer;

	private final TransactionTemplate perRow;

	SuggestionImport(SuggestionRepository repository, CongressDeputies deputies, SuggestionSeats seats,
			SuggestionWorkbooks workbooks, WorkdayCalendar calendar, JdbcClient jdbc, MessageSource messages,
			OperationLog log, PlatformTransactionManager transactions) {
		this.repository = repository;
		this.deputies = deputies;
		this.seats = seats;
		this.workbooks = workbooks;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.messages = messages;
		this.log = log;
		this.outer = new TransactionTemplate(transactions);
		this.perRow = new TransactionTemplate(transactions);
		this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Imports a filled-in template for a congress's session.
	 * @throws RuleViolationException when the congress is not the user's or the file
	 * cannot be read as the template at all
	 */
	public ImportReport importSession(CurrentUser user, long congressId, int sessionNumber, InputStream upload,
			ImportReport.Mode mode) {
		if (!user.can(SuggestionPermissions.MANAGE)
				|| this.deputies.congresses(user).stream().noneMatch(c -> c.id() == congressId)) {
			throw new RuleViolationException("congress", "suggestion.import.congress");
		}
		if (sessionNumber < 1 || sessionNumber > 99) {
			throw new RuleViolationException("session", "suggestion.session.invalid");
		}
		List<Line> lines;
		try {
			lines = SESSION.read(upload);
		}
		catch (SheetForm.Unreadable ex) {
			throw new RuleViolationException("file", ex.messageKey(), ex.arguments());
		}
		if (lines.isEmpty()) {
			throw new RuleViolationException("file", "suggestion.import.empty");
		}
		String region = this.seats.regionOf(congressId).orElseThrow();
		SuggestionActor office = SuggestionActor.office(user.username());
		return this.outer.execute(status -> {
			List<Problem> problems = new ArrayList<>();
			int imported = 0;
			int unchanged = 0;
			for (Line line : lines) {
				try {
					boolean created = Boolean.TRUE
						.equals(this.perRow.execute(row -> importRow(line, congressId, sessionNumber, region, office)));
					imported += created ? 1 : 0;
					unchanged += created ? 0 : 1;
				}
				catch (RuleViolationException ex) {
					problems.add(problem(line,
							(ex.field() != null && ex.field().startsWith("#"))
									? Integer.parseInt(ex.field().substring(1))
									: COLUMNS.getOrDefault(String.valueOf(ex.field()), 0),
							ex.messageKey(), ex.arguments()));
				}
			}
			if (!problems.isEmpty() && mode == ImportReport.Mode.ALL_OR_NOTHING) {
				status.setRollbackOnly();
				return new ImportReport(0, 0, 0, problems, false);
			}
			this.log.record("suggestion.import", "congress:" + congressId,
					imported + " imported, " + unchanged + " unchanged, " + problems.size() + " errors");
			return new ImportReport(imported, 0, unchanged, problems, true);
		});
	}

	/**
	 * @return whether the row made a new suggestion ({@code false}: imported before)
	 */
	private boolean importRow(Line line, long congressId, int sessionNumber, String region, SuggestionActor office) {
		String number = line.get(0).strip();
		if (number.isEmpty() || number.length() > 32) {
			throw new RuleViolationException("#0", "suggestion.import.number");
		}
		String key = "import:" + congressId + ":" + sessionNumber + ":" + number;
		String fingerprint = DigestUtils
			.md5DigestAsHex(String.join("\u0000", line.cells()).getBytes(StandardCharsets.UTF_8));
		Optional<String> earlier = this.jdbc.sql("select idempotency_hash from suggestion where idempotency_key = ?")
			.param(key)
			.query(String.class)
			.optional();
		if (earlier.isPresent()) {
			if (!earlier.get().equals(fingerprint)) {
				throw new RuleViolationException("#0", "suggestion.import.changed", number);
			}
			return false;
		}
		SuggestionContent content = new SuggestionContent(line.get(1), line.get(2),
				choice(SuggestionCategory.values(), "suggestion.category.", line.get(3), "category"), sessionNumber,
				choice(Period.values(), "suggestion.period.", line.get(6), "period"));
		long lead = deputy(congressId, line.get(4), 4);
		Set<Long> coSigners = new LinkedHashSet<>();
		for (String name : line.get(5).split("[、，,；;\\s]+")) {
			if (!name.isBlank()) {
				coSigners.add(deputy(congressId, name, 5));
			}
		}
		Suggestion suggestion = Suggestion.onPaper(
				new NewSuggestion(congressId, region, lead, content, null, key, fingerprint), coSigners, office,
				new SuggestionDeadlines(this.calendar.workingDays()), this.calendar.today());
		this.repository.save(suggestion);
		return true;
	}

	private long deputy(long congressId, String name, int column) {
		if (name.isBlank()) {
			throw new RuleViolationException("#" + column, "suggestion.import.deputy.required");
		}
		List<Long> found = this.deputies.withName(congressId, name);
		if (found.size() != 1) {
			throw new RuleViolationException("#" + column,
					found.isEmpty() ? "suggestion.import.deputy.unknown" : "suggestion.import.deputy.ambiguous",
					name.strip());
		}
		return found.get(0);
	}

	private <E extends Enum<E>> E choice(E[] values, String prefix, String label, String field) {
		for (E value : values) {
			if (this.workbooks.label(prefix + value.name()).equals(label.strip())) {
				return value;
			}
		}
		throw new RuleViolationException(field, "suggestion.import.choice",
				String.join("、", this.workbooks.labels(prefix, values)));
	}

	private Problem problem(Line line, int column, String key, Object... arguments) {
		return new Problem(line.row(), SESSION.column(column),
				this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

}
