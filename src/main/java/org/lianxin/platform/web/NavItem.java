package org.lianxin.platform.web;

import java.util.Map;

/**
 * An entry of the staff console's navigation, contributed by a module as a bean. Shown
 * only to users who hold {@code permission}.
 *
 * @param order position in the menu, smaller first
 * @param labelKey message-bundle key of the label
 * @param href where it leads
 * @param permission the {@code module:entity:action} permission required to see it
 */
public record NavItem(int order, String labelKey, String href, String permission) {

	/**
	 * How closely this entry describes a request, or -1 if it does not lead there: the
	 * request's path must be the entry's path or lie below it, and carry every query
	 * parameter the entry names with the same value. A longer path counts before more
	 * parameters, so 民情民意统计 (/opinions/stats) wins over 民情民意 (/opinions) on its own page
	 * and 待交办 (/opinions?inbox=true) wins over it on the inbox.
	 * @param path the request's path, without the query
	 * @param parameters the request's query parameters
	 * @return -1, or a score that is higher the more specific the match
	 */
	public int match(String path, Map<String, String[]> parameters) {
		int question = this.href.indexOf('?');
		String ownPath = (question < 0) ? this.href : this.href.substring(0, question);
		if (!path.equals(ownPath) && !path.startsWith(ownPath.endsWith("/") ? ownPath : ownPath + "/")) {
			return -1;
		}
		int named = 0;
		if (question >= 0) {
			for (String pair : this.href.substring(question + 1).split("&")) {
				int equals = pair.indexOf('=');
				String name = (equals < 0) ? pair : pair.substring(0, equals);
				String value = (equals < 0) ? "" : pair.substring(equals + 1);
				String[] given = parameters.get(name);
				if (given == null || given.length == 0 || !given[0].equals(value)) {
					return -1;
				}
				named++;
			}
		}
		return ownPath.length() * 16 + named;
	}

}
