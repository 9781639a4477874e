package org.lianxin.deputy.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.deputy.internal.CongressChoice;
import org.lianxin.deputy.DeputyDetail;
import org.lianxin.deputy.DeputyProfile;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.MembershipView;
import org.lianxin.deputy.Seat;
import org.lianxin.platform.excel.ImportReport;
import org.lianxin.platform.excel.ImportReport.Problem;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.SheetForm.Line;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies in from Excel. A row is matched to an existing deputy by name and congress, so
 * importing the same workbook twice changes nothing; an exported workbook imports back
 * unchanged.
 */
@Service
public class DeputyWorkbookImport {

	private final DeputyRegistry deputies;

	private final DeputyWorkbookRows rows;

	private final JdbcClient jdbc;

	private final PhoneNumbers phones;

	private final OperationLog log;

	DeputyWorkbookImport(DeputyRegistry deputies, DeputyWorkbookRows rows, JdbcClient jdbc, PhoneNumbers phones,
			OperationLog log) {
		this.deputies = deputies;
		this.rows = rows;
		this.jdbc = jdbc;
		this.phones = phones;
		this.log = log;
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
		Map<String, CongressChoice> congresses = this.rows.latestCongresses(user);
		List<Problem> problems = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		for (Line line : lines) {
			this.rows.parse(line, congresses, problems).ifPresent(entries::add);
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

}
