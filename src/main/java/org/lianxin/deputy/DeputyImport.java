package org.lianxin.deputy;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lianxin.platform.excel.ImportReport;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.platform.excel.ImportReport.Problem;
import org.lianxin.deputy.internal.DeputyWorkbook;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.SheetForm.Line;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies in and out of Excel. A row is matched to an existing deputy by name and
 * congress, so importing the same workbook twice changes nothing; an exported workbook
 * imports back unchanged (its phone numbers are masked, and a masked number means "keep
 * the one on file").
 */
@Service
public class DeputyImport {

	private static final Pattern MASKED_PHONE = Pattern.compile("\\d{3,4}\\*+\\d{4}");

	private final DeputyRegistry deputies;

	private final DeputyList list;

	private final JdbcClient jdbc;

	private final PhoneNumbers phones;

	private final MessageSource messages;

	private final OperationLog log;

	DeputyImport(DeputyRegistry deputies, DeputyList list, JdbcClient jdbc, PhoneNumbers phones, MessageSource messages,
			OperationLog log) {
		this.deputies = deputies;
		this.list = list;
		this.jdbc = jdbc;
		this.phones = phones;
		this.messages = messages;
		this.log = log;
	}

	/** The template with the congresses the user may import into. */
	public byte[] template(CurrentUser user) {
		return DeputyWorkbook.template(latestCongresses(user).keySet().stream().toList());
	}

	/** The deputies of the user's scope that match the query, one row per open seat. */
	public byte[] export(CurrentUser user, DeputyQuery query) {
		List<Long> ids = this.list.listAll(user, query).stream().map(DeputyRow::id).toList();
		// only seats the user may import again: a division office does not export the
		// city congress's seats
		java.util.Set<Long> inScope = this.deputies.congressesFor(user)
			.stream()
			.map(CongressChoice::id)
			.collect(java.util.stream.Collectors.toSet());
		List<List<String>> rows = new ArrayList<>();
		for (long id : ids) {
			DeputyDetail d = this.deputies.get(user, id);
			for (MembershipView seat : d.memberships()) {
				if (seat.serving() && inScope.contains(seat.congressId())) {
					rows.add(java.util.Arrays.asList(d.name(), gender(d.gender()), d.ethnicity(), str(d.birthYear()),
							d.party(), d.occupation(), d.employer(), d.phoneMasked(), d.bio(), seat.congressName(),
							seat.electoralDistrict(), seat.groupName(), seat.startedOn().toString()));
				}
			}
		}
		this.log.record("deputy.export", null, rows.size() + " rows");
		return DeputyWorkbook.FORM.export(rows);
	}

	/**
	 * Reads a filled-in workbook and saves it: everything or nothing by default, or only
	 * the valid rows.
	 * @throws RuleViolationException when the file cannot be read as the template at all
	 */
	@Transactional
	public ImportReport importWorkbook(CurrentUser user, InputStream upload, ImportReport.Mode mode) {
		return save(user, read(user, upload), mode, (done, total) -> {
		});
	}

	/**
	 * Reads and checks a filled-in workbook without saving anything; quick even for a
	 * long file, so a page can answer an unreadable one at once.
	 * @throws RuleViolationException when the file cannot be read as the template at all
	 */
	public CheckedWorkbook read(CurrentUser user, InputStream upload) {
		List<Line> lines;
		try {
			lines = DeputyWorkbook.FORM.read(upload);
		}
		catch (SheetForm.Unreadable ex) {
			throw new RuleViolationException("file", ex.messageKey(), ex.arguments());
		}
		if (lines.isEmpty()) {
			throw new RuleViolationException("file", "import.empty");
		}
		Map<String, CongressChoice> congresses = latestCongresses(user);
		List<Problem> problems = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		for (Line line : lines) {
			parse(line, congresses, problems).ifPresent(entries::add);
		}
		return new CheckedWorkbook(List.copyOf(entries), List.copyOf(problems));
	}

	/**
	 * Saves a checked workbook in one transaction, telling the progress after each row.
	 */
	@Transactional
	public ImportReport save(CurrentUser user, CheckedWorkbook workbook, ImportReport.Mode mode,
			ImportProgress progress) {
		List<Problem> problems = workbook.problems();
		if (!problems.isEmpty() && mode == ImportReport.Mode.ALL_OR_NOTHING) {
			return new ImportReport(0, 0, 0, problems, false);
		}
		int imported = 0;
		int updated = 0;
		int unchanged = 0;
		int total = workbook.entries().size();
		progress.reached(0, total);
		for (Entry entry : workbook.entries()) {
			Optional<Long> existing = this.jdbc.sql("""
					select d.id from deputy d join deputy_membership m on m.deputy_id = d.id
					where d.name = ? and m.congress_id = ? order by m.ended_on nulls first, d.id limit 1""")
				.params(entry.profile().name(), entry.seat().congressId())
				.query(Long.class)
				.optional();
			if (existing.isEmpty()) {
				this.deputies.register(user, entry.profile(), entry.seat());
				imported++;
			}
			else if (updateFromImport(user, existing.get(), entry.profile(), entry.seat())) {
				updated++;
			}
			else {
				unchanged++;
			}
			progress.reached(imported + updated + unchanged, total);
		}
		this.log.record("deputy.import", null, imported + " imported, " + updated + " updated, " + unchanged
				+ " unchanged, " + problems.size() + " errors");
		return new ImportReport(imported, updated, unchanged, problems, true);
	}

	/**
	 * A workbook read and checked: the rows that can be saved, and the problems of the
	 * others.
	 */
	public record CheckedWorkbook(List<Entry> entries, List<Problem> problems) {

		/** Whether saving would write anything in this mode. */
		public boolean savesAnything(ImportReport.Mode mode) {
			return !this.entries.isEmpty() && (this.problems.isEmpty() || mode == ImportReport.Mode.VALID_ROWS);
		}

	}

	/** Told how far a save has come: rows done out of rows to save. */
	@FunctionalInterface
	public interface ImportProgress {

		void reached(int done, int total);

	}

	/**
	 * Brings a deputy and their open seat in the seat's congress up to an imported row;
	 * blank cells clear a field, a blank phone keeps the number on file.
	 * @return whether anything changed
	 */
	private boolean updateFromImport(CurrentUser user, long id, DeputyProfile profile, Seat seat) {
		DeputyDetail current = this.deputies.get(user, id);
		boolean phoneChanged = this.phones.lookupHashOf(profile.phone())
			.map(hash -> !hash.equals(this.jdbc.sql("select coalesce(phone_hash, '') from deputy where id = ?")
				.param(id)
				.query(String.class)
				.single()))
			.orElse(false);
		boolean profileChanged = !Objects.equals(current.name(), profile.name().strip())
				|| current.gender() != profile.gender() || !same(current.ethnicity(), profile.ethnicity())
				|| !Objects.equals(current.birthYear(), profile.birthYear()) || !same(current.party(), profile.party())
				|| !same(current.occupation(), profile.occupation()) || !same(current.employer(), profile.employer())
				|| !same(current.bio(), profile.bio());
		MembershipView open = current.memberships()
			.stream()
			.filter(m -> m.congressId() == seat.congressId() && m.serving())
			.findFirst()
			.orElse(null);
		boolean seatChanged = open != null && (!same(open.electoralDistrict(), seat.electoralDistrict())
				|| !same(open.groupName(), seat.groupName()) || !open.startedOn().equals(seat.startedOn()));
		if (profileChanged || phoneChanged) {
			this.deputies.update(user, id, profile);
		}
		if (seatChanged) {
			this.deputies.updateSeat(open.id(), seat);
		}
		return profileChanged || phoneChanged || seatChanged;
	}

	private static boolean same(String stored, String given) {
		return Objects.equals(blankToNull(stored), blankToNull(given));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A valid row: the person and the seat it describes. */
	public record Entry(DeputyProfile profile, Seat seat) {
	}

	private Optional<Entry> parse(Line line, Map<String, CongressChoice> congresses, List<Problem> problems) {
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
	private Map<String, CongressChoice> latestCongresses(CurrentUser user) {
		Map<String, CongressChoice> latest = new java.util.LinkedHashMap<>();
		for (CongressChoice congress : this.deputies.congressesFor(user)) {
			latest.merge(congress.name(), congress, (a, b) -> (a.termNumber() >= b.termNumber()) ? a : b);
		}
		return latest;
	}

	private static String gender(Gender gender) {
		return (gender == null) ? "" : (gender == Gender.MALE) ? "男" : "女";
	}

	private static String str(Object value) {
		return Objects.toString(value, "");
	}

}
