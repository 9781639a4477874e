package org.lianxin.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A record of one module as another module's page links it: its number, title and state
 * worded by the module that owns it, and the path that opens it.
 *
 * @param title {@code null} where the reader's scope does not cover the record
 */
public record RecordLink(long id, String number, String title, String state, String path) {

	/** The links found, in the order their ids were asked for; the missing left out. */
	public static List<RecordLink> inOrderOf(List<Long> ids, List<RecordLink> found) {
		Map<Long, RecordLink> byId = found.stream().collect(Collectors.toMap(RecordLink::id, Function.identity()));
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

}
