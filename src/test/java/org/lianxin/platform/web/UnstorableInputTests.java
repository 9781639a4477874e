package org.lianxin.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.MappedRoutes.Route;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every route the application maps, as anyone and as an administrator, is sent text
 * PostgreSQL cannot store and a date it would choke on: none answers with a server error,
 * the text is refused with 400 before anything runs, and nothing is written.
 */
@LianxinTest
class UnstorableInputTests {

	static final String NUL = "a\u0000b";

	static final String LONE_SURROGATE = "a\uD800b";

	static final String FAR_DATE = "-999999999-01-01";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void text_the_database_cannot_store_is_refused_on_every_route_for_anyone() throws Exception {
		List<Route> routes = MappedRoutes.of(this.mapping).routes();
		assertThat(routes).as("the handler mapping lists the routes").hasSizeGreaterThan(100);
		String before = snapshot();
		List<String> wrong = new ArrayList<>();
		for (Route route : routes) {
			for (String bad : List.of(NUL, LONE_SURROGATE)) {
				for (UnaryOperator<MockHttpServletRequestBuilder> caller : callers()) {
					MockHttpServletRequestBuilder request = request(route, route.path(bad)).param("q", bad);
					route.parameters().keySet().forEach(name -> request.param(name, bad));
					route.headers().forEach(name -> request.header(name, bad));
					String answer = answer(caller.apply(request));
					if (!answer.equals("400")) {
						wrong.add(route + " " + escaped(bad) + " → " + answer);
					}
				}
			}
		}
		assertThat(wrong).as("routes that did not refuse the text with 400").isEmpty();
		assertThat(snapshot()).as("nothing was written").isEqualTo(before);
	}

