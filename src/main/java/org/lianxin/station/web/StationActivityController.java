package org.lianxin.station.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.station.internal.StationActivities;
import org.lianxin.station.StationActivityKind;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.station.VenueRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A venue's activities besides reception days: recorded on the venue's page, corrected on
 * their own.
 */
@Controller
class StationActivityController {

	private final StationActivities activities;

	private final VenueRegistry venues;

	private final SmallForms forms;

	StationActivityController(StationActivities activities, VenueRegistry venues, SmallForms forms) {
		this.activities = activities;
		this.venues = venues;
		this.forms = forms;
	}

	@PostMapping("/venues/{id}/activities")
	@PreAuthorize("hasAuthority('" + StationPermissions.ACTIVITY_EDIT + "')")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) StationActivityKind kind, @RequestParam(required = false) LocalDate heldOn,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "-1") int peopleServed,
			@RequestParam(required = false) List<Long> deputyIds, @RequestParam(defaultValue = "") String notes,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.activities.record(user, id,
					new StationActivities.NewActivity(kind, heldOn, place, peopleServed, deputyIds, notes));
			this.forms.notice(redirect, "station-activity.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problemAt("activity", redirect, ex, locale);
		}
		return "redirect:/venues/" + id + "#activities";
	}

	@GetMapping("/venues/{id}/activities/{activityId}")
	@PreAuthorize("hasAuthority('" + StationPermissions.ACTIVITY_EDIT + "')")
	String form(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long activityId,
			Model model) {
		StationActivities.Activity activity = this.activities.find(user, activityId);
		model.addAttribute("venue", this.venues.get(user, activity.venueId()));
		model.addAttribute("activity", activity);
		model.addAttribute("ticked", this.activities.deputyIds(activityId));
		model.addAttribute("stationed", this.venues.stationed(activity.venueId()));
		model.addAttribute("activityKinds", StationActivityKind.values());
		return "station/activity";
	}

	@PostMapping("/venues/{id}/activities/{activityId}")
	@PreAuthorize("hasAuthority('" + StationPermissions.ACTIVITY_EDIT + "')")
	String correct(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long activityId,
			@RequestParam(required = false) StationActivityKind kind, @RequestParam(required = false) LocalDate heldOn,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "-1") int peopleServed,
			@RequestParam(required = false) List<Long> deputyIds, @RequestParam(defaultValue = "") String notes,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.activities.correct(user, activityId,
					new StationActivities.NewActivity(kind, heldOn, place, peopleServed, deputyIds, notes));
			this.forms.notice(redirect, "station-activity.saved");
			return "redirect:/venues/" + this.activities.find(user, activityId).venueId() + "#activities";
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/venues/" + id + "/activities/" + activityId;
		}
	}

}
