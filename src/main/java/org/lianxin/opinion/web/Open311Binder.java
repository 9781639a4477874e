package org.lianxin.opinion.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.lianxin.deputy.DeputyCodes;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionCategory;
import org.lianxin.opinion.Submission;
import org.lianxin.platform.web.StorableInput;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.VenueRegistry;
import org.lianxin.platform.web.Fingerprints;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import static org.lianxin.opinion.web.Open311Values.blank;
import static org.lianxin.opinion.web.Open311Values.nullToEmpty;

/**
 * GeoReport v2 parameters bound to what Lianxin understands: a jurisdiction to a region,
 * a service code to a category, a posted request to a {@link Submission}, the filters of
 * a request list to a query. Checks run in a fixed order, so the first broken rule is the
 * one answered, as an {@link Open311Error}.
 */
@Component
class Open311Binder {

	private final OpinionCategories categories;

	private final RegionManagement regions;

	private final DeputyCodes deputies;

	private final VenueRegistry venues;

	private final ZoneId zone;

	Open311Binder(OpinionCategories categories, RegionManagement regions, DeputyCodes deputies, VenueRegistry venues,
			Clock clock) {
		this.categories = categories;
		this.regions = regions;
		this.deputies = deputies;
		this.venues = venues;
		this.zone = clock.getZone();
	}

	/** The region a jurisdiction_id names; the whole deployment when none is given. */
	String jurisdiction(String code) {
		if (blank(code)) {
			return this.regions.roots().get(0).code();
		}
		return this.regions.find(code.strip())
			.filter(r -> r.enabled())
			.map(r -> r.code())
			.orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "open311.jurisdiction.unknown", code));
	}

	/** The enabled category a service_code names. */
	OpinionCategory service(String code) {
		if (blank(code)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.service.required");
		}
		return this.categories.findByCode(code.strip())
			.filter(OpinionCategory::enabled)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "open311.service.unknown", code));
	}

	/**
	 * A posted service request (form fields or query parameters, first value each: the
	 * spec's POST is form-encoded) as a submission; its fingerprint covers every
	 * parameter, so that a retry under the same key is told apart from another request.
	 */
	Submission serviceRequest(HttpServletRequest request, String idempotencyKey) {
		Map<String, String> p = parameters(request);
		String jurisdiction = p.get("jurisdiction_id");
		if (jurisdiction == null || jurisdiction.isBlank()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.jurisdiction.required");
		}
		jurisdiction(jurisdiction);
		OpinionCategory category = service(p.get("service_code"));
		BigDecimal latitude = Open311Values.number(p.get("lat"), "lat");
		BigDecimal longitude = Open311Values.number(p.get("long"), "long");
		if (latitude == null && blank(p.get("address_string")) && blank(p.get("address_id"))) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.location.required");
		}
		Long deputyId = deputy(p.get("attribute[deputy_code]"));
		Long venueId = venue(p.get("attribute[venue_code]"));
		String name = (nullToEmpty(p.get("last_name")) + nullToEmpty(p.get("first_name"))).strip();
		String place = !blank(p.get("address_string")) ? p.get("address_string") : p.get("address_id");
		return new Submission(IntakeChannel.OPEN311, category.code(), jurisdiction, deputyId, venueId,
				p.get("description"), place, latitude, longitude, name.isEmpty() ? null : name, p.get("phone"),
				p.get("email"), false, false, List.of(), p.get("media_url"), null,
				// each kind of caller has keys of its own: nobody can claim another's
				blank(idempotencyKey) ? null : "open311:" + idempotencyKey.strip(),
				Fingerprints.of(new TreeMap<>(p).toString()));
	}

	/**
	 * The filters of a request list as a query; empty when ids are asked for and none of
	 * them is a case number (nothing matches, which is not "no filter").
	 */
	Optional<Open311Requests.Query> query(RequestsParameters p) {
		OffsetDateTime end = !blank(p.endDate()) ? dateTime(p.endDate(), "end_date") : OffsetDateTime.now(this.zone);
		OffsetDateTime start = !blank(p.startDate()) ? dateTime(p.startDate(), "start_date")
				: end.minusDays(Open311Requests.DEFAULT_WINDOW_DAYS);
		if (start.isAfter(end)) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.dates.order");
		}
		if (start.isBefore(end.minusDays(Open311Requests.DEFAULT_WINDOW_DAYS))) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.dates.window", Open311Requests.DEFAULT_WINDOW_DAYS);
		}
		Boolean open = switch (nullToEmpty(p.status()).strip()) {
			case "" -> null;
			case "open" -> true;
			case "closed" -> false;
			default -> throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.status.invalid");
		};
		int size = Open311Values.positive(p.pageSizeOrLargest(), "page_size", Open311Requests.MAX_RESULTS);
		int page = Open311Values.positive(p.pageOrFirst(), "page", Open311Requests.MAX_DEPTH / size);
		List<Long> ids = Open311Values.requestIds(p.ids());
		if (!blank(p.ids()) && ids.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Open311Requests.Query(jurisdiction(p.jurisdiction()), ids,
				Open311Values.list(p.serviceCodes()), start, end, open, page, size));
	}

	private Long deputy(String code) {
		if (blank(code)) {
			return null;
		}
		if (this.deputies.lookup(code.strip().toUpperCase(Locale.ROOT)) instanceof DeputyCodes.Lookup.Active active) {
			return active.deputyId();
		}
		throw new Open311Error(HttpStatus.BAD_REQUEST, "open311.attribute.unknown", "deputy_code");
	}

	private Long venue(String code) {
		if (blank(code)) {
			return null;
		}
		return this.venues.byCode(code.strip().toUpperCase(Locale.ROOT))
			.map(v -> v.id())
			.orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "open311.attribute.unknown", "venue_code"));
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

	private static Map<String, String> parameters(HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length > 0) {
				parameters.put(name, values[0]);
			}
		});
		return parameters;
	}

}
