package org.lianxin.opinion;

import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RecordLink;

/**
 * Cases by their number (the tracking code), for another module's record that names the
 * cases it came from (a candidate livelihood project collected from citizens' opinions).
 */
public interface OpinionNumbers {

	/** The case of that number, if the user's data scope covers it. */
	Optional<RecordLink> find(CurrentUser user, String number);

	/**
	 * The cases as they stand now, in the order of the ids; what the citizen wrote only
	 * where the user's scope covers the case.
	 */
	List<RecordLink> of(CurrentUser user, List<Long> ids);

}
