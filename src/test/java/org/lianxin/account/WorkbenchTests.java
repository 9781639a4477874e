package org.lianxin.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Submission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The workbench (工作台): every count is the number of rows its link's list shows, for each
 * kind of user, and counts only the user's own scope.
 */
@LianxinTest
class WorkbenchTests {

	private static final long DUTY_LIST_ROWS = 500;

	private static final Pattern ROW = Pattern.compile("data-id=\"\\d+\"");

	private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*before=\\d+[^\"]*)\"[^>]*>下一页<");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	OpinionIntake intake;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void each_count_of_an_office_is_the_number_of_rows_its_list_shows() throws Exception {
		Map<String, Long> counts = countsMatchTheirLists("office-210802");
		assertThat(counts).containsKeys("opinion.triage", "opinion.overdue.sign", "supervision.notices",
				"duty.to-verify", "suggestion.to-register");
		assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isPositive();
	}

	@Test
	void each_count_of_an_agency_is_the_number_of_rows_its_list_shows() throws Exception {
		Map<String, Long> counts = countsMatchTheirLists("agency-210802");
		assertThat(counts).containsKeys("opinion.to-sign", "opinion.to-reply", "suggestion.to-sign");
		assertThat(counts).doesNotContainKey("opinion.triage");
	}

	@Test
	void each_count_of_a_deputy_is_the_number_of_rows_its_list_shows() throws Exception {
		Map<String, Long> counts = countsMatchTheirLists("deputy-demo");
		assertThat(counts).containsKeys("suggestion.to-rate", "duty.returned", "survey.open");
		assertThat(counts).doesNotContainKeys("opinion.triage", "opinion.to-sign");
	}

	@Test
	void each_count_of_the_city_and_of_a_station_is_the_number_of_rows_its_list_shows() throws Exception {
		assertThat(countsMatchTheirLists("admin")).containsKey("opinion.triage");
		countsMatchTheirLists("station-demo");
	}

	@Test
	void a_case_received_in_another_division_is_not_counted() throws Exception {
		long mine = counts("office-210802").get("opinion.triage");
		long theirs = counts("office-210803").get("opinion.triage");
		this.intake.submit(new Submission(IntakeChannel.WEB, "TRAFFIC", "210803003", null, null, "工作台：滨海街道公交站台破损", null,
				null, null, null, "13904170012", null, false, false, List.of(), null, null, null, null));
		assertThat(counts("office-210802").get("opinion.triage")).isEqualTo(mine);
		assertThat(counts("office-210803").get("opinion.triage")).isEqualTo(theirs + 1);
	}

	@Test
	void the_console_shows_each_count_with_its_link_and_the_last_seven_days() throws Exception {
		String page = this.mvc.perform(get("/console").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Long> counts = counts("office-210802");
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			assertThat(page).containsPattern("data-workbench-key=\"" + Pattern.quote(count.getKey())
					+ "\"[^>]*>\\s*<span class=\"workbench-number\">" + count.getValue() + "</span>");
		}
		assertThat(page).contains("data-trend-key=\"opinion.collected\"");
		assertThat(page.split("class=\"workbench-day\"", -1)).hasSize(8);
	}

	/** Follows every count's link through all its pages and compares the rows. */
	private Map<String, Long> countsMatchTheirLists(String username) throws Exception {
		JsonNode body = workbench(username);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (JsonNode item : body.get("waiting")) {
			String href = item.get("href").asText();
			long count = item.get("count").asLong();
			// the duty record list shows the newest 500 and has no further pages yet
			long shown = href.startsWith("/duty/records") ? Math.min(count, DUTY_LIST_ROWS) : count;
			assertThat(rowsOf(username, href)).as(username + " " + item.get("key").asText() + " " + href)
				.isEqualTo(shown);
			counts.put(item.get("key").asText(), item.get("count").asLong());
		}
		for (JsonNode trend : body.get("trends")) {
			assertThat(trend.get("days")).hasSize(7);
			for (JsonNode day : trend.get("days")) {
				assertThat(rowsOf(username, day.get("href").asText())).as(username + " " + day)
					.isEqualTo(day.get("count").asLong());
			}
		}
		return counts;
	}

	private Map<String, Long> counts(String username) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		workbench(username).get("waiting")
			.forEach(item -> counts.put(item.get("key").asText(), item.get("count").asLong()));
		return counts;
	}

	private JsonNode workbench(String username) throws Exception {
		String body = this.mvc.perform(get("/api/v1/workbench").with(Staff.as(this.accounts, username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private long rowsOf(String username, String href) throws Exception {
		long rows = 0;
		List<String> seen = new ArrayList<>();
		String next = href;
		while (next != null && !seen.contains(next)) {
			seen.add(next);
			String page = this.mvc.perform(get(next).with(Staff.as(this.accounts, username)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			rows += ROW.matcher(page).results().count();
			Matcher more = NEXT.matcher(page);
			next = more.find() ? more.group(1).replace("&amp;", "&") : null;
		}
		return rows;
	}

}
