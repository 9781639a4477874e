package org.lianxin.opinion.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionCategory;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Receipt;
import org.lianxin.platform.publiccode.PublicUrls;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.lianxin.opinion.web.Open311Values.format;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}, so that 12345 hotline systems and civic
 * apps can submit opinions and follow them: services are the opinion categories, a
 * jurisdiction is a region code, a request id is the case's tracking code. JSON and XML;
 * errors in the spec's {@code [{code, description}]} form. Parameters are bound by
 * {@link Open311Binder}.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private final OpinionCategories categories;

	private final OpinionIntake intake;

	private final Open311Requests requests;

	private final Open311Binder binder;

	private final PublicUrls urls;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Open311Errors errors;

	private final Open311ClientKeys clientKeys;

	Open311Controller(OpinionCategories categories, OpinionIntake intake, Open311Requests requests,
			Open311Binder binder, PublicUrls urls, MessageSource messages, JsonMapper json, Open311Errors errors,
			Open311ClientKeys clientKeys) {
		this.categories = categories;
		this.intake = intake;
		this.requests = requests;
		this.binder = binder;
		this.urls = urls;
		this.messages = messages;
		this.json = json;
		this.errors = errors;
		this.clientKeys = clientKeys;
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
		this.binder.jurisdiction(jurisdiction);
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
		OpinionCategory category = this.binder.service(code);
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
		this.clientKeys.requireAdmitted(http);
		Receipt receipt = this.intake.submit(this.binder.serviceRequest(http, idempotencyKey));
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
	ResponseEntity<String> requests(@PathVariable String format, @ModelAttribute RequestsParameters parameters,
			Locale locale) {
		String f = format(format);
		List<Map<String, Object>> found = this.binder.query(parameters)
			.map(query -> this.requests.find(query, locale))
			.orElse(List.of());
		return Open311Format.write(this.json, f, HttpStatus.OK, "service_requests", "request", found);
	}

	@GetMapping({ "/requests/{id}.{format}", "/request/{id}.{format}" })
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, Locale locale) {
		String f = format(format);
		List<Long> ids = Open311Values.requestIds(id);
		var found = ids.isEmpty() ? List.<Map<String, Object>>of() : this.requests.find(
				new Open311Requests.Query(this.binder.jurisdiction(null), ids, List.of(), null, null, null, 1, 1),
				locale);
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
		return error(request, ex.status(), this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
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

}
