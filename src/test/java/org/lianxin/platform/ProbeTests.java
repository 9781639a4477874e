package org.lianxin.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.ProbeInputs.Route;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The platform probed from outside, as a stranger and as each demo role: another
 * division's records asked for by id, markup sent to be echoed, and junk in every
 * parameter and path variable. The figures (probes, improper grants, server errors,
 * unescaped echoes) are printed and written to {@code target/probe-figures.txt}; every
 * one but the first must be zero.
 */
@LianxinTest
class ProbeTests {

	/** Each restricted demo role and the region its data stays within. */
	static final Map<String, String> HOMES = Map.of("office-210802", "210802", "agency-210802", "210802",
			"station-demo", "210804002", "deputy-demo", "210802", "liaison-demo", "210802");

	/**
	 * Rows outside a region, by the path segment that names them: the id, and a text of
	 * theirs that must not be shown (none for a photo: its bytes are the secret).
	 */
	static final Map<String, String> FOREIGN = Map.ofEntries(Map.entry("opinions", foreign("tracking_code", "opinion")),
			Map.entry("records", foreign("title", "duty_record")), Map.entry("photos", """
					select distinct on (o.region_code) f.id::text, null from opinion_file f
					join opinion o on o.id = f.opinion_id
					where o.region_code not like ? || '%' order by o.region_code, f.id desc"""),
			Map.entry("trainings", foreign("title", "training_session")),
			Map.entry("voter-reports", foreign("place", "voter_report")),
			Map.entry("users", foreign("username", "staff_user")), Map.entry("points", """
					select distinct on (region_code) id::text, name from venue where kind like 'LEGISLATIVE%'
					and region_code not like ? || '%' order by region_code, id desc"""),
			Map.entry("consultations", foreign("title", "legislation_consultation")),
			Map.entry("surveys", foreign("title", "survey")), Map.entry("projects", foreign("title", "project")),
			Map.entry("visits", foreign("place", "project_visit")),
			Map.entry("dubans", foreign("demand", "project_duban")),
			Map.entry("oversight", foreign("title", "oversight_activity")),
			Map.entry("items", foreign("description", "oversight_issue_item")),
			Map.entry("topics", foreign("title", "oversight_topic")),
			Map.entry("mine", foreign("title", "oversight_activity")),
			Map.entry("court-observations", foreign("case_title", "court_hearing")),
			Map.entry("deliberations", foreign("title", "deliberation_opinion")),
			Map.entry("suggestions", foreign("title", "suggestion")));

