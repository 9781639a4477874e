package org.lianxin.duty.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.DutyRecordEvidence;
import org.lianxin.platform.web.NotFoundException;

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
 * A duty record's evidence, for whoever may see the record: photos shown in the page, PDF
 * documents downloaded (never opened inline, where a document's scripts could run).
 */
@RestController
@Tag(name = "Duties")
@PreAuthorize("hasAuthority('" + DutyPermissions.VIEW + "')")
class EvidenceController {

	private final DutyRecordEvidence records;

	EvidenceController(DutyRecordEvidence records) {
		this.records = records;
	}

	@Operation(summary = "The n-th piece of a duty record's evidence (from 1): a JPEG photo or a PDF document")
	@GetMapping({ "/duty/records/{id}/evidence/{n}", "/api/v1/duty/records/{id}/evidence/{n}" })
	ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int n) {
		DutyRecordEvidence.StoredEvidence evidence = this.records.evidence(user, id, n)
			.orElseThrow(() -> new NotFoundException("evidence " + n + " of duty record " + id));
		ContentDisposition disposition = (evidence.contentType().equals("application/pdf")
				? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(evidence.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(evidence.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(evidence.bytes());
	}

}
