package org.lianxin.opinion;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A category citizens choose when they raise an opinion (城市建设, 交通出行, …).
 *
 * @param code a stable identifier for integrations (Open311's service_code)
 * @param allowsAnonymous whether a citizen may leave no phone number for a call-back
 * @param sortOrder position in pickers, smaller first
 */
public record OpinionCategory(@Id Long id, String code, String name, String description, boolean allowsAnonymous,
		int sortOrder, boolean enabled, @Version Integer version) {

	public static OpinionCategory create(String code, String name, String description, boolean allowsAnonymous,
			int sortOrder) {
		return new OpinionCategory(null, code, name, description, allowsAnonymous, sortOrder, true, null);
	}

	OpinionCategory update(String newName, String newDescription, boolean nowAllowsAnonymous, int newSortOrder,
			boolean nowEnabled) {
		return new OpinionCategory(this.id, this.code, newName, newDescription, nowAllowsAnonymous, newSortOrder,
				nowEnabled, this.version);
	}

}