	/** One row of each other region, the newest: every other division is asked for. */
	private static String foreign(String marker, String table) {
		return "select distinct on (region_code) id::text, " + marker + " from " + table
				+ " where region_code not like ? || '%' order by region_code, id desc";
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private int probes;

	private int crossDivisionProbes;

	private final List<String> grants = new ArrayList<>();

	private final List<String> serverErrors = new ArrayList<>();

	private final List<String> echoes = new ArrayList<>();

	@Test
	void strangers_and_every_role_get_nothing_they_should_not_no_server_error_and_no_echo() throws Exception {
		List<Route> routes = ProbeInputs.routes(this.mapping);
		RouteSamples samples = new RouteSamples(this.jdbc);
		for (Route route : routes) {
			if (route.method() == RequestMethod.GET) {
				probeOtherDivisions(route);
				probeEchoes(route, samples.paths(route.pattern(), 1).get(0));
				probeJunk(route, samples.paths(route.pattern(), 1).get(0));
			}
			else {
				probeJunkPosts(route);
			}
		}
		String figures = "probes %d (%d for another division's rows), improper grants %d, server errors %d, unescaped echoes %d%n"
			.formatted(this.probes, this.crossDivisionProbes, this.grants.size(), this.serverErrors.size(),
					this.echoes.size());
		System.out.print("Probe figures: " + figures);
		Files.writeString(Path.of("target", "probe-figures.txt"), figures);
		assertThat(this.probes).as("probes tried").isGreaterThan(3000);
		assertThat(this.crossDivisionProbes).as("another division's rows asked for").isGreaterThan(60);
		assertThat(this.grants).as("another division's data answered").isEmpty();
		assertThat(this.serverErrors).as("server errors").isEmpty();
		assertThat(this.echoes).as("markup echoed unescaped").isEmpty();
	}

	/** Each restricted role asks for another division's rows by id. */
	private void probeOtherDivisions(Route route) throws Exception {
		String[] segments = route.pattern().split("/");
		for (int i = 1; i < segments.length; i++) {
			String query = FOREIGN.get(segments[i - 1]);
			if (query == null || !VARIABLE.matcher(segments[i]).matches() || variables(route.pattern()) != 1) {
				continue;
			}
			for (Map.Entry<String, String> home : HOMES.entrySet()) {
				List<Map<String, Object>> rows = this.jdbc.sql(query + " limit 12")
					.param(home.getValue())
					.query()
					.listOfRows();
				for (Map<String, Object> row : rows) {
					String path = VARIABLE.matcher(route.pattern())
						.replaceFirst(String.valueOf(row.values().toArray()[0]));
					MockHttpServletResponse response = send(home.getKey(), get(path));
					this.crossDivisionProbes++;
					Object marker = row.values().toArray()[1];
					boolean shown = response.getStatus() == 200
							&& ((marker == null) ? String.valueOf(response.getContentType()).startsWith("image/")
									: response.getContentAsString().contains(marker.toString()));
					if (shown) {
						this.grants.add(path + " as " + home.getKey());
					}
				}
			}
		}
	}

	/** Markup in every parameter the handler reads, and in its path variables. */
	private void probeEchoes(Route route, String samplePath) throws Exception {
		String encoded = URLEncoder.encode(ProbeInputs.ECHO, StandardCharsets.UTF_8);
		String markupInPath = VARIABLE.matcher(route.pattern())
			.replaceAll(java.util.regex.Matcher.quoteReplacement(encoded));
		for (String role : List.of("", "admin", "office-210802")) {
			MockHttpServletRequestBuilder request = get(samplePath);
			route.parameters().forEach(name -> request.param(name, ProbeInputs.ECHO));
			checkEcho(role, request, samplePath);
			if (!markupInPath.equals(route.pattern())) {
				checkEcho(role, get(java.net.URI.create(markupInPath)), markupInPath);
			}
		}
	}

	private void checkEcho(String role, MockHttpServletRequestBuilder request, String path) throws Exception {
		MockHttpServletResponse response = send(role, request);
		String type = String.valueOf(response.getContentType());
		if ((type.contains("html") || type.contains("xml"))
				&& response.getContentAsString().contains(ProbeInputs.ECHO_MARK)) {
			this.echoes.add(path + " as " + describe(role));
		}
	}

	/** Junk in every parameter, then in every path variable. */
	private void probeJunk(Route route, String samplePath) throws Exception {
		for (String role : List.of("", "admin")) {
			for (String junk : ProbeInputs.JUNK) {
				if (!route.parameters().isEmpty()) {
					MockHttpServletRequestBuilder request = get(samplePath);
					route.parameters().forEach(name -> request.param(name, junk));
					send(role, request);
				}
				if (variables(route.pattern()) > 0) {
					String path = VARIABLE.matcher(route.pattern())
						.replaceAll(java.util.regex.Matcher
							.quoteReplacement(URLEncoder.encode(junk, StandardCharsets.UTF_8)));
					send(role, get(java.net.URI.create(path)));
				}
			}
		}
	}

	/**
	 * Junk posted by a stranger everywhere, and by an administrator to paths whose
	 * variables name nothing, so that no real record is changed.
	 */
	private void probeJunkPosts(Route route) throws Exception {
		for (String junk : ProbeInputs.JUNK.subList(0, 4)) {
			String path = VARIABLE.matcher(route.pattern()).replaceAll("999999999");
			for (String role : (variables(route.pattern()) > 0) ? List.of("", "admin") : List.of("")) {
				MockHttpServletRequestBuilder request = post(path).with(csrf());
				route.parameters().forEach(name -> request.param(name, junk));
				send(role, request);
			}
		}
	}

	private MockHttpServletResponse send(String role, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletRequestBuilder signed = role.isEmpty() ? request : request.with(Staff.as(this.accounts, role));
		MvcResult result = this.mvc.perform(signed).andReturn();
		MockHttpServletRequest sent = result.getRequest();
		MockHttpServletResponse response = result.getResponse();
		this.probes++;
		if (response.getStatus() >= 500) {
			this.serverErrors.add(response.getStatus() + " " + sent.getMethod() + " " + sent.getRequestURI() + " as "
					+ describe(role));
		}
		return response;
	}

	private static int variables(String pattern) {
		return (int) VARIABLE.matcher(pattern).results().count();
	}

	private static String describe(String role) {
		return role.isEmpty() ? "anonymous" : role;
	}

}
