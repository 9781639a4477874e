package org.lianxin.deputy.web;

import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyCodes;
import org.lianxin.deputy.DeputyDetail;
import org.lianxin.deputy.internal.DeputyPermissions;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.DeputyRow;
import org.lianxin.platform.publiccode.QrCodes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Printable posters (A4 or A5, one deputy per page) to put up where people pass: one at a
 * time, or every serving deputy of a region in one print document.
 */
@Controller
@RequestMapping("/deputies")
class DeputyPosterController {

	/** One page of the print document. */
	record Poster(DeputyDetail deputy, String code, String url, String qrSvg) {
	}

	private final DeputyRegistry deputies;

	private final DeputyList list;

	private final DeputyCodes codes;

	DeputyPosterController(DeputyRegistry deputies, DeputyList list, DeputyCodes codes) {
		this.deputies = deputies;
		this.list = list;
		this.codes = codes;
	}

	@GetMapping("/{id}/poster")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	String one(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "A4") String size, Model model) {
		return page(List.of(poster(user, id)), size, model);
	}

	@GetMapping("/posters")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	String batch(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "A4") String size, Model model) {
		List<Poster> posters = this.list
			.listAll(user, new DeputyQuery(region, null, true, "", "", 0, DeputyQuery.MAX_SIZE))
			.stream()
			.map(DeputyRow::id)
			.map(id -> poster(user, id))
			.toList();
		return page(posters, size, model);
	}

	private Poster poster(CurrentUser user, long id) {
		DeputyDetail deputy = this.deputies.get(user, id);
		String code = this.codes.codeOf(user, id);
		String url = this.codes.publicUrl(code);
		return new Poster(deputy, code, url, QrCodes.svg(url));
	}

	private static String page(List<Poster> posters, String size, Model model) {
		model.addAttribute("posters", posters);
		model.addAttribute("size", "A5".equals(size.toUpperCase(Locale.ROOT)) ? "A5" : "A4");
		return "deputy/poster";
	}

}
