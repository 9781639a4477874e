package org.lianxin.workday.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.workday.internal.CalendarException;
import org.lianxin.workday.internal.DayKind;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.workday.internal.WorkdayPermissions;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The holidays and make-up working days of a year, for administrators to keep current.
 */
@Controller
@RequestMapping("/workday")
class WorkdayController {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	WorkdayController(WorkdayCalendar calendar, SmallForms forms) {
		this.calendar = calendar;
		this.forms = forms;
	}

	@ModelAttribute("kinds")
	DayKind[] kinds() {
		return DayKind.values();
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + WorkdayPermissions.VIEW + "')")
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null) ? year : this.calendar.today().getYear();
		if (shown < FIRST_YEAR || shown > LAST_YEAR) {
			throw new NotFoundException("calendar year " + shown);
		}
		ExceptionForm form = new ExceptionForm();
		form.setKind(DayKind.HOLIDAY);
		return page(shown, form, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + WorkdayPermissions.EDIT + "')")
	Object save(@Valid @ModelAttribute("form") ExceptionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			int year = (form.getDay() != null) ? form.getDay().getYear() : this.calendar.today().getYear();
			return FormPages.rejected(page(year, form, model), model);
		}
		this.calendar.save(new CalendarException(form.getDay(), form.getKind(), form.getName()));
		this.forms.notice(redirect, "workday.saved");
		return "redirect:/workday?year=" + form.getDay().getYear();
	}

	@PostMapping("/{day}/remove")
	@PreAuthorize("hasAuthority('" + WorkdayPermissions.EDIT + "')")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		if (!this.calendar.remove(day)) {
			throw new NotFoundException("calendar exception " + day);
		}
		this.forms.notice(redirect, "workday.removed");
		return "redirect:/workday?year=" + day.getYear();
	}

	private String page(int year, ExceptionForm form, Model model) {
		List<CalendarException> exceptions = this.calendar.exceptionsOf(year);
		model.addAttribute("year", year);
		model.addAttribute("exceptions", exceptions);
		model.addAttribute("holidays", exceptions.stream().filter(e -> e.kind() == DayKind.HOLIDAY).count());
		model.addAttribute("makeUpDays", exceptions.stream().filter(e -> e.kind() == DayKind.WORKDAY).count());
		model.addAttribute("form", form);
		return "workday/calendar";
	}

}
