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
	 * The cases the user's data scope covers as they stand now, in the order of the ids;
	 * the others are left out, so that not even their number shows.
	 */
	List<RecordLink> of(CurrentUser user, List<Long> ids);

	/**
	 * The case as another module's form starts from it (a candidate project proposed from
	 * the case's page), if the user's data scope covers it.
	 */
	Optional<Source> source(CurrentUser user, long id);

	/**
	 * A case as a form starts from it.
	 *
	 * @param category the name of the case's category
	 * @param regionCode the region the case came from
	 * @param place where the citizen said it is, if they did
	 * @param excerpt the start of the first line of what the citizen wrote
	 */
	record Source(RecordLink link, String category, String regionCode, String place, String excerpt) {
	}

}
