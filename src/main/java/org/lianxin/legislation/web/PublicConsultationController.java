package org.lianxin.legislation.web;

import java.util.Locale;
import java.util.UUID;

import org.lianxin.legislation.internal.ConsultationView;
import org.lianxin.legislation.internal.Consultations;
import org.lianxin.legislation.internal.DraftOpinions;
import org.lianxin.legislation.internal.DraftVersions;
import org.lianxin.legislation.internal.PublicOutcomes;
import org.lianxin.legislation.internal.NewDraftOpinion;
import org.lianxin.legislation.internal.OpinionChannel;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;
import org.lianxin.station.VenueView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What anyone sees after scanning a legislative point's QR code: the drafts open for
 * opinions there, each article by article with a form to comment on an article, a
 * paragraph or the whole draft (no account; a phone number, checked as for opinions),
 * what the legislature answered on the opinions gathered there, and the private page that
 * follows the opinion afterwards.
 */
@Controller
class PublicConsultationController {

	private final VenueRegistry venues;

	private final Consultations consultations;

	private final DraftVersions drafts;

	private final DraftOpinions opinions;

	private final MessageSource messages;

	private final PublicOutcomes outcomes;

	PublicConsultationController(VenueRegistry venues, Consultations consultations, DraftVersions drafts,
			DraftOpinions opinions, MessageSource messages, PublicOutcomes outcomes) {
		this.outcomes = outcomes;
		this.venues = venues;
		this.consultations = consultations;
		this.drafts = drafts;
		this.opinions = opinions;
		this.messages = messages;
	}

	@GetMapping("/v/{code}/legislation")
	String open(@PathVariable String code, Model model) {
		VenueView point = point(code);
		model.addAttribute("point", point);
		model.addAttribute("code", code.toUpperCase(Locale.ROOT));
		model.addAttribute("consultations", this.consultations.gatheringAt(point.id(), point.parentId()));
		model.addAttribute("answered", this.outcomes.at(point.id(), point.parentId()));
		return "legislation/public-open";
	}

	@GetMapping("/v/{code}/legislation/{consultationId}")
	String form(@PathVariable String code, @PathVariable long consultationId,
			@RequestParam(required = false) Integer article, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("formToken", UUID.randomUUID().toString());
		return page(code, consultationId, model);
	}

	@PostMapping("/v/{code}/legislation/{consultationId}")
	String give(@PathVariable String code, @PathVariable long consultationId,
			@RequestParam(required = false) Integer article, @RequestParam(required = false) Integer paragraph,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String citizenName,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String formToken,
			Model model, Locale locale) {
		VenueView point = point(code);
		ConsultationView consultation = gathering(point, consultationId);
		String key = (formToken.isBlank() || formToken.length() > 64) ? null : "form:" + formToken;
		try {
			String token = this.opinions.give(new NewDraftOpinion(consultation.id(), article, paragraph, text,
					OpinionChannel.QR_PAGE, point.id(), null, null, citizenName, phone, key), null);
			return "redirect:/v/" + code.toUpperCase(Locale.ROOT) + "/legislation/opinions/" + token;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("problem",
					ex.each()
						.stream()
						.map(each -> this.messages.getMessage(each.messageKey(), each.arguments(), locale))
						.toList());
			model.addAttribute("article", article);
			model.addAttribute("paragraph", paragraph);
			model.addAttribute("text", text);
			model.addAttribute("citizenName", citizenName);
			model.addAttribute("phone", phone);
			model.addAttribute("formToken", formToken);
			return page(code, consultationId, model);
		}
	}

	@GetMapping("/v/{code}/legislation/opinions/{token}")
	String track(@PathVariable String code, @PathVariable String token, Model model) {
		model.addAttribute("code", code.toUpperCase(Locale.ROOT));
		model.addAttribute("tracked",
				this.opinions.track(token).orElseThrow(() -> new NotFoundException("draft opinion")));
		return "legislation/public-track";
	}

	private String page(String code, long consultationId, Model model) {
		VenueView point = point(code);
		ConsultationView consultation = gathering(point, consultationId);
		model.addAttribute("point", point);
		model.addAttribute("code", code.toUpperCase(Locale.ROOT));
		model.addAttribute("consultation", consultation);
		model.addAttribute("articles", this.drafts.articles(consultation.id(), consultation.currentVersion()));
		return "legislation/public-form";
	}

	private VenueView point(String code) {
		return this.venues.byCode(code.strip().toUpperCase(Locale.ROOT))
			.filter(venue -> venue.kind() == VenueKind.LEGISLATIVE_CONTACT_POINT
					|| venue.kind() == VenueKind.LEGISLATIVE_INFO_POINT)
			.orElseThrow(() -> new NotFoundException("legislative point " + code));
	}

	private ConsultationView gathering(VenueView point, long consultationId) {
		return this.consultations.gatheringAt(point.id(), point.parentId())
			.stream()
			.filter(c -> c.id() == consultationId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("consultation " + consultationId));
	}

}
