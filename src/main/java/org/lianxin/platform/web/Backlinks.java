package org.lianxin.platform.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What other modules made of a record, for the record's own page (a citizen's case or a
 * deputy's suggestion collected into a candidate livelihood project), and what the reader
 * may make of it there (propose it as a candidate). The module that takes records up
 * registers a bean; the page asks every bean, so the record's module needs no dependency
 * on the modules that take its records up.
 */
public interface Backlinks {

	/** The kind of record a page shows, as {@link #to} is asked about it. */
	enum Kind {

		OPINION, SUGGESTION

	}

	/**
	 * The records that took this one up and that the reader's data scope covers, each
	 * with the words that say how; none for a reader who is not signed in.
	 * @param reader the signed-in user (the module knows its own kind of user)
	 */
	List<Backlink> to(Kind kind, long id, UserDetails reader);

	/**
	 * What the reader may take this record up into from its page, as links to the form
	 * that does it; none by default.
	 */
	default List<Offer> offers(Kind kind, long id, UserDetails reader) {
		return List.of();
	}

	/**
	 * What every module that takes records up made of this one, as the reader sees it.
	 */
	static List<Backlink> of(ObjectProvider<Backlinks> modules, Kind kind, long id, UserDetails reader) {
		return modules.orderedStream().flatMap(module -> module.to(kind, id, reader).stream()).toList();
	}

	/** What every module that takes records up offers the reader to make of this one. */
	static List<Offer> offersOf(ObjectProvider<Backlinks> modules, Kind kind, long id, UserDetails reader) {
		return modules.orderedStream().flatMap(module -> module.offers(kind, id, reader).stream()).toList();
	}

	/**
	 * One record that took the page's record up.
	 *
	 * @param relation the message key saying how ("已归集为民生实事候选项目")
	 */
	record Backlink(String relation, RecordLink record) {
	}

	/**
	 * A way to take the page's record up: the form it opens, filled in from the record.
	 *
	 * @param label the message key of the button ("提为民生实事候选项目")
	 * @param path the form's path, naming the record
	 */
	record Offer(String label, String path) {
	}

}
