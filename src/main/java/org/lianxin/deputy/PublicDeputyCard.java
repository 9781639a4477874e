package org.lianxin.deputy;

import java.util.List;

/**
 * What anyone who scans a deputy's code may see: no phone, no employer, no birth year.
 */
public record PublicDeputyCard(long id, String name, Gender gender, String party, String occupation, boolean hasPhoto,
		boolean serving, List<MembershipView> seats) {
}
