package org.lianxin.oversight.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.oversight.internal.DeliberationHistory;
import org.lianxin.oversight.internal.DeliberationOpinions;
import org.lianxin.oversight.internal.DeliberationPermissions;
import org.lianxin.oversight.internal.DeliberationQueries;
import org.lianxin.oversight.internal.DeliberationRating;
import org.lianxin.oversight.internal.NewDeliberation;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.PageOf;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deliberation opinions (审议意见) in the browser: the year's list, drafting one on a report
 * heard or an activity, and one opinion through its steps (send, receipt, answers,
 * rating) with its letter as a .docx.
 */
@Controller
@RequestMapping("/oversight/deliberations")
@PreAuthorize("hasAuthority('" + DeliberationPermissions.VIEW + "')")
class DeliberationController {

	private static final int PAGE_SIZE = 50;

	/** Empty item rows the drafting form offers; rows left blank are ignored. */
	private static final int ITEM_ROWS = 6;

	private final DeliberationOpinions opinions;

	private final DeliberationQueries queries;

	private final DeliberationHistory history;

	private final AgencyManagement agencies;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	DeliberationController(DeliberationOpinions opinions, DeliberationQueries queries, DeliberationHistory history,
			AgencyManagement agencies, WorkdayCalendar calendar, SmallForms forms) {
		this.opinions = opinions;
		this.queries = queries;
		this.history = history;
		this.agencies = agencies;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = (year != null && year > 1999 && year < 2200) ? year : this.calendar.today().getYear();
		model.addAttribute("year", shown);
		PageOf<DeliberationQueries.OpinionRow> shownPage = PageOf.read(page, PAGE_SIZE,
				(offset, limit) -> this.queries.opinions(user, shown, offset, limit));
		model.addAttribute("opinions", shownPage.rows());
		model.addAttribute("page", shownPage);
		return "oversight/deliberations";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.EDIT + "')")
	String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long meeting,
			@RequestParam(required = false) Integer report, @RequestParam(required = false) Long activity,
			@RequestParam(required = false) String source, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("report", report);
		model.addAttribute("activity", activity);
		model.addAttribute("source", source);
		model.addAttribute("rows", ITEM_ROWS);
		model.addAttribute("agencies",
				this.agencies
					.list(user, new AgencyQuery(user.regionCode(), false, "", null, true, 0, AgencyQuery.MAX_SIZE))
					.items());
		return "oversight/deliberation-form";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.EDIT + "')")
	String draft(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long meetingId,
			@RequestParam(required = false) Integer reportNumber, @RequestParam(required = false) Long activityId,
			@RequestParam(defaultValue = "") String sourceTitle, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) Long agencyId,
			@RequestParam(name = "itemText", required = false) List<String> texts,
			@RequestParam(name = "itemAgency", required = false) List<String> units,
			@RequestParam(name = "itemDue", required = false) List<String> dues, RedirectAttributes redirect,
			Locale locale) {
		try {
			long id = this.opinions.draft(user, new NewDeliberation(meetingId, reportNumber, activityId, sourceTitle,
					title, agencyId, items(texts, units, dues)));
			this.forms.notice(redirect, "deliberation.drafted");
			return "redirect:/oversight/deliberations/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			redirect.addAttribute("meeting", meetingId);
			redirect.addAttribute("report", reportNumber);
			redirect.addAttribute("activity", activityId);
			redirect.addAttribute("source", sourceTitle);
			return "redirect:/oversight/deliberations/new";
		}
	}

	/** The form's item rows as entered; a date that cannot be read counts as none. */
	static List<NewDeliberation.Item> items(List<String> texts, List<String> units, List<String> dues) {
		List<NewDeliberation.Item> items = new ArrayList<>();
		int rows = (texts != null) ? texts.size() : 0;
		for (int i = 0; i < rows; i++) {
			items.add(new NewDeliberation.Item(texts.get(i), number(at(units, i)), date(at(dues, i))));
		}
		return items;
	}

	private static String at(List<String> values, int i) {
		return (values != null && i < values.size()) ? values.get(i) : null;
	}

	private static Long number(String value) {
		return (value != null && value.matches("\\d{1,18}")) ? Long.valueOf(value) : null;
	}

	private static LocalDate date(String value) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("opinion",
				this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("deliberation opinion " + id)));
		model.addAttribute("history", this.history.of(id));
		model.addAttribute("ratings", DeliberationRating.values());
		model.addAttribute("today", this.calendar.today());
		model.addAttribute("ownAgency", user.can(DeliberationPermissions.EDIT) ? null : user.scope().agencyId());
		return "oversight/deliberation";
	}

	@PostMapping("/{id}/send")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.EDIT + "')")
	String send(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String letterNumber, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.opinions.send(user, id, letterNumber), "deliberation.sent",
				"/oversight/deliberations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/receipt")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.ANSWER + "')")
	String receive(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String receivedBy, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.opinions.receive(user, id, receivedBy), "deliberation.received",
				"/oversight/deliberations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/items/{number}/answer")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.ANSWER + "')")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number,
			@RequestParam(defaultValue = "") String answer, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.opinions.answer(user, id, number, answer), "deliberation.answered",
				"/oversight/deliberations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/rating")
	@PreAuthorize("hasAuthority('" + DeliberationPermissions.EDIT + "')")
	String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) DeliberationRating rating, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.opinions.rate(user, id, rating, note), "deliberation.rated",
				"/oversight/deliberations/" + id, redirect, locale);
	}

}
