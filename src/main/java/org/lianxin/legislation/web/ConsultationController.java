package org.lianxin.legislation.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.ConsultationHistory;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftVersions;
import org.lianxin.legislation.internal.LegislationPermissions;
import org.lianxin.legislation.internal.LegislativePoints;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.legislation.internal.NewConsultation;
import org.lianxin.legislation.internal.Outcome;
import org.lianxin.legislation.internal.SourceLevel;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.RuleViolationException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultations on drafts: the list, receiving one, its draft imported (pasted or .docx)
 * and read article by article, its versions compared, and its steps.
 */
@Controller
@RequestMapping("/legislation/consultations")
@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_VIEW + "')")
class ConsultationController {

	private final Consultations consultations;

	private final DraftVersions drafts;

	private final ConsultationHistory history;

	private final LegislativePoints points;

	private final Merging merging;

	private final SmallForms forms;

	ConsultationController(Consultations consultations, DraftVersions drafts, ConsultationHistory history,
			LegislativePoints points, Merging merging, SmallForms forms) {
		this.merging = merging;
		this.consultations = consultations;
		this.drafts = drafts;
		this.history = history;
		this.points = points;
		this.forms = forms;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("consultations", this.consultations.list(user, year));
		model.addAttribute("year", year);
		model.addAttribute("points", this.points.inScope(user));
		model.addAttribute("levels", SourceLevel.values());
		return "legislation/consultations";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String receive(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") long pointId,
			@RequestParam(defaultValue = "") String sourceLevel, @RequestParam(defaultValue = "") String sourceBody,
			@RequestParam(defaultValue = "") String title, @RequestParam(required = false) LocalDate receivedOn,
			@RequestParam(required = false) LocalDate answerDueOn, RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.consultations.receive(user,
					new NewConsultation(pointId, sourceLevel, sourceBody, title, receivedOn, answerDueOn));
			this.forms.notice(redirect, "consultation.received");
			return "redirect:/legislation/consultations/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/legislation/consultations";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version, Model model) {
		var consultation = this.consultations.get(user, id);
		int shown = (version != null && version >= 1 && version <= consultation.currentVersion()) ? version
				: consultation.currentVersion();
		model.addAttribute("consultation", consultation);
		model.addAttribute("shown", shown);
		model.addAttribute("versions", this.drafts.of(id));
		model.addAttribute("articles", this.drafts.articles(id, shown));
		model.addAttribute("history", this.history.of(id));
		model.addAttribute("merged", this.merging.of(id));
		model.addAttribute("outcomes", Outcome.values());
		return "legislation/consultation";
	}

	@GetMapping("/{id}/changes")
	String changes(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "1") int from, @RequestParam(defaultValue = "0") int to, Model model) {
		var consultation = this.consultations.get(user, id);
		int newer = (to >= 1 && to <= consultation.currentVersion()) ? to : consultation.currentVersion();
		int older = (from >= 1 && from < newer) ? from : Math.max(newer - 1, 1);
		model.addAttribute("consultation", consultation);
		model.addAttribute("from", older);
		model.addAttribute("to", newer);
		model.addAttribute("changes", this.drafts.changes(id, older, newer));
		return "legislation/changes";
	}

	@PostMapping("/{id}/drafts")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String importDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			byte[] docx = UploadedFiles.bytesOf(file, "file", "draft.docx.too-large");
			int version = (docx.length > 0) ? this.consultations.importDocx(user, id, docx, note)
					: this.consultations.importDraft(user, id, text, note);
			this.forms.notice(redirect, "consultation.draft.imported", version);
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/legislation/consultations/" + id;
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return this.forms.run(ConcurrentChanges.explained(() -> this.consultations.publish(user, id)),
				"consultation.published", "/legislation/consultations/" + id, redirect, locale);
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
			Locale locale) {
		return this.forms.run(ConcurrentChanges.explained(() -> this.consultations.closeGathering(user, id)),
				"consultation.closed", "/legislation/consultations/" + id, redirect, locale);
	}

}
