package org.lianxin.opinion.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.lianxin.deputy.DeputyCodes;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionCategory;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;
import org.lianxin.platform.publiccode.PublicUrls;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.StorableInput;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.VenueRegistry;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}, so that 12345 hotline systems and civic
 * apps can submit opinions and follow them: services are the opinion categories, a
 * jurisdiction is a region code, a request id is the case's tracking code. JSON and XML;
 * errors in the spec's {@code [{code, description}]} form.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private final OpinionCategories categories;

	private final OpinionIntake intake;

	private final Open311Requests requests;

	private final RegionManagement regions;

	private final DeputyCodes deputies;

	private final VenueRegistry venues;

	private final PublicUrls urls;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Open311Errors errors;

	private final ZoneId zone;

	/** Far beyond any real list; keeps the offset within bounds. */
	private static final int MAX_PAGE = 1_000_000;

	Open311Controller(OpinionCategories categories, OpinionIntake intake, Open311Requests requests,
			RegionManagement regions, DeputyCodes deputies, VenueRegistry venues, PublicUrls urls,
			MessageSource messages, JsonMapper json, Open311Errors errors, java.time.Clock clock) {
		this.categories = categories;
		this.intake = intake;
		this.requests = requests;
		this.regions = regions;
		this.deputies = deputies;
		this.venues = venues;
		this.urls = urls;
		this.messages = messages;
		this.json = json;
		this.errors = errors;
		this.zone = clock.getZone();
	}

	/** A request the spec says to answer with an error: a status and a message key. */
	static final class Open311Error extends RuntimeException {

		private final HttpStatus status;

		private final transient Object[] arguments;

		Open311Error(HttpStatus status, String messageKey, Object... arguments) {
			super(messageKey);
			this.status = status;
			this.arguments = arguments;
		}

	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		String changeset = "2026-11-27T00:00:00+08:00";
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", this.urls.of("/open311/v2"));
		endpoint.put("changeset", changeset);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("application/json", "text/xml"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", changeset);
		discovery.put("contact", this.urls.of("/"));
		discovery.put("key_service", null);
		discovery.put("endpoints", List.of(endpoint));
		return Open311Format.writeObject(this.json, format(format), "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String f = format(format);
		jurisdiction(jurisdiction);
		List<Map<String, Object>> services = this.categories.enabled().stream().map(category -> {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", category.code());
			service.put("service_name", category.name());
			service.put("description", category.description());
			service.put("metadata", true);
			service.put("type", "realtime");
			service.put("keywords", null);
			service.put("group", null);
			return service;
		}).toList();
		return Open311Format.write(this.json, f, HttpStatus.OK, "services", "service", services);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> serviceDefinition(@PathVariable String code, @PathVariable String format, Locale locale) {
		String f = format(format);
		OpinionCategory category = service(code);
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", List.of(attribute("deputy_code", 1, locale), attribute("venue_code", 2, locale)));
		return Open311Format.writeObject(this.json, f, "service_definition", definition);
	}

	private Map<String, Object> attribute(String code, int order, Locale locale) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", "string");
		attribute.put("required", false);
		attribute.put("datatype_description",
				this.messages.getMessage("open311.attribute." + code + ".datatype", null, locale));
		attribute.put("order", order);
		attribute.put("description", this.messages.getMessage("open311.attribute." + code, null, locale));
		return attribute;
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> submit(@PathVariable String format, HttpServletRequest http,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Locale locale) {
		String f = format(format);
		Map<String, String> p = parameters(http);
		String jurisdiction = p.get("jurisdiction_id");
		if (jurisdiction == null || jurisdiction.isBlank()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.jurisdiction.required");
		}
		jurisdiction(jurisdiction);
		OpinionCategory category = service(p.get("service_code"));
		BigDecimal latitude = number(p.get("lat"), "lat");
		BigDecimal longitude = number(p.get("long"), "long");
		if (latitude == null && blank(p.get("address_string")) && blank(p.get("address_id"))) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.location.required");
		}
		Long deputyId = null;
		String deputyCode = p.get("attribute[deputy_code]");
		if (!blank(deputyCode)) {
			if (this.deputies
				.lookup(deputyCode.strip().toUpperCase(Locale.ROOT)) instanceof DeputyCodes.Lookup.Active active) {
				deputyId = active.deputyId();
			}
			else {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.attribute.unknown", "deputy_code");
			}
		}
		Long venueId = null;
		String venueCode = p.get("attribute[venue_code]");
		if (!blank(venueCode)) {
			venueId = this.venues.byCode(venueCode.strip().toUpperCase(Locale.ROOT))
				.map(v -> v.id())
				.orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "open311.attribute.unknown", "venue_code"));
		}
		String name = (nullToEmpty(p.get("last_name")) + nullToEmpty(p.get("first_name"))).strip();
		String place = !blank(p.get("address_string")) ? p.get("address_string") : p.get("address_id");
		Receipt receipt = this.intake.submit(new Submission(IntakeChannel.OPEN311, category.code(), jurisdiction,
				deputyId, venueId, p.get("description"), place, latitude, longitude, name.isEmpty() ? null : name,
				p.get("phone"), p.get("email"), false, false, List.of(), p.get("media_url"), null,
				// each kind of caller has keys of its own: nobody can claim another's
				blank(idempotencyKey) ? null : "open311:" + idempotencyKey.strip(),
				Fingerprints.of(new TreeMap<>(p).toString())));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("service_request_id", String.valueOf(receipt.id()));
		// the token only the poster gets: the tracking code the citizen follows the case
		// by
		created.put("token", receipt.trackingCode());
		created.put("service_notice", this.messages.getMessage("open311.notice",
				new Object[] { receipt.trackingCode(), this.urls.of("/track/" + receipt.linkToken()) }, locale));
		created.put("account_id", null);
		return Open311Format.write(this.json, f, receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED,
				"service_requests", "request", List.of(created));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCodes,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") String page,
			@RequestParam(name = "page_size", defaultValue = "1000") String pageSize, Locale locale) {
		String f = format(format);
		OffsetDateTime end = !blank(endDate) ? dateTime(endDate, "end_date") : OffsetDateTime.now(this.zone);
		OffsetDateTime start = !blank(startDate) ? dateTime(startDate, "start_date")
				: end.minusDays(Open311Requests.DEFAULT_WINDOW_DAYS);
		if (start.isAfter(end)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.dates.order");
		}
		if (start.isBefore(end.minusDays(Open311Requests.DEFAULT_WINDOW_DAYS))) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.dates.window", Open311Requests.DEFAULT_WINDOW_DAYS);
		}
		Boolean open = switch (nullToEmpty(status).strip()) {
			case "" -> null;
			case "open" -> true;
			case "closed" -> false;
			default -> throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.status.invalid");
		};
		int pageNumber = positive(page, "page", MAX_PAGE);
		int size = positive(pageSize, "page_size", Open311Requests.MAX_RESULTS);
		List<Long> requestIds = requestIds(ids);
		if (!blank(ids) && requestIds.isEmpty()) {
			// ids asked for, none of them a case number: nothing matches (not "no
			// filter")
			return Open311Format.write(this.json, f, HttpStatus.OK, "service_requests", "request", List.of());
		}
		var query = new Open311Requests.Query(jurisdiction(jurisdiction), requestIds, list(serviceCodes), start, end,
				open, pageNumber, size);
		return Open311Format.write(this.json, f, HttpStatus.OK, "service_requests", "request",
				this.requests.find(query, locale));
	}

	@GetMapping({ "/requests/{id}.{format}", "/request/{id}.{format}" })
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, Locale locale) {
		String f = format(format);
		List<Long> ids = requestIds(id);
		var found = ids.isEmpty() ? List.<Map<String, Object>>of() : this.requests
			.find(new Open311Requests.Query(jurisdiction(null), ids, List.of(), null, null, null, 1, 1), locale);
		if (found.isEmpty()) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "open311.request.unknown", id);
		}
		return Open311Format.write(this.json, f, HttpStatus.OK, "service_requests", "request", found);
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
		String f = format(format);
		String code = token.strip().toUpperCase(Locale.ROOT);
		Long id = this.requests.idOfToken(code)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "open311.token.unknown", token));
		Map<String, Object> resolved = new LinkedHashMap<>();
		resolved.put("service_request_id", String.valueOf(id));
		resolved.put("token", code);
		return Open311Format.write(this.json, f, HttpStatus.OK, "service_requests", "request", List.of(resolved));
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> open311Error(Open311Error ex, HttpServletRequest request, Locale locale) {
		return error(request, ex.status, this.messages.getMessage(ex.getMessage(), ex.arguments, locale));
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<String> ruleViolation(RuleViolationException ex, HttpServletRequest request, Locale locale) {
		HttpStatus status = (ex instanceof org.lianxin.opinion.internal.IdempotencyConflictException)
				? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		return error(request, status, this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
	}

	private ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
		return this.errors.write(request, status, description);
	}

	private static String format(String format) {
		if (!Open311Format.known(format)) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "open311.format.unknown", format);
		}
		return format;
	}

	/** The region a jurisdiction_id names; the whole deployment when none is given. */
	private String jurisdiction(String code) {
		if (blank(code)) {
			return this.regions.roots().get(0).code();
		}
		return this.regions.find(code.strip())
			.filter(r -> r.enabled())
			.map(r -> r.code())
			.orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "open311.jurisdiction.unknown", code));
	}

	private OpinionCategory service(String code) {
		if (blank(code)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.service.required");
		}
		return this.categories.findByCode(code.strip())
			.filter(OpinionCategory::enabled)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "open311.service.unknown", code));
	}

	/**
	 * Form fields or query parameters, first value each (the spec's POST is
	 * form-encoded).
	 */
	private static Map<String, String> parameters(HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0) {
				parameters.put(name, values[0]);
			}
		});
		return parameters;
	}

	private static BigDecimal number(String value, String field) {
		if (blank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.number.invalid", field);
		}
	}

	private OffsetDateTime dateTime(String value, String field) {
		OffsetDateTime parsed = parseDateTime(value, field);
		if (!StorableInput.isStorableDate(parsed)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "error.date-out-of-range", field,
					String.valueOf(StorableInput.FIRST_YEAR), String.valueOf(StorableInput.LAST_YEAR));
		}
		return parsed;
	}

	private OffsetDateTime parseDateTime(String value, String field) {
		try {
			return OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.strip()).atStartOfDay(this.zone).toOffsetDateTime();
			}
			catch (DateTimeParseException again) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.date.invalid", field);
			}
		}
	}

	private static int positive(String value, String field, int max) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number < 1 || number > max) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.page.invalid", field, max);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.page.invalid", field, max);
		}
	}

	/**
	 * Request ids (case numbers) from a comma-separated list; what is not one is skipped.
	 */
	private static List<Long> requestIds(String commaSeparated) {
		return list(commaSeparated).stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
	}

	private static List<String> list(String commaSeparated) {
		if (blank(commaSeparated)) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
		return values;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
