package org.lianxin.legislation.web;

import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.LegislationPermissions;
import org.lianxin.legislation.internal.Merging;
import org.lianxin.platform.documents.DocumentDownloads;
import org.lianxin.platform.web.SmallForms;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sorting, reporting and feedback: opinions merged per article, the report upward (and
 * its Word document), and the legislature's answer on each merged opinion.
 */
@Controller
@RequestMapping("/legislation/consultations/{id}")
@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_VIEW + "')")
class MergeController {

	private final Merging merging;

	private final Consultations consultations;

	private final SmallForms forms;

	MergeController(Merging merging, Consultations consultations, SmallForms forms) {
		this.merging = merging;
		this.consultations = consultations;
		this.forms = forms;
	}

	@PostMapping("/merges")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) List<Long> opinionIds, @RequestParam(defaultValue = "0") int article,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(ConcurrentChanges.explained(() -> this.merging.merge(user, id, opinionIds, text, reason)),
				"merge.done", "/legislation/consultations/" + id + "/opinions?article=" + article, redirect, locale);
	}

	@PostMapping("/merged/{mergedId}/undo")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String undo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long mergedId,
			@RequestParam(defaultValue = "0") int article, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(ConcurrentChanges.explained(() -> this.merging.undo(user, id, mergedId)), "merge.undone",
				"/legislation/consultations/" + id + "/opinions?article=" + article, redirect, locale);
	}

	@PostMapping("/report")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String lateReason, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(ConcurrentChanges.explained(() -> this.merging.report(user, id, lateReason)),
				"report.done", "/legislation/consultations/" + id, redirect, locale);
	}

	@PostMapping("/merged/{mergedId}/answer")
	@PreAuthorize("hasAuthority('" + LegislationPermissions.CONSULTATION_EDIT + "')")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long mergedId,
			@RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String outcomeReason,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(
				ConcurrentChanges.explained(() -> this.merging.answer(user, id, mergedId, outcome, outcomeReason)),
				"merge.answered", "/legislation/consultations/" + id, redirect, locale);
	}

	@GetMapping("/report.docx")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return DocumentDownloads.docx(this.consultations.get(user, id).title() + "意见汇总报告",
				this.merging.reportDocument(user, id));
	}

	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return DocumentDownloads.pdf(this.consultations.get(user, id).title() + "意见汇总报告",
				this.merging.reportPdf(user, id));
	}

}
