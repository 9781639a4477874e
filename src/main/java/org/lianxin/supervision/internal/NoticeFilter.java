package org.lianxin.supervision.internal;

import java.time.LocalDate;

import org.lianxin.supervision.NoticeKind;

/**
 * Which notices to list or count; every part may be {@code null} for any.
 *
 * @param subject the kind of subject, e.g. {@code OPINION}
 * @param from first day issued, inclusive
 * @param to last day issued, inclusive
 * @param before the id below which the next page starts (keyset), {@code null} for the
 * first page
 */
public record NoticeFilter(String subject, NoticeKind kind, Long agencyId, LocalDate from, LocalDate to, Long before) {

	public static NoticeFilter any() {
		return new NoticeFilter(null, null, null, null, null, null);
	}

}
