package org.lianxin.oversight.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue-item lists read a page in an index's order: with a million items (bench
 * scenario oversight) sorting a scope's items for every page took seconds. The planner is
 * told to avoid sorting wherever it can; without a fitting index it cannot.
 */
@LianxinTest
@Transactional
class IssueItemListOrderTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCitysListIsAPageOfAnIndexNotASortOfEveryItem() {
		assertThat(plan("true")).noneMatch(line -> line.contains("Sort")).anyMatch(line -> line.contains("Index"));
	}

	@Test
	void aUnitsListIsAPageOfAnIndexOfItsOwnItems() {
		assertThat(plan("i.agency_id = 1")).noneMatch(line -> line.contains("Sort"))
			.anyMatch(line -> line.contains("Index"));
	}

	private List<String> plan(String scope) {
		this.jdbc.sql("set local enable_seqscan = off").update();
		this.jdbc.sql("set local enable_sort = off").update();
		return this.jdbc
			.sql("explain select i.id from oversight_issue_item i where " + scope + " order by"
					+ IssueItemQueries.WAITING_ORDER + " limit 50")
			.query(String.class)
			.list();
	}

}
