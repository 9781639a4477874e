package org.lianxin.deputy.web;

import java.time.Duration;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyCodes;
import org.lianxin.deputy.internal.DeputyPermissions;
import org.lianxin.deputy.internal.DeputyPhotos;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.platform.publiccode.QrCodes;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deputy's QR code for staff: the image to print, and a fresh code when a poster is
 * lost.
 */
@Controller
@RequestMapping("/deputies/{id}")
class DeputyCodeController {

	static final int PNG_SIZE = 480;

	private final DeputyCodes codes;

	private final DeputyRegistry deputies;

	private final DeputyPhotos photos;

	private final SmallForms forms;

	DeputyCodeController(DeputyCodes codes, DeputyRegistry deputies, DeputyPhotos photos, SmallForms forms) {
		this.codes = codes;
		this.deputies = deputies;
		this.photos = photos;
		this.forms = forms;
	}

	@GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	ResponseEntity<byte[]> png(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		String url = this.codes.publicUrl(this.codes.codeOf(user, id));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.body(QrCodes.png(url, PNG_SIZE));
	}

	@GetMapping(value = "/qr.svg", produces = "image/svg+xml")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	ResponseEntity<String> svg(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		String url = this.codes.publicUrl(this.codes.codeOf(user, id));
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(QrCodes.svg(url));
	}

	@GetMapping(value = "/photo.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.deputies.get(user, id);
		return this.photos.photo(id)
			.map(bytes -> ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(bytes))
			.orElseThrow(() -> new NotFoundException("photo of deputy " + id));
	}

	@PostMapping("/photo")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String uploadPhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes redirect,
			Locale locale) throws java.io.IOException {
		try {
			this.photos.setPhoto(user, id, UploadedFiles.bytesOf(photo, "photo", "image.too-large"));
			this.forms.notice(redirect, "deputy.photo.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/deputies/" + id;
	}

	@PostMapping("/public-code/reissue")
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	String reissue(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.codes.reissue(user, id);
		this.forms.notice(redirect, "deputy.code.reissued");
		return "redirect:/deputies/" + id;
	}

}
