package org.lianxin.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, read from Spring's handler mapping so that a page
 * added tomorrow is visited without anyone listing it, with its path variables filled
 * from the demo data: real ids where the resource before the variable is known, so that
 * the page does its real work, and {@code 1} where it is not.
 */
public final class RouteSamples {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	/** The resource a path variable follows, and how to find real values for it. */
	private static final Map<String, String> QUERIES = Map.ofEntries(
			Map.entry("agencies", "select id::text from agency order by id"),
			Map.entry("venues", "select id::text from venue order by id"),
			Map.entry("activities", "select id::text from station_activity order by id"),
			Map.entry("deputies", "select id::text from deputy order by id"),
			Map.entry("groups", "select id::text from deputy_group order by id"),
			Map.entry("opinions", "select id::text from opinion order by id"),
			Map.entry("suggestions", "select id::text from suggestion order by id"),
			Map.entry("attachments", "select id::text from suggestion_attachment order by id"),
			Map.entry("records", "select id::text from duty_record order by id"),
			Map.entry("evaluations", "select id::text from evaluation_batch order by id"),
			Map.entry("trainings", "select id::text from training_session order by id"),
			Map.entry("voter-reports", "select id::text from voter_report order by id"),
			Map.entry("regions", "select code from region order by code"),
			Map.entry("users", "select id::text from staff_user order by id"),
			Map.entry("import", "select id::text from deputy_import_job order by id"),
			Map.entry("d", "select code from deputy_public_code where revoked_at is null order by code"),
			Map.entry("v", "select code from venue_public_code where revoked_at is null order by code"),
			Map.entry("track", "select link_token from opinion order by id"),
			Map.entry("photos", "select id::text from opinion_file order by id"),
			Map.entry("requests", "select tracking_code from opinion order by id"),
			Map.entry("tokens", "select tracking_code from opinion order by id"),
			Map.entry("request", "select tracking_code from opinion order by id"),
			Map.entry("services", "select code from opinion_category order by code"),
			Map.entry("opinion-categories", "select id::text from opinion_category order by id"),
			Map.entry("opinion-routing", "select id::text from opinion_routing_rule order by id"),
			Map.entry("venue-standards", "select id::text from venue_standard order by id"),
			Map.entry("record-types", "select code from duty_record_type order by code"),
			Map.entry("points", "select id::text from venue where kind like 'LEGISLATIVE%' order by id"),
			Map.entry("consultations", "select id::text from legislation_consultation order by id"),
			Map.entry("legislation",
					"select id::text from legislation_consultation where stage = 'GATHERING' order by id"),
			Map.entry("surveys", "select id::text from survey order by id"),
			Map.entry("vote", "select id::text from survey order by id"),
			Map.entry("projects", "select id::text from project order by id"),
			Map.entry("visits", "select id::text from project_visit order by id"),
			Map.entry("milestones", "select position::text from project_milestone order by project_id, position"),
			Map.entry("dubans", "select id::text from project_duban order by id"),
			Map.entry("oversight", "select id::text from oversight_activity order by id"),
			Map.entry("items", "select id::text from oversight_issue_item order by id"),
			Map.entry("topics", "select id::text from oversight_topic order by id"),
			Map.entry("mine", "select id::text from oversight_activity order by id"),
			Map.entry("court-observations", "select id::text from court_hearing order by id"),
			Map.entry("deliberations", "select id::text from deliberation_opinion order by id"));

	private final JdbcClient jdbc;

	private final Map<String, List<String>> cache = new HashMap<>();

	private final Set<String> unknown = new TreeSet<>();

	public RouteSamples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The path patterns mapped for GET, the error page aside. */
	public static Set<String> getPatterns(RequestMappingHandlerMapping mapping) {
		Set<String> patterns = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.equals("/error")) {
					patterns.add(pattern);
				}
			}
		}
		return patterns;
	}

	/**
	 * Up to {@code count} concrete paths for a pattern, each with other values where the
	 * demo data has them, so that per-item caches do not hide per-item work.
	 */
	public List<String> paths(String pattern, int count) {
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			paths.add(path(pattern, i));
		}
		return List.copyOf(new LinkedHashSet<>(paths));
	}

	/**
	 * Variables no query knows, filled with {@code 1}: a page behind one is only half
	 * visited.
	 */
	public Set<String> unknownVariables() {
		return this.unknown;
	}

	private String path(String pattern, int index) {
		String[] segments = pattern.split("/", -1);
		StringBuilder path = new StringBuilder();
		String previous = "";
		for (int s = 0; s < segments.length; s++) {
			String segment = segments[s];
			Matcher variable = VARIABLE.matcher(segment);
			StringBuilder filled = new StringBuilder();
			while (variable.find()) {
				variable.appendReplacement(filled, Matcher.quoteReplacement(value(previous, variable.group(1), index)));
			}
			variable.appendTail(filled);
			path.append((s == 0) ? "" : "/").append(filled);
			if (!segment.contains("{")) {
				previous = segment;
			}
		}
		return path.toString();
	}

	private String value(String resource, String name, int index) {
		if (name.equals("format")) {
			return (index % 2 == 0) ? "json" : "xml";
		}
		if (name.equals("n")) {
			return "0";
		}
		String query = QUERIES.get(resource);
		if (query == null) {
			this.unknown.add(resource + "/{" + name + "}");
			return "1";
		}
		List<String> values = this.cache.computeIfAbsent(query,
				q -> this.jdbc.sql(q + " limit 50").query(String.class).list());
		return values.isEmpty() ? "1" : values.get(index % values.size()).trim();
	}

}
