package org.lianxin.duty.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.lianxin.account.CurrentUser;
import org.lianxin.duty.internal.DutyPermissions;
import org.lianxin.duty.internal.DutyRecordType;
import org.lianxin.duty.internal.DutyRecordView;
import org.lianxin.duty.internal.DutyRecordTypes;
import org.lianxin.duty.internal.DutyRecordEntry;
import org.lianxin.duty.internal.DutyRecordEvidence;
import org.lianxin.duty.internal.DutyRecords;
import org.lianxin.duty.internal.NewDutyRecord;
import org.lianxin.duty.internal.RecordHistory;
import org.lianxin.duty.internal.RecordState;
import org.lianxin.platform.files.UploadLimits;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.Fingerprints;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Duty records for apps and other systems, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/duty")
@Tag(name = "Duties")
@PreAuthorize("hasAuthority('" + DutyPermissions.VIEW + "')")
class DutyApiController {

	private final DutyRecords records;

	private final DutyRecordEntry entry;

	private final DutyRecordTypes types;

	private final RecordHistory history;

	DutyApiController(DutyRecords records, DutyRecordEntry entry, DutyRecordTypes types, RecordHistory history) {
		this.records = records;
		this.entry = entry;
		this.types = types;
		this.history = history;
	}

	@Operation(summary = "The kinds of duty record, with stable codes such as CONTACTING_VOTERS")
	@GetMapping("/record-types")
	List<DutyRecordType> types() {
		return this.types.enabled();
	}

	/**
	 * A record as the API takes it, as a JSON body or as the fields of a multipart form.
	 */
	record NewRecord(@NotBlank String type, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotBlank @Size(max = 100) String title, @Size(max = 2000) String description,
			@Size(max = 200) String place, List<Long> deputyIds) {

		NewDutyRecord entered(List<byte[]> photos, String sourceRef) {
			Object[] request = new Object[photos.size() + 1];
			request[0] = toString();
			for (int i = 0; i < photos.size(); i++) {
				request[i + 1] = photos.get(i);
			}
			return new NewDutyRecord(this.type, this.date, this.place, this.title, this.description, this.deputyIds,
					photos, sourceRef, (sourceRef != null) ? Fingerprints.of(request) : null);
		}

	}

	@Operation(summary = "Enter a duty record; for the caller's own deputy when deputyIds is absent",
			description = "Send an Idempotency-Key header: the same key and body again answer the first record, "
					+ "the same key with another body answers 409 and saves nothing.")
	@PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('" + DutyPermissions.EDIT + "')")
	ResponseEntity<DutyRecordView> create(@AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @Valid @RequestBody NewRecord body) {
		return created(this.entry.create(user, body.entered(List.of(), sourceRef(user, key))));
	}

	@Operation(summary = "Enter a duty record with photos as evidence (multipart/form-data)",
			description = "The fields of the JSON body as form fields (deputyIds repeated) and up to "
					+ DutyRecordEvidence.MAX_PHOTOS + " files named photos, JPEG, PNG or PDF of at most "
					+ UploadLimits.MAX_FILE_MEGABYTES + " MB each; "
					+ "a file that is not such a photo writes nothing. Idempotency-Key as for JSON.")
	@PostMapping(path = "/records", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('" + DutyPermissions.EDIT + "')")
	ResponseEntity<DutyRecordView> createWithPhotos(@AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@Valid @ModelAttribute NewRecord fields,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos) throws IOException {
		return created(this.entry.create(user, fields
			.entered(UploadedFiles.bytesOf(photos, "photos", "duty.evidence.too-large"), sourceRef(user, key))));
	}

	private static ResponseEntity<DutyRecordView> created(DutyRecordView record) {
		return ResponseEntity.status(201).body(record);
	}

	/** A caller's keys are its own: nobody can claim another's record. */
	private static String sourceRef(CurrentUser user, String key) {
		return (key == null || key.isBlank()) ? null : "api:" + user.id() + ":" + limit(key.strip());
	}

	record Reason(@NotBlank @Size(max = 500) String reason) {
	}

	@Operation(summary = "审核通过: the record counts")
	@PostMapping("/records/{id}/verify")
	@PreAuthorize("hasAuthority('" + DutyPermissions.VERIFY + "')")
	DutyRecordView verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return this.records.verify(user, id);
	}

	@Operation(summary = "退回, with the reason the deputy reads")
	@PostMapping("/records/{id}/return")
	@PreAuthorize("hasAuthority('" + DutyPermissions.VERIFY + "')")
	DutyRecordView returnRecord(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody Reason body) {
		return this.records.returnRecord(user, id, body.reason());
	}

	@Operation(summary = "Duty records in the caller's scope, newest first (at most 500)")
	@GetMapping("/records")
	List<DutyRecordView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long deputy,
			@RequestParam(required = false) Long group, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) RecordState state) {
		return this.records.list(user, new DutyRecords.Filter(deputy, group, region, from, to, state));
	}

	@Operation(summary = "One duty record with its history: who moved it when, from which state to which, and why")
	@GetMapping("/records/{id}")
	RecordWithHistory get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		DutyRecordView record = this.records.find(user, id)
			.orElseThrow(() -> new NotFoundException("duty record " + id));
		return new RecordWithHistory(record, this.history.of(id));
	}

	private static String limit(String key) {
		return (key.length() > 100) ? key.substring(0, 100) : key;
	}

}
