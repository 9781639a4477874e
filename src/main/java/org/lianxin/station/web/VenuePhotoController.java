package org.lianxin.station.web;

import java.io.IOException;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.station.internal.StationPermissions;
import org.lianxin.station.internal.VenuePhotos;
import org.lianxin.station.VenueRegistry;

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

/** A venue's photo: uploaded by its office, shown to those who may see the venue. */
@Controller
@RequestMapping("/venues")
class VenuePhotoController {

	private final VenueRegistry venues;

	private final VenuePhotos photos;

	private final SmallForms forms;

	VenuePhotoController(VenueRegistry venues, VenuePhotos photos, SmallForms forms) {
		this.venues = venues;
		this.photos = photos;
		this.forms = forms;
	}

	@PostMapping("/{id}/photo")
	@PreAuthorize("hasAuthority('" + StationPermissions.EDIT + "')")
	String uploadPhoto(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes redirect,
			Locale locale) throws IOException {
		try {
			this.photos.setPhoto(user, id, UploadedFiles.bytesOf(photo, "photo", "image.too-large"));
			this.forms.notice(redirect, "deputy.photo.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/venues/" + id;
	}

	@GetMapping(value = "/{id}/photo.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('" + StationPermissions.VIEW + "')")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.venues.get(user, id);
		return this.photos.photo(id)
			.map(ResponseEntity::ok)
			.orElseThrow(() -> new NotFoundException("photo of venue " + id));
	}

}
