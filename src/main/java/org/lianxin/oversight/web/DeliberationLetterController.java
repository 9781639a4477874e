package org.lianxin.oversight.web;

import java.nio.charset.StandardCharsets;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.DeliberationOpinions;
import org.lianxin.oversight.internal.DeliberationPermissions;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letter (审议意见函) with its receipt form as a Word .docx, for the page and the API
 * alike; another division's opinion is not found.
 */
@RestController
@PreAuthorize("hasAuthority('" + DeliberationPermissions.VIEW + "')")
class DeliberationLetterController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final DeliberationOpinions opinions;

	DeliberationLetterController(DeliberationOpinions opinions) {
		this.opinions = opinions;
	}

	@GetMapping({ "/oversight/deliberations/{id}/letter.docx", "/api/v1/oversight/deliberations/{id}/letter.docx" })
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		byte[] document = this.opinions.letter(user, id);
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("审议意见函-" + id + ".docx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document);
	}

}
