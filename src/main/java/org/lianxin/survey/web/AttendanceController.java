package org.lianxin.survey.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.survey.internal.Attendance;
import org.lianxin.survey.internal.Electorates;
import org.lianxin.survey.internal.SurveyPermissions;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerk records who is present at the meeting a survey is voted at, on the survey's
 * page and through the API; only those present may vote.
 */
@Controller
@Tag(name = "Surveys")
@PreAuthorize("hasAuthority('" + SurveyPermissions.PAPER + "')")
class AttendanceController {

	private final Attendance attendance;

	private final SmallForms forms;

	AttendanceController(Attendance attendance, SmallForms forms) {
		this.attendance = attendance;
		this.forms = forms;
	}

	/** A deputy present at the meeting. */
	record Attendee(Long deputyId) {
	}

	@PostMapping("/surveys/{id}/attendees")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") long deputyId, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.attendance.recordPresent(user, id, deputyId), "survey.attendance.recorded",
				"/surveys/" + id, redirect, locale);
	}

	@Operation(summary = "Record a deputy of the congress as present at the meeting (electorate MEETING)",
			description = "Only those present may vote. A survey not voted at a meeting, a closed one, a deputy of "
					+ "another congress or one recorded already answers 409 and writes nothing.")
	@PostMapping("/api/v1/surveys/{id}/attendees")
	@ResponseBody
	ResponseEntity<List<Electorates.Member>> recordByApi(@AuthenticationPrincipal CurrentUser user,
			@PathVariable long id, @RequestBody Attendee body) {
		this.attendance.recordPresent(user, id, (body.deputyId() != null) ? body.deputyId() : -1);
		return ResponseEntity.status(201).body(this.attendance.present(user, id));
	}

	@Operation(summary = "The deputies recorded present at the meeting")
	@GetMapping("/api/v1/surveys/{id}/attendees")
	@ResponseBody
	List<Electorates.Member> present(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.attendance.present(user, id);
	}

}
