package org.lianxin.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sidebar marks the one entry the page belongs to (active, aria-current): the inbox
 * is 待交办, not 民情民意; the figures are 民情民意统计 only.
 */
@LianxinTest
class ConsoleNavigationTests {

	private static final Pattern CURRENT = Pattern
		.compile("<a class=\"nav-link active fw-bold\"[^>]*aria-current=\"page\"[^>]*>([^<]*)</a>");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Test
	void the_inbox_is_marked_as_the_inbox() throws Exception {
		assertThat(current("/opinions?inbox=true")).containsExactly("待交办");
	}

	@Test
	void the_figures_are_marked_as_the_figures_alone() throws Exception {
		assertThat(current("/opinions/stats")).containsExactly("民情民意统计");
	}

	@Test
	void the_case_list_is_marked_as_the_case_list() throws Exception {
		assertThat(current("/opinions")).containsExactly("民情民意");
	}

	private List<String> current(String path) throws Exception {
		String page = this.mvc.perform(get(path).with(Staff.as(this.accounts, "office-210802")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> labels = new ArrayList<>();
		Matcher matcher = CURRENT.matcher(page);
		while (matcher.find()) {
			labels.add(matcher.group(1));
		}
		return labels;
	}

}
