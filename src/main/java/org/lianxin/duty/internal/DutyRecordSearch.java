package org.lianxin.duty.internal;

import org.lianxin.search.SearchSource;
import org.lianxin.search.SearchTable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Duty records (履职记录) in the search box: title and description (index
 * {@code duty_record_search}), under the scope of the record list, which each opens (a
 * record has no page of its own).
 */
@Configuration(proxyBeanMethods = false)
class DutyRecordSearch {

	@Bean
	SearchSource dutyRecordSearchSource() {
		return new SearchSource("duty-record", DutyPermissions.VIEW,
				new SearchTable("duty_record r", "r.id", "r.title || chr(10) || coalesce(r.description, '')", "r.title",
						"coalesce(r.description, '')", "r.occurred_on", "'/duty/records?state=' || r.state"),
				DutyRecords::scopeOf);
	}

}
