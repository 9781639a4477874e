package org.lianxin.duty.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.DutyRecords;
import org.lianxin.duty.internal.Evaluations;
import org.lianxin.duty.internal.VoterReports;
import org.lianxin.opinion.DeputyCases;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.station.Rota;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "My duties" (我的履职), the deputy's own page on a phone: this year's counts, the score so
 * far with the records behind it, a month calendar of records and rota duty days, the
 * cases that came through the deputy, and every record.
 */
@Controller
@RequestMapping("/duty")
@PreAuthorize("hasAuthority('" + DutyPermissions.VIEW + "')")
class MyDutiesController {

	/** The newest cases listed; the counts cover them all. */
	static final int CASES_SHOWN = 20;

	private final DutyRecords records;

	private final DeputyAccounts deputyAccounts;

	private final WorkdayCalendar calendar;

	private final Evaluations evaluations;

	private final Rota rota;

	private final DeputyCases cases;

	private final VoterReports voterReports;

	private final MessageSource messages;

	MyDutiesController(DutyRecords records, DeputyAccounts deputyAccounts, WorkdayCalendar calendar,
			Evaluations evaluations, Rota rota, DeputyCases cases, VoterReports voterReports, MessageSource messages) {
		this.messages = messages;
		this.voterReports = voterReports;
		this.records = records;
		this.deputyAccounts = deputyAccounts;
		this.calendar = calendar;
		this.evaluations = evaluations;
		this.rota = rota;
		this.cases = cases;
	}

	/**
	 * The page, showing {@code month} (default: this one) and the records of the
	 * {@code day} tapped; a month or day that is not one shows this month with a message.
	 */
	@GetMapping("/mine")
	ModelAndView mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String month,
			@RequestParam(required = false) String day, Model model, Locale locale) {
		LocalDate today = this.calendar.today();
		Optional<LocalDate> tapped = MonthGrid.parseDay(day);
		Optional<YearMonth> asked = MonthGrid.parseMonth(month);
		if (given(day) && tapped.isEmpty()) {
			model.addAttribute(SmallForms.PROBLEM, this.messages.getMessage("duty.calendar.day.invalid", null, locale));
		}
		if (given(month) && asked.isEmpty()) {
			model.addAttribute(SmallForms.PROBLEM,
					this.messages.getMessage("duty.calendar.month.invalid", null, locale));
		}
		YearMonth shown = asked.or(() -> tapped.map(YearMonth::from)).orElse(YearMonth.from(today));
		var deputy = this.deputyAccounts.deputyOf(user.id());
		model.addAttribute("deputyName", deputy.flatMap(this.deputyAccounts::nameOf).orElse(null));
		deputy.ifPresent(id -> {
			model.addAttribute("counts", this.records.countsFor(id, today.getYear()));
			model.addAttribute("history", this.evaluations.historyOf(id));
			model.addAttribute("voterReports", this.voterReports.forDeputy(id));
			this.evaluations.current(today).ifPresent(batch -> {
				model.addAttribute("batch", batch);
				model.addAttribute("dimensions", this.evaluations.dimensions(batch.id()));
				model.addAttribute("score", this.evaluations.scoreOf(batch.id(), id, "").orElse(null));
				model.addAttribute("counted", this.evaluations.countedRecords(batch.id(), id));
			});
			MonthGrid grid = MonthGrid.of(shown, today, this.records.list(user,
					new DutyRecords.Filter(id, null, MonthGrid.firstShown(shown), MonthGrid.lastShown(shown), null)),
					this.rota.dutiesOf(id));
			model.addAttribute("grid", grid);
			model.addAttribute("weekdays", MonthGrid.weekdays(locale));
			tapped.flatMap(grid::day).ifPresent(selected -> model.addAttribute("selected", selected));
			model.addAttribute("cases", this.cases.forDeputy(id, CASES_SHOWN));
			model.addAttribute("records", this.records.list(user, new DutyRecords.Filter(id, null, null, null, null)));
		});
		return new ModelAndView("duty/mine", model.asMap(),
				model.containsAttribute(SmallForms.PROBLEM) ? HttpStatus.BAD_REQUEST : HttpStatus.OK);
	}

	private static boolean given(String parameter) {
		return parameter != null && !parameter.isBlank();
	}

}
