package org.lianxin.suggestion.web;

import java.nio.charset.StandardCharsets;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.suggestion.internal.SuggestionAttachments;
import org.lianxin.suggestion.internal.SuggestionPermissions;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A suggestion's attachment as a download, for those whose scope reaches the suggestion.
 */
@Controller
@PreAuthorize("hasAuthority('" + SuggestionPermissions.VIEW + "')")
class SuggestionAttachmentController {

	private final SuggestionAttachments attachments;

	SuggestionAttachmentController(SuggestionAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/suggestions/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long attachmentId) {
		SuggestionAttachments.Content content = this.attachments.content(user, id, attachmentId)
			.orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content.bytes());
	}

}
