package org.lianxin.opinion.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The GeoReport v2 parameter values that need no lookup: a format, a number, a page, a
 * comma-separated list. A value the spec does not accept is an {@link Open311Error}.
 */
final class Open311Values {

	private Open311Values() {
	}

	static String format(String format) {
		if (!Open311Format.known(format)) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "open311.format.unknown", format);
		}
		return format;
	}

	static BigDecimal number(String value, String field) {
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

	static int positive(String value, String field, int max) {
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
	static List<Long> requestIds(String commaSeparated) {
		return list(commaSeparated).stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
	}

	static List<String> list(String commaSeparated) {
		if (blank(commaSeparated)) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
		return values;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
