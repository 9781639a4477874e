package org.lianxin.station.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.lianxin.deputy.DeputyCodes;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.station.Rota;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A deputy's duty days as an iCalendar feed (RFC 5545), for the phone calendar they
 * already use: subscribe once to {@code /d/<code>/duty.ics} and new rota entries appear
 * by themselves.
 */
@Controller
class DutyCalendarController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final DeputyCodes codes;

	private final Rota rota;

	DutyCalendarController(DeputyCodes codes, Rota rota) {
		this.codes = codes;
		this.rota = rota;
	}

	@GetMapping(value = "/d/{code}/duty.ics")
	ResponseEntity<String> feed(@PathVariable String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		if (!(this.codes.lookup(upper) instanceof DeputyCodes.Lookup.Active active)) {
			throw new NotFoundException("deputy code " + code);
		}
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Lianxin//Duty rota//ZH");
		line(ics, "X-WR-CALNAME:人大代表接待值班");
		for (Rota.DeputyDuty duty : this.rota.dutiesOf(active.deputyId())) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + upper + "-" + duty.day().format(DAY) + "-" + Math.abs(duty.venueName().hashCode())
					+ "@lianxin");
			line(ics, "DTSTAMP:" + duty.day().format(DAY) + "T000000Z");
			line(ics, "DTSTART;VALUE=DATE:" + duty.day().format(DAY));
			line(ics, "DTEND;VALUE=DATE:" + duty.day().plusDays(1).format(DAY));
			line(ics, "SUMMARY:" + escape("接待群众 · " + duty.venueName()));
			if (duty.address() != null) {
				line(ics, "LOCATION:" + escape(duty.address()));
			}
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.body(ics.toString());
	}

	private static void line(StringBuilder ics, String text) {
		ics.append(text).append("\r\n");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

}