	@Test
	void a_date_out_of_range_never_gives_a_server_error_and_is_refused_where_a_date_is_read() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Route route : MappedRoutes.of(this.mapping).routes()) {
			// a POST gets the date only where it reads one, which must refuse it
			if (route.method() == RequestMethod.POST && !route.readsDate()) {
				continue;
			}
			List<String> answers = new ArrayList<>();
			for (UnaryOperator<MockHttpServletRequestBuilder> caller : callers()) {
				answers.add(answer(caller.apply(withFarDates(route))));
			}
			answers.stream()
				.filter(answer -> !answer.matches("[234]\\d\\d"))
				.forEach(answer -> wrong.add(route + " → " + answer));
			// the administrator may open every page: the date is what stops them
			String asAdmin = answers.get(1);
			if (route.method() == RequestMethod.GET && !route.dateParameters().isEmpty() && !asAdmin.equals("400")) {
				wrong.add(route + " as admin → " + asAdmin + ", not 400");
			}
		}
		assertThat(wrong).as("routes that answered an out-of-range date with a server error").isEmpty();
	}

	@Test
	void the_cases_found_from_outside_are_refused_in_the_callers_form() throws Exception {
		String before = snapshot();
		this.mvc
			.perform(post("/open311/v2/requests.json").param("jurisdiction_id", "210802")
				.param("service_code", "URBAN_CONSTRUCTION")
				.param("lat", "40.666")
				.param("long", "122.235")
				.param("phone", "13800000000")
				.param("description", NUL))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description", containsString("description")));
		this.mvc.perform(errorDispatchOf(this.mvc.perform(get("/directory").param("q", NUL)).andReturn()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("参数 q 含有无法保存的字符")));
		this.mvc
			.perform(errorDispatchOf(
					this.mvc.perform(get("/api/v1/regions").param("parent", LONE_SURROGATE)).andReturn())
				.param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("unstorable_text"))
			.andExpect(jsonPath("$.fields.parent", containsString("cannot be stored")));
		this.mvc.perform(get("/directory").param("region", LONE_SURROGATE)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/v/{code}", NUL)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/d/{code}", NUL)).andExpect(status().isBadRequest());
		this.mvc.perform(post("/login").param("username", "ad\u0000min").param("password", "x").with(csrf()))
			.andExpect(status().isBadRequest());
		MvcResult multipartForm = this.mvc
			.perform(multipart("/api/v1/duty/records").param("type", NUL).with(Staff.as(this.accounts, "deputy-demo")))
			.andReturn();
		this.mvc.perform(errorDispatchOf(multipartForm)).andExpect(jsonPath("$.fields.type", containsString("无法保存")));
		this.mvc
			.perform(post("/api/v1/opinions").with(Staff.as(this.accounts, "admin"))
				.header("Idempotency-Key", NUL)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest());
		assertThat(snapshot()).as("nothing was written").isEqualTo(before);
	}

	@Test
	void text_in_a_json_body_is_refused_naming_the_field() throws Exception {
		this.mvc.perform(post("/api/v1/opinions").with(Staff.as(this.accounts, "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"HOTLINE","categoryCode":"OTHER","regionCode":"210802","description":"a\\u0000b"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.description", containsString("无法保存")));
		this.mvc.perform(post("/api/v1/opinions").with(Staff.as(this.accounts, "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("""
					{"channel":"HOTLINE","categoryCode":"OTHER","regionCode":"210802","description":"a\\ud800b"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.description", containsString("cannot be stored")));
	}

	@Test
	void a_date_out_of_range_is_refused_naming_the_parameter() throws Exception {
		this.mvc.perform(get("/duty/daily-report").param("date", FAR_DATE).with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("date")));
		this.mvc
			.perform(
					get("/api/v1/duty/daily-report").param("date", "2201-01-01").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.date", containsString("1900")));
		this.mvc
			.perform(post("/api/v1/duty/records").with(Staff.as(this.accounts, "deputy-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"type":"OTHER","date":"+20000-01-01","title":"远未来"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.date", containsString("2200")));
		this.mvc.perform(get("/open311/v2/requests.json").param("end_date", "+20000-01-01T00:00:00Z"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/duty/daily-report").param("date", "2026-11-27").with(Staff.as(this.accounts, "admin")))
			.andExpect(status().isOk());
	}

	/**
	 * The status, or the exception that escaped: MockMvc rethrows what no handler took.
	 */
	private String answer(MockHttpServletRequestBuilder request) {
		try {
			return String.valueOf(this.mvc.perform(request).andReturn().getResponse().getStatus());
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

	/**
	 * What the servlet container does after the filter's {@code sendError}, and MockMvc
	 * does not: dispatch to the error page with the failed request's attributes.
	 */
	private static MockHttpServletRequestBuilder errorDispatchOf(MvcResult refused) {
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		MockHttpServletRequestBuilder dispatch = get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, refused.getRequest().getRequestURI());
		// the container keeps the request's attributes; ours are the ones the page reads
		for (String name : Collections.list(refused.getRequest().getAttributeNames())) {
			if (name.startsWith("org.lianxin.")) {
				dispatch.requestAttr(name, refused.getRequest().getAttribute(name));
			}
		}
		return dispatch;
	}

	/**
	 * The date in every date parameter and path variable, and on a GET in every text
	 * parameter too: some handlers parse dates themselves.
	 */
	private static MockHttpServletRequestBuilder withFarDates(Route route) {
		MockHttpServletRequestBuilder request = request(route, route.path(FAR_DATE));
		Set<String> names = new LinkedHashSet<>(route.dateParameters());
		if (route.method() == RequestMethod.GET) {
			names.addAll(route.textParameters());
		}
		names.forEach(name -> request.param(name, FAR_DATE));
		return request;
	}

	/** Anonymous, then the administrator. */
	private List<UnaryOperator<MockHttpServletRequestBuilder>> callers() {
		return List.of(request -> request, request -> request.with(Staff.as(this.accounts, "admin")));
	}

	private static MockHttpServletRequestBuilder request(Route route, String path) {
		// a URI, not a template: the path is encoded already
		URI uri = URI.create(path);
		return (route.method() == RequestMethod.POST) ? post(uri).with(csrf()) : get(uri);
	}

	private static String escaped(String text) {
		return text.replace("\u0000", "\\u0000").replace("\uD800", "\\uD800");
	}

	String snapshot() {
		return this.jdbc.sql("""
				select (select count(*) from opinion) || '/' || (select count(*) from duty_record) || '/'
				    || (select count(*) from agency) || '/' || (select count(*) from region) || '/'
				    || (select count(*) from staff_user) || '/' || (select count(*) from deputy) || '/'
				    || (select count(*) from venue) || '/' || (select count(*) from evaluation_batch) || '/'
				    || (select count(*) from voter_report) || '/' || (select count(*) from training_session) || '/'
				    || (select count(*) from reception_session) || '/' || (select count(*) from station_activity) || '/'
				    || (select count(*) from workday_exception) || '/' || (select count(*) from opinion_category) || '/'
				    || (select count(*) from api_token) || '/' || (select count(*) from deputy_group) || '/'
				    || (select count(*) from opinion_history)""").query(String.class).single();
	}

}
