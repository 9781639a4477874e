package org.lianxin.suggestion;

import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RecordLink;

/**
 * Registered suggestions by their number in a congress (第1次会议第12号, typed also as "1-12"),
 * for another module's record that names the suggestions it came from (a candidate
 * livelihood project collected from deputies' suggestions).
 */
public interface SuggestionNumbers {

	/**
	 * The suggestion of the congress with that number, if the user's data scope covers
	 * it; a number is the session's and the suggestion's, the two numbers in the text.
	 */
	Optional<RecordLink> find(CurrentUser user, long congressId, String number);

	/**
	 * The suggestions the user's data scope covers as they stand now, in the order of the
	 * ids; the others are left out, so that not even their number shows.
	 */
	List<RecordLink> of(CurrentUser user, List<Long> ids);

	/**
	 * The registered suggestion as another module's form starts from it (a candidate
	 * project proposed from the suggestion's page), if the user's data scope covers it.
	 */
	Optional<Source> source(CurrentUser user, long id);

	/**
	 * A registered suggestion as a form starts from it.
	 *
	 * @param category the suggestion's category as its page words it
	 */
	record Source(RecordLink link, long congressId, String category) {
	}

}
