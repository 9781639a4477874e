package org.lianxin.opinion.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lianxin.deputy.DeputyCodes;
import org.lianxin.deputy.MembershipView;
import org.lianxin.deputy.PublicDeputyCard;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.Receipt;
import org.lianxin.opinion.Submission;
import org.lianxin.opinion.internal.IdempotencyConflictException;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.VenueRegistry;
import org.lianxin.station.VenueView;
import org.lianxin.platform.web.Fingerprints;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's opinion form, opened from a deputy's or venue's QR page or the front
 * page. No account: the citizen leaves with a tracking code and a private link.
 */
@Controller
class PublicOpinionController {

	private final OpinionIntake intake;

	private final OpinionCategories categories;

	private final RegionManagement regions;

	private final DeputyCodes deputies;

	private final VenueRegistry venues;

	PublicOpinionController(OpinionIntake intake, OpinionCategories categories, RegionManagement regions,
			DeputyCodes deputies, VenueRegistry venues) {
		this.intake = intake;
		this.categories = categories;
		this.regions = regions;
		this.deputies = deputies;
		this.venues = venues;
	}

	/** Who the citizen is writing to, from the code they scanned. */
	record Source(String name, String regionCode, Long deputyId, Long venueId) {

		static final Source NONE = new Source(null, null, null, null);

	}

	@GetMapping("/opinion/new")
	String form(@RequestParam(required = false) String d, @RequestParam(required = false) String v, Model model,
			HttpServletResponse response) {
		// kept by the browser (not no-store), so that going back shows this form with its
		// token again and a second submit finds the case the first one made
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		CitizenForm form = new CitizenForm();
		form.setD(d);
		form.setV(v);
		form.setRegionCode(source(d, v).regionCode());
		form.setFormToken(UUID.randomUUID().toString());
		model.addAttribute("citizenForm", form);
		return page(form, model);
	}

	@PostMapping("/opinion/new")
	Object submit(@ModelAttribute CitizenForm form, BindingResult result, Model model) throws IOException {
		if (result.hasErrors()) {
			return FormPages.rejected(page(form, model), model);
		}
		Source source = source(form.getD(), form.getV());
		boolean scanned = source.deputyId() != null || source.venueId() != null;
		try {
			// a photo over the limit is refused here, by its size, with what was typed
			// kept
			List<byte[]> photos = UploadedFiles.bytesOf(form.getPhotos(), "photos", "image.too-large");
			Submission submission = new Submission(scanned ? IntakeChannel.QR_CODE : IntakeChannel.WEB,
					form.getCategoryCode(), form.getRegionCode(), source.deputyId(), source.venueId(),
					form.getDescription(), form.getPlace(), form.getLatitude(), form.getLongitude(),
					form.getCitizenName(), form.getPhone(), null, form.isPublishConsent(), false, photos, null, null,
					(form.getFormToken() != null) ? "form:" + form.getFormToken() : null, fingerprint(form, photos));
			Receipt receipt = this.intake.submit(submission);
			// the same form sent again (back, then submit): the case it made, not a
			// second
			return "redirect:/track/" + receipt.linkToken() + (receipt.replayed() ? "?again=same" : "?new");
		}
		catch (IdempotencyConflictException ex) {
			// sent again with changes: the first case stands, and the citizen is told so
			return "redirect:/track/" + ex.earlier().linkToken() + "?again=changed";
		}
		catch (RuleViolationException ex) {
			FormPages.reject(result, ex);
			return FormPages.rejected(page(form, model), model);
		}
	}

	private String page(CitizenForm form, Model model) {
		Source source = source(form.getD(), form.getV());
		model.addAttribute("source", source);
		model.addAttribute("categories", this.categories.enabled());
		model.addAttribute("regions", this.regions.all().stream().filter(Region::enabled).toList());
		return "opinion/public-form";
	}

	private Source source(String deputyCode, String venueCode) {
		if (deputyCode != null && this.deputies
			.lookup(deputyCode.strip().toUpperCase(Locale.ROOT)) instanceof DeputyCodes.Lookup.Active active) {
			PublicDeputyCard card = this.deputies.card(active.deputyId());
			// the most local seat: a town deputy's citizens live in that town
			String region = card.seats()
				.stream()
				.filter(MembershipView::serving)
				.map(MembershipView::regionCode)
				.max(Comparator.comparingInt(String::length))
				.orElse(null);
			return new Source(card.name(), region, card.id(), null);
		}
		if (venueCode != null) {
			VenueView venue = this.venues.byCode(venueCode.strip().toUpperCase(Locale.ROOT)).orElse(null);
			if (venue != null) {
				return new Source(venue.name(), venue.regionCode(), null, venue.id());
			}
		}
		return Source.NONE;
	}

	/** A digest of what was sent, so a retry is told apart from a changed form. */
	private static String fingerprint(CitizenForm form, List<byte[]> photos) {
		List<Object> parts = new ArrayList<>(
				List.of(String.valueOf(form.getCategoryCode()), String.valueOf(form.getRegionCode()),
						String.valueOf(form.getDescription()), String.valueOf(form.getPlace()),
						String.valueOf(form.getLatitude()), String.valueOf(form.getLongitude()),
						String.valueOf(form.getCitizenName()), String.valueOf(form.getPhone()), form.isPublishConsent(),
						String.valueOf(form.getD()), String.valueOf(form.getV())));
		parts.addAll(photos);
		return Fingerprints.of(parts.toArray());
	}

}
