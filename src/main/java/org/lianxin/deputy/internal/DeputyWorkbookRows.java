package org.lianxin.deputy.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.deputy.internal.CongressChoice;
import org.lianxin.deputy.DeputyProfile;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.Gender;
import org.lianxin.deputy.Seat;
import org.lianxin.deputy.internal.DeputyWorkbookImport.Entry;
import org.lianxin.platform.excel.ImportReport.Problem;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.SheetForm.Line;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The rows of a filled-in deputies workbook checked one by one: a valid row becomes a
 * person and a seat, every broken cell a problem in the user's language.
 */
@Component
class DeputyWorkbookRows {

	private static final Pattern MASKED_PHONE = Pattern.compile("\\d{3,4}\\*+\\d{4}");

	private final DeputyRegistry deputies;

	private final MessageSource messages;

	DeputyWorkbookRows(DeputyRegistry deputies, MessageSource messages) {
		this.deputies = deputies;
		this.messages = messages;
	}

	Optional<Entry> parse(Line line, Map<String, CongressChoice> congresses, List<Problem> problems) {
		int before = problems.size();
		String name = line.get(0);
		if (name.isEmpty() || name.length() > 32) {
			problems.add(problem(line, 0, "import.name"));
		}
		Gender gender = switch (line.get(1)) {
			case "男" -> Gender.MALE;
			case "女" -> Gender.FEMALE;
			case "" -> null;
			default -> {
				problems.add(problem(line, 1, "import.gender"));
				yield null;
			}
		};
		Integer birthYear = null;
		if (!line.get(3).isEmpty()) {
			try {
				birthYear = Integer.valueOf(line.get(3));
				if (birthYear < 1900 || birthYear > Year.now().getValue()) {
					problems.add(problem(line, 3, "import.birth-year"));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(problem(line, 3, "import.birth-year"));
			}
		}
		String phone = line.get(7);
		if (MASKED_PHONE.matcher(phone).matches()) {
			phone = ""; // as exported: keep the number on file
		}
		else if (!phone.isEmpty() && PhoneNumbers.normalise(phone).isEmpty()) {
			problems.add(problem(line, 7, "deputy.phone.invalid"));
		}
		for (int column : new int[] { 2, 4, 5, 6, 8, 10, 11 }) {
			int limit = (column == 8) ? 2000 : (column == 6) ? 128 : 64;
			if (line.get(column).length() > limit) {
				problems.add(problem(line, column, "import.too-long", limit));
			}
		}
		CongressChoice congress = congresses.get(line.get(9));
		if (congress == null) {
			problems.add(problem(line, 9, "import.congress"));
		}
		LocalDate startedOn = SheetForm.date(line.get(12)).orElse(null);
		if (startedOn == null) {
			problems.add(problem(line, 12, "import.date"));
		}
		else if (congress != null
				&& (startedOn.isBefore(congress.termStart()) || startedOn.isAfter(congress.termEnd()))) {
			problems.add(problem(line, 12, "deputy.seat.outside-term", congress.termStart(), congress.termEnd()));
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Entry(new DeputyProfile(name, gender, line.get(2), birthYear, line.get(4), line.get(5),
				line.get(6), phone, line.get(8)), new Seat(congress.id(), line.get(10), line.get(11), startedOn)));
	}

	private Problem problem(Line line, int column, String key, Object... arguments) {
		return new Problem(line.row(), DeputyWorkbook.FORM.column(column),
				this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

	/** Congress names the user may import into, each with its latest term. */
	Map<String, CongressChoice> latestCongresses(CurrentUser user) {
		Map<String, CongressChoice> latest = new LinkedHashMap<>();
		for (CongressChoice congress : this.deputies.congressesFor(user)) {
			latest.merge(congress.name(), congress, (a, b) -> (a.termNumber() >= b.termNumber()) ? a : b);
		}
		return latest;
	}

}
