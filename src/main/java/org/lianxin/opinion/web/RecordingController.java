package org.lianxin.opinion.web;

import java.util.List;
import java.util.UUID;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.platform.web.Fingerprints;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff record an opinion for a citizen: collected offline by a deputy or station
 * (entered after its month is flagged late), a hotline call, a letter.
 */
@Controller
@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_RECORD + "')")
class RecordingController {

	private static final List<IntakeChannel> CHANNELS = List.of(IntakeChannel.DEPUTY, IntakeChannel.STATION,
			IntakeChannel.HOTLINE, IntakeChannel.LETTER);

	private final OpinionIntake intake;

	private final OpinionCategories categories;

	private final RegionManagement regions;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	RecordingController(OpinionIntake intake, OpinionCategories categories, RegionManagement regions,
			WorkdayCalendar calendar, SmallForms forms) {
		this.intake = intake;
		this.categories = categories;
		this.regions = regions;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping("/opinions/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		RecordingForm form = new RecordingForm();
		form.setChannel(user.roles().contains("DEPUTY") ? IntakeChannel.DEPUTY
				: user.roles().contains("STATION_ADMIN") ? IntakeChannel.STATION : IntakeChannel.HOTLINE);
		form.setRegionCode(user.regionCode());
		form.setCollectedOn(this.calendar.today());
		form.setFormToken(UUID.randomUUID().toString());
		model.addAttribute("recordingForm", form);
		return page(user, model);
	}

	@PostMapping("/opinions/new")
	Object record(@AuthenticationPrincipal CurrentUser user, @ModelAttribute RecordingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FormPages.rejected(page(user, model), model);
		}
		if (!CHANNELS.contains(form.getChannel())) {
			result.rejectValue("channel", "opinion.channel.invalid");
			return FormPages.rejected(page(user, model), model);
		}
		try {
			Receipt receipt = this.intake.record(user,
					new Submission(form.getChannel(), form.getCategoryCode(), form.getRegionCode(), null, null,
							form.getDescription(), form.getPlace(), null, null, form.getCitizenName(), form.getPhone(),
							null, false, form.isUrgent(), List.of(), null, form.getCollectedOn(),
							"record:" + form.getFormToken(),
							Fingerprints.of(form.getChannel(), form.getCategoryCode(), form.getRegionCode(),
									form.getDescription(), form.getPlace(), form.getCitizenName(), form.getPhone(),
									form.isUrgent(), form.getCollectedOn())));
			this.forms.notice(redirect, "opinion.recorded", receipt.trackingCode());
			return "redirect:/opinions/" + receipt.id();
		}
		catch (RuleViolationException ex) {
			FormPages.reject(result, ex);
			return FormPages.rejected(page(user, model), model);
		}
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("channels", CHANNELS);
		model.addAttribute("categories", this.categories.enabled());
		model.addAttribute("regions",
				this.regions.all()
					.stream()
					.filter(r -> r.enabled() && (user.scope().coversRegion(r.code(), r.path())
							|| r.path().startsWith(user.scope().regionPath())))
					.toList());
		return "opinion/record";
	}

}
