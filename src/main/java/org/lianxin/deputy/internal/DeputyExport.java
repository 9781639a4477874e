package org.lianxin.deputy.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.internal.CongressChoice;
import org.lianxin.deputy.DeputyDetail;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.DeputyRow;
import org.lianxin.deputy.Gender;
import org.lianxin.deputy.MembershipView;
import org.lianxin.platform.excel.ExportRows;

import org.springframework.stereotype.Service;

/**
 * Deputies out to Excel: the empty template and the export, which imports back unchanged
 * (its phone numbers are masked, and a masked number means "keep the one on file").
 */
@Service
public class DeputyExport {

	private final DeputyRegistry deputies;

	private final DeputyList list;

	private final DeputyWorkbookRows rows;

	private final OperationLog log;

	DeputyExport(DeputyRegistry deputies, DeputyList list, DeputyWorkbookRows rows, OperationLog log) {
		this.deputies = deputies;
		this.list = list;
		this.rows = rows;
		this.log = log;
	}

	/** The template with the congresses the user may import into. */
	public byte[] template(CurrentUser user) {
		return DeputyWorkbook.template(this.rows.latestCongresses(user).keySet().stream().toList());
	}

	/**
	 * The deputies of the user's scope that match the query, one row per open seat, each
	 * deputy read as its rows are written.
	 */
	public ExportRows export(CurrentUser user, DeputyQuery query) {
		return sheet -> {
			List<Long> ids = this.list.listAll(user, query).stream().map(DeputyRow::id).toList();
			// only seats the user may import again: a division office does not export the
			// city congress's seats
			Set<Long> inScope = this.deputies.congressesFor(user)
				.stream()
				.map(CongressChoice::id)
				.collect(Collectors.toSet());
			for (long id : ids) {
				DeputyDetail d = this.deputies.get(user, id);
				for (MembershipView seat : d.memberships()) {
					if (seat.serving() && inScope.contains(seat.congressId())) {
						sheet.accept(Arrays.asList(d.name(), gender(d.gender()), d.ethnicity(), str(d.birthYear()),
								d.party(), d.occupation(), d.employer(), d.phoneMasked(), d.bio(), seat.congressName(),
								seat.electoralDistrict(), seat.groupName(), seat.startedOn().toString()));
					}
				}
			}
		};
	}

	/** Notes an export of so many rows in the operation log. */
	public void exported(long rows) {
		this.log.record("deputy.export", null, rows + " rows");
	}

	private static String gender(Gender gender) {
		return (gender == null) ? "" : (gender == Gender.MALE) ? "男" : "女";
	}

	private static String str(Object value) {
		return Objects.toString(value, "");
	}

}
