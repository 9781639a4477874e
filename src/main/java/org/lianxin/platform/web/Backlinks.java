package org.lianxin.platform.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

/**
 * What other modules made of a record, for the record's own page (a citizen's case or a
 * deputy's suggestion collected into a candidate livelihood project). The module that
 * takes records up registers a bean; the page asks every bean, so the record's module
 * needs no dependency on the modules that take its records up.
 */
public interface Backlinks {

	/** The kind of record a page shows, as {@link #to} is asked about it. */
	enum Kind {

		OPINION, SUGGESTION

	}

	/** The records that took this one up, each with the words that say how. */
	List<Backlink> to(Kind kind, long id);

	/** What every module that takes records up made of this one. */
	static List<Backlink> of(ObjectProvider<Backlinks> modules, Kind kind, long id) {
		return modules.orderedStream().flatMap(module -> module.to(kind, id).stream()).toList();
	}

	/**
	 * One record that took the page's record up.
	 *
	 * @param relation the message key saying how ("已归集为民生实事候选项目")
	 */
	record Backlink(String relation, RecordLink record) {
	}

}
