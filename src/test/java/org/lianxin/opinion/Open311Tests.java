package org.lianxin.opinion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GeoReport v2 as the spec describes it: the resources, their required fields and value
 * sets, both formats, the error form; and, where {@code ../shared/open311} is present,
 * every answer checked against the published JSON schemas.
 */
@LianxinTest
class Open311Tests {

	static final Path SCHEMAS = Path.of("..", "shared", "open311");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeputyCodes codes;

	@Autowired
	StaffAccounts accounts;

	@Test
	void services_are_the_enabled_categories_with_the_specs_required_fields() throws Exception {
		String body = this.mvc.perform(get("/open311/v2/services.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].service_code", hasItem("URBAN_CONSTRUCTION")))
			.andExpect(jsonPath("$[*].service_name", hasItem("城市建设")))
			.andExpect(jsonPath("$[*].metadata", everyItem(isOneOf(true, false))))
			.andExpect(jsonPath("$[*].type", everyItem(isOneOf("realtime", "batch", "blackbox"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		conforms(body, "services.json");
		String definition = this.mvc.perform(get("/open311/v2/services/URBAN_CONSTRUCTION.json"))
			.andExpect(jsonPath("$.service_code").value("URBAN_CONSTRUCTION"))
			.andExpect(jsonPath("$.attributes[*].code", hasItem("deputy_code")))
			.andExpect(jsonPath("$.attributes[0].datatype").value("string"))
			.andExpect(jsonPath("$.attributes[0].required").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		conforms(definition, "service-definition.json");
	}

	@Test
	void a_client_posts_a_request_for_a_deputy_and_follows_it_by_id_list_and_token() throws Exception {
		String deputyCode = this.codes.codeOf(Staff.load(this.accounts, "office-210802"),
				this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single());
		String created = this.mvc.perform(request("attribute[deputy_code]", deputyCode))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].service_request_id").isString())
			.andExpect(jsonPath("$[0].service_notice", containsString("查询码")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$[0].service_request_id");
		String token = JsonPath.read(created, "$[0].token");
		assertThat(this.jdbc.sql("""
				select channel || ' ' || (deputy_id is not null) || ' ' || tracking_code from opinion where id = ?""")
			.param(Long.parseLong(id))
			.query(String.class)
			.single()).isEqualTo("OPEN311 true " + token);

		// ids that are no case number match nothing; they are not "no filter"
		this.mvc.perform(get("/open311/v2/requests.json").param("service_request_id", "abc,99999999999999999999"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));

		String one = this.mvc.perform(get("/open311/v2/requests/{id}.json", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].service_code").value("URBAN_CONSTRUCTION"))
			.andExpect(jsonPath("$[0].status_notes").value("待交办"))
			.andExpect(jsonPath("$[0].lianxin_status").value("RECEIVED"))
			// the citizen did not agree to publication: their words stay private
			.andExpect(jsonPath("$[0].description").doesNotExist())
			// nor where they stood, nor the photo they linked
			.andExpect(jsonPath("$[0].lat").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$[0].address").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$[0].requested_datetime", startsWith("20")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		conforms(one, "requests.json");

		String list = this.mvc
			.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "210802").param("status", "open"))
			.andExpect(jsonPath("$[*].service_request_id", hasItem(id)))
			.andExpect(jsonPath("$[*].status", everyItem(org.hamcrest.Matchers.is("open"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		conforms(list, "requests.json");
		this.mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "210802").param("status", "closed"))
			.andExpect(jsonPath("$[*].service_request_id", org.hamcrest.Matchers.not(hasItem(id))));
		this.mvc.perform(get("/open311/v2/requests.json").param("service_request_id", id + ",NOSUCHCODE"))
			.andExpect(jsonPath("$.length()").value(1));
		// the tracking code goes to the poster only, as the token; it is no request id
		this.mvc.perform(get("/open311/v2/tokens/{t}.json", token))
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].token").value(token));
		this.mvc.perform(get("/open311/v2/requests/{id}.json", token)).andExpect(status().isNotFound());
		this.mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "210802"))
			.andExpect(jsonPath("$[*].service_request_id", org.hamcrest.Matchers.not(hasItem(token))));
	}

	@Test
	void a_retry_with_the_same_idempotency_key_creates_one_request() throws Exception {
		String first = this.mvc.perform(request().header("Idempotency-Key", "o311-retry"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(request().header("Idempotency-Key", "o311-retry"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id")
				.value((String) JsonPath.read(first, "$[0].service_request_id")));
		this.mvc.perform(request("description", "另一件事").header("Idempotency-Key", "o311-retry"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$[0].code").value(409));
		// a key of any length fits
		this.mvc.perform(request("description", "很长的键").header("Idempotency-Key", "k".repeat(300)))
			.andExpect(status().isCreated());
	}

	@Test
	void xml_is_offered_for_every_resource() throws Exception {
		this.mvc.perform(get("/open311/v2/services.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(content().string(containsString("<services><service><service_code>")));
		String created = this.mvc.perform(requestAs("xml"))
			.andExpect(status().isCreated())
			.andExpect(content().string(containsString("<service_requests><request><service_request_id>")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		this.mvc.perform(get("/open311/v2/requests/{id}.xml", id))
			.andExpect(content().string(containsString("<status>open</status>")));
		this.mvc.perform(get("/open311/v2/discovery.xml"))
			.andExpect(content()
				.string(containsString("<specification>http://wiki.open311.org/GeoReport_v2</specification>")));
	}

	@Test
	void bad_requests_get_the_specs_error_form_and_write_nothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from opinion").query(Long.class).single();
		this.mvc.perform(request("service_code", "NO_SUCH"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404))
			.andExpect(jsonPath("$[0].description", containsString("NO_SUCH")));
		this.mvc.perform(request("jurisdiction_id", "999999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description", containsString("999999")));
		this.mvc.perform(post("/open311/v2/requests.json").param("service_code", "URBAN_CONSTRUCTION"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description", containsString("jurisdiction_id")));
		this.mvc.perform(request("lat", "north"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description", containsString("lat")));
		this.mvc.perform(request("lat", "95"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("位置坐标超出范围"));
		this.mvc.perform(request("phone", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description", containsString("手机号码")));
		this.mvc.perform(request("attribute[deputy_code]", "ZZZZZZZZ")).andExpect(status().isBadRequest());
		this.mvc.perform(requestAs("xml", "service_code", "NO_SUCH"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<errors><error><code>404</code><description>")));
		this.mvc.perform(get("/open311/v2/requests.json").param("status", "pending"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/open311/v2/requests.json").param("start_date", "yesterday"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/open311/v2/requests/{id}.json", "NOSUCHCODE")).andExpect(status().isNotFound());
		this.mvc.perform(get("/open311/v2/requests.json").param("page", "2147483647").param("page_size", "1000"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/open311/v2/services.html")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from opinion").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_request_list_is_at_most_100_requests_and_10000_deep() throws Exception {
		this.mvc.perform(get("/open311/v2/requests.json").param("page_size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("page_size 应为 1 至 100 的整数"));
		this.mvc.perform(get("/open311/v2/requests.json").param("page", "101").param("page_size", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("page 应为 1 至 100 的整数"));
		this.mvc.perform(get("/open311/v2/requests.json").param("page", "1000").param("page_size", "10"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/open311/v2/requests.json").param("page", "1001").param("page_size", "10"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/open311/v2/requests.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(100)));
	}

	@Test
	void the_schema_check_itself_catches_a_broken_answer() {
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(SCHEMAS.resolve("services.json")));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> conforms("[{\"service_code\":\"X\",\"type\":\"sometimes\"}]", "services.json"))
			.isInstanceOf(AssertionError.class);
	}

	private MockHttpServletRequestBuilder request(String... overrides) {
		return requestAs("json", overrides);
	}

	/**
	 * A well-formed request; {@code overrides} are name, value pairs that replace or add
	 * fields.
	 */
	private MockHttpServletRequestBuilder requestAs(String format, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("jurisdiction_id", "210802");
		fields.put("service_code", "URBAN_CONSTRUCTION");
		fields.put("lat", "40.666");
		fields.put("long", "122.235");
		fields.put("address_string", "站前区东升路口");
		fields.put("description", "Open311：东升路口信号灯不亮");
		fields.put("first_name", "先生");
		fields.put("last_name", "赵");
		fields.put("phone", "13904170005");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		fields.forEach(request::param);
		return request;
	}

	/**
	 * The answer against the published schema. The schemas sit in the shared folder
	 * beside the project, not in it; CI always has them, a developer's copy may not.
	 */
	private static void conforms(String body, String schemaFile) throws Exception {
		Path schema = SCHEMAS.resolve(schemaFile);
		if (!Files.exists(schema)) {
			assertThat(System.getenv("CI")).as("CI must check against the schemas in %s", SCHEMAS).isNull();
			return;
		}
		JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
			.getSchema(schema.toAbsolutePath().normalize().toUri());
		JsonNode answer = new ObjectMapper().readTree(body);
		Set<ValidationMessage> problems = validator.validate(answer);
		assertThat(problems).as("%s against %s", body, schemaFile).isEmpty();
	}

}
