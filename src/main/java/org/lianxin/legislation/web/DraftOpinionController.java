package org.lianxin.legislation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyList;
import org.lianxin.legislation.internal.ConsultationStage;
import org.lianxin.legislation.internal.ConsultationView;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.DraftVersions;
import org.lianxin.legislation.internal.LegislationPermissions;
import org.lianxin.legislation.internal.MeetingKind;
import org.lianxin.legislation.internal.Meetings;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.legislation.internal.Rosters;
import org.lianxin.platform.web.Paging;
import org.lianxin.platform.web.SmallForms;

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
 * A consultation's opinions article by article, as the office reads them, enters those
 * informants hand in and records its offline meetings with the opinions raised there.
 */
@Controller
@RequestMapping("/legislation/consultations/{id}")
@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_VIEW + "')")
class DraftOpinionController {

	private static final int PAGE_SIZE = 100;

	private final Consultations consultations;

	private final DraftVersions drafts;

	private final DraftOpinions opinions;

	private final Meetings meetings;

	private final Rosters rosters;

	private final Merging merging;

	private final SmallForms forms;

	private final DeputyList deputies;

	DraftOpinionController(Consultations consultations, DraftVersions drafts, DraftOpinions opinions, Meetings meetings,
			Rosters rosters, Merging merging, SmallForms forms, DeputyList deputies) {
		this.deputies = deputies;
		this.merging = merging;
		this.consultations = consultations;
		this.drafts = drafts;
		this.opinions = opinions;
		this.meetings = meetings;
		this.rosters = rosters;
		this.forms = forms;
	}

	@GetMapping("/opinions")
	String byArticle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int article, @RequestParam(defaultValue = "0") int page, Model model) {
		ConsultationView consultation = this.consultations.get(user, id);
		model.addAttribute("consultation", consultation);
		model.addAttribute("articles", this.drafts.articles(id, consultation.currentVersion()));
		model.addAttribute("counts", this.opinions.perArticle(id));
		model.addAttribute("article", article);
		model.addAttribute("page", Math.max(page, 0));
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("opinions",
				this.opinions.onArticle(id, article, Paging.offset(page, PAGE_SIZE), PAGE_SIZE + 1));
		model.addAttribute("meetings", this.meetings.of(id));
		model.addAttribute("meetingKinds", MeetingKind.values());
		if (consultation.gathering() && user.can(LegislationPermissions.CONSULTATION_EDIT)) {
			model.addAttribute("deputies", this.deputies.serving(user));
		}
		model.addAttribute("informants", this.rosters.activeAround(consultation.pointId()));
		boolean merging = consultation.stage() == ConsultationStage.MERGING
				&& user.can(LegislationPermissions.CONSULTATION_EDIT);
		model.addAttribute("merging", merging);
		// only shown while merging: not worked out for a page that would not show them
		model.addAttribute("suggestions", merging ? this.merging.suggestions(id, article) : List.of());
		model.addAttribute("merged", this.merging.onArticle(id, article));
		return "legislation/opinions";
	}

	@PostMapping("/opinions")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String enter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long informantId, @RequestParam(required = false) Long meetingId,
			@RequestParam(required = false) Integer article, @RequestParam(required = false) Integer paragraph,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String citizenName,
			@RequestParam(defaultValue = "") String phone, RedirectAttributes redirect, Locale locale) {
		ConsultationView consultation = this.consultations.get(user, id);
		long pointId = OpinionPlaces.pointOf(this.rosters, consultation, informantId);
		OpinionChannel channel = (meetingId != null) ? OpinionChannel.MEETING : OpinionChannel.INFORMANT;
		return this.forms.run(
				ConcurrentChanges.explained(() -> this.opinions.give(new NewDraftOpinion(id, article, paragraph, text,
						channel, pointId, informantId, meetingId, citizenName, phone, null), user.id())),
				"draft-opinion.entered",
				"/legislation/consultations/" + id + "/opinions?article=" + ((article != null) ? article : 0), redirect,
				locale);
	}

	@PostMapping("/meetings")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String kind, @RequestParam(required = false) LocalDate heldOn,
			@RequestParam(defaultValue = "") String place, @RequestParam(required = false) Integer participants,
			@RequestParam(required = false) List<Long> deputyIds, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				ConcurrentChanges
					.explained(() -> this.meetings.record(user, id, kind, heldOn, place, participants, deputyIds)),
				"meeting.recorded", "/legislation/consultations/" + id + "/opinions", redirect, locale);
	}

}
